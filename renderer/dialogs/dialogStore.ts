import { create } from 'zustand';

/** One button of a dialog; its id is what asking the dialog resolves with. */
export interface DialogChoice<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** The button Enter presses and focus starts on. */
  readonly primary?: boolean;
}

/** One of a few options the user picks before answering (a page size), shown as a segmented control. */
export interface DialogField {
  readonly name: string;
  readonly legend: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** The option picked when the dialog opens. */
  readonly value: string;
}

/** A question for the user, answered by one of its buttons; Escape answers `cancel`. */
export interface DialogSpec<Id extends string> {
  readonly title: string;
  readonly message: string;
  readonly choices: readonly DialogChoice<Id>[];
  /** What Escape (or a second question asked over this one) answers. */
  readonly cancel: Id;
  /** Options to pick along with the answer. */
  readonly fields?: readonly DialogField[];
}

/** The button the user chose, and the option they left picked in each field (by field name). */
export interface DialogAnswer<Id extends string> {
  readonly choice: Id;
  readonly values: Readonly<Record<string, string>>;
}

interface OpenDialog {
  readonly spec: DialogSpec<string>;
  readonly answer: (id: string, values?: Readonly<Record<string, string>>) => void;
}

interface DialogState {
  readonly dialog: OpenDialog | null;
}

/** The modal dialog on screen, if any: only one at a time. */
export const useDialogStore = create<DialogState>()(() => ({ dialog: null }));

/** Whether a modal dialog is open: the window's shortcuts wait while it is. */
export const dialogOpen = (): boolean => useDialogStore.getState().dialog !== null;

const initialValues = (spec: DialogSpec<string>): Record<string, string> => Object.fromEntries((spec.fields ?? []).map((field) => [field.name, field.value]));

/** Shows a modal dialog and resolves with the button the user chose and the options picked in its fields. */
export function askWithFields<Id extends string>(spec: DialogSpec<Id>): Promise<DialogAnswer<Id>> {
  // A question asked while another is open would hide it; the new one is turned down instead.
  if (dialogOpen()) return Promise.resolve({ choice: spec.cancel, values: initialValues(spec) });
  return new Promise((resolve) => {
    const answer = (id: string, values: Readonly<Record<string, string>> = initialValues(spec)): void => {
      useDialogStore.setState({ dialog: null });
      resolve({ choice: id as Id, values });
    };
    useDialogStore.setState({ dialog: { spec, answer } });
  });
}

/** Shows a modal dialog and resolves with the id of the button the user chose. */
export const ask = async <Id extends string>(spec: DialogSpec<Id>): Promise<Id> => (await askWithFields(spec)).choice;
