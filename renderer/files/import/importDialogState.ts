import { create } from 'zustand';
import type { ImportPin } from '../../../shared/edit/importInto';
import type { Problem } from '../../../shared/format/problem';

/** Whether the import becomes a new map or goes into the map on screen. */
export type ImportTarget = 'new' | 'add';

/** Where the Import dialog is: reading the file, showing why it cannot be imported, or offering its options. */
export type ImportStage =
  | { readonly kind: 'closed' }
  | { readonly kind: 'reading'; readonly fileName: string; readonly size: number; readonly cancel: () => void }
  | { readonly kind: 'failed'; readonly fileName: string; readonly problems: readonly Problem[] }
  | {
      readonly kind: 'choosing';
      readonly fileName: string;
      readonly importerId: string;
      /** The file as its importer prepared it (plain data from the worker). */
      readonly model: unknown;
      /** The importer's options, as its panel edits them. */
      readonly options: unknown;
      readonly target: ImportTarget;
      /** Add to this map without a journey of its own: the journey columns the first and last activity go to. */
      readonly pin: ImportPin | null;
    };

/** The Import dialog's state: never saved, never undone. */
export const useImportDialog = create<{ readonly stage: ImportStage }>()(() => ({ stage: { kind: 'closed' } }));

/** What the last import read past, listed under the map until dismissed. */
export const useImportFindings = create<{ readonly fileName: string | null; readonly findings: readonly Problem[] }>()(() => ({ fileName: null, findings: [] }));

/** Moves the dialog to another stage. */
export const showImportStage = (stage: ImportStage): void => useImportDialog.setState({ stage });

/** Changes what the person chose while the options are shown. */
export function chooseImport(change: Partial<Pick<Extract<ImportStage, { kind: 'choosing' }>, 'options' | 'target' | 'pin'>>): void {
  const { stage } = useImportDialog.getState();
  if (stage.kind === 'choosing') useImportDialog.setState({ stage: { ...stage, ...change } });
}

/** Closes the dialog; a file still being read is let go. */
export function closeImportDialog(): void {
  const { stage } = useImportDialog.getState();
  if (stage.kind === 'reading') stage.cancel();
  useImportDialog.setState({ stage: { kind: 'closed' } });
}
