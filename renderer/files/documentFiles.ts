import { useImportFindings } from './import/importDialogState';
import { parse } from '../../shared/format/parse';
import type { Problem } from '../../shared/format/problem';
import { serialise } from '../../shared/format/serialise';
import { suggestedFileName } from '../../shared/host/fileName';
import { shortened } from '../../shared/words/shortened';
import type { HostError, HostResult } from '../../shared/host/hostResult';
import type { OpenedDocument, RecoveryCopySummary, UnreadableRecoveryCopy } from '../../shared/host/hostApi';
import { ask } from '../dialogs/dialogStore';
import { getHost } from '../host/host';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { documentName, isDirty, markSaved, useFileStore } from './fileState';
import { announceLongRead } from './announceLongRead';
import { openMap, readDroppedFile } from './openFile';
import { leaveWithoutAsking } from './unloadGuard';
import { adoptRecoveryCopy } from './useRecoveryAutosave';

// The file commands: New, Open, Save, Save As, Revert. Each goes through the host; none throws.
// One runs at a time, so a held Ctrl+S or a second click while a dialog is up does nothing twice.

let busy = false;

async function exclusive<T>(fallback: T, act: () => Promise<T>): Promise<T> {
  if (busy) return fallback;
  busy = true;
  try {
    return await act();
  } finally {
    busy = false;
  }
}

const problemsOf = (error: HostError): readonly Problem[] => [{ path: '$', message: error.message }];

/** Tells the user why a file could not be saved, in the host's plain words. */
async function reportSaveFailure(error: HostError): Promise<void> {
  await ask({
    title: `“${documentName()}” could not be saved.`,
    message: `${error.message} Your changes are still here, not saved.`,
    choices: [{ id: 'ok', label: 'OK', primary: true }],
    cancel: 'ok',
  });
}

/** Shows a file the host opened, or its problems while the current map stays (and is never written over by it). */
async function showOpened(result: HostResult<OpenedDocument>, fallbackName: string): Promise<boolean> {
  if (!result.ok) {
    useSessionStore.getState().reportFailedOpen({ fileName: fallbackName, problems: problemsOf(result.error) });
    return false;
  }
  const { text, name } = result.value;
  const parsed = await announceLongRead(name, text.length, () => parse(text));
  if (!parsed.ok) {
    useSessionStore.getState().reportFailedOpen({ fileName: result.value.name, problems: parsed.problems });
    return false;
  }
  openMap(parsed.value, { handle: result.value.handle, fileName: result.value.name });
  const { imported } = result.value;
  // Opened rather than imported, the map still says what the import read past.
  if (imported) useImportFindings.setState({ fileName: imported.fileName, findings: imported.findings.map((message) => ({ path: '$', message })) });
  return true;
}

async function saveAs(): Promise<boolean> {
  const { map } = useDocumentStore.getState();
  const { fileName } = useFileStore.getState();
  const result = await getHost()['file:saveAs']({ text: serialise(map), suggestedName: fileName ?? suggestedFileName(map.title) });
  if (!result.ok) {
    await reportSaveFailure(result.error);
    return false;
  }
  if (result.value === null) return false;
  markSaved(map, result.value.handle, result.value.name);
  return true;
}

async function revertTo(handle: string): Promise<void> {
  await showOpened(await getHost()['file:revert'](handle), documentName());
}

async function save(): Promise<boolean> {
  const { handle } = useFileStore.getState();
  if (handle === null) return saveAs();
  const { map } = useDocumentStore.getState();
  const text = serialise(map);
  const host = getHost();
  let result = await host['file:save']({ handle, text });
  if (!result.ok && result.error.code === 'conflict') {
    const choice = await ask({
      title: `“${documentName()}” was changed by another program.`,
      message: `${result.error.message} Overwrite it with this map, save this map as a new file, or reload the file and lose the changes made here.`,
      choices: [
        { id: 'overwrite', label: 'Overwrite' },
        { id: 'reload', label: 'Reload' },
        { id: 'cancel', label: 'Cancel' },
        { id: 'saveAs', label: 'Save As…', primary: true },
      ],
      cancel: 'cancel',
    });
    if (choice === 'cancel') return false;
    if (choice === 'saveAs') return saveAs();
    if (choice === 'reload') {
      await revertTo(handle);
      return false;
    }
    result = await host['file:save']({ handle, text, overwrite: true });
  }
  if (!result.ok) {
    await reportSaveFailure(result.error);
    return false;
  }
  markSaved(map, result.value.handle, result.value.name);
  return true;
}

/**
 * Before the document is replaced: when it has unsaved changes, asks Save / Don't Save / Cancel.
 * Resolves true when the document may go (saved, or the user chose not to save).
 */
export async function settleUnsavedChanges(): Promise<boolean> {
  if (!isDirty()) return true;
  const choice = await ask({
    title: `Save the changes to “${documentName()}”?`,
    message: 'If you don’t save, your changes are lost.',
    choices: [
      { id: 'discard', label: 'Don’t Save' },
      { id: 'cancel', label: 'Cancel' },
      { id: 'save', label: 'Save', primary: true },
    ],
    cancel: 'cancel',
  });
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return save();
}

/** Runs `act` once unsaved changes are settled; whether it ran. */
export const afterSettling = (act: () => void | Promise<void>): Promise<boolean> =>
  exclusive(false, async () => {
    if (!(await settleUnsavedChanges())) return false;
    await act();
    return true;
  });

/** File ▸ Open…: a file the user chooses through the host. */
export const openDocument = (): Promise<boolean> =>
  afterSettling(async () => {
    const result = await getHost()['file:open']();
    if (!result.ok) await showOpened(result, 'The file');
    else if (result.value !== null) await showOpened({ ok: true, value: result.value }, result.value.name);
  });

/**
 * A file dropped onto the window: read first, so a file that is not a map is reported without
 * asking about the current map's changes; then shown as an untitled copy named after the file
 * (a dropped file gives the page no way back to it, so Save asks where to save). The importer names
 * it: a PDF's map like the PDF with `.journey`, so Save never offers to write over the PDF.
 */
export async function openDroppedFile(file: File): Promise<boolean> {
  const result = await readDroppedFile(file);
  if (!result.ok) {
    useSessionStore.getState().reportFailedOpen({ fileName: file.name, problems: result.problems });
    return false;
  }
  const fileName = result.importer.suggestName(file.name);
  return afterSettling(() => openMap(result.map, { handle: null, fileName }));
}

/** File ▸ Save: in place when the map has a file, else Save As. Whether it was saved. */
export const saveDocument = (): Promise<boolean> => exclusive(false, () => sayingWhyNot(save));

/** File ▸ Save As…: a new file the user names. Whether it was saved. */
export const saveDocumentAs = (): Promise<boolean> => exclusive(false, () => sayingWhyNot(saveAs));

/**
 * A save that fails in a way no host answer covers (the map cannot be written as text, the bridge
 * to the host is broken) says so like any refused save: Ctrl+S never does nothing in silence.
 */
async function sayingWhyNot(act: () => Promise<boolean>): Promise<boolean> {
  try {
    return await act();
  } catch (error) {
    await reportSaveFailure({ code: 'unreachable', message: `It could not be written: ${shortened(error instanceof Error ? error.message : String(error))}.` });
    return false;
  }
}

/** File ▸ Revert: back to the file as saved, after the user confirms. */
export const revertDocument = (): Promise<boolean> =>
  exclusive(false, async () => {
    const { handle } = useFileStore.getState();
    if (handle === null) return false;
    const choice = await ask({
      title: `Revert to the saved “${documentName()}”?`,
      message: 'The changes made since it was last saved are lost.',
      choices: [
        { id: 'cancel', label: 'Cancel', primary: true },
        { id: 'revert', label: 'Revert' },
      ],
      cancel: 'cancel',
    });
    if (choice !== 'revert') return false;
    await revertTo(handle);
    return true;
  });

/** Whether Revert can run: there is a file, and changes to go back from. */
export const canRevert = (): boolean => useFileStore.getState().handle !== null && isDirty();

/**
 * Restore: a recovery copy becomes the document, with its unsaved changes, saving back to its file
 * when the host still knows it (else untitled). The copy's text is read now: the list names copies
 * without it. Whether it was restored.
 */
export async function restoreRecoveryCopy(summary: RecoveryCopySummary): Promise<boolean> {
  const read = await getHost()['recovery:read'](summary.documentId);
  const fileName = summary.fileName ?? (summary.title || 'The recovery copy');
  if (!read.ok) {
    useSessionStore.getState().reportFailedOpen({ fileName, problems: problemsOf(read.error) });
    return false;
  }
  const copy = read.value;
  const parsed = parse(copy.text);
  if (!parsed.ok) {
    useSessionStore.getState().reportFailedOpen({ fileName, problems: parsed.problems });
    return false;
  }
  const handle = copy.handle ?? null;
  return afterSettling(() => {
    openMap(parsed.value, { handle, fileName: handle === null ? null : copy.fileName, documentId: copy.documentId, dirty: true });
    adoptRecoveryCopy(copy.documentId);
  });
}

/** A file from the host's recent list (the native menu): opened once unsaved changes are settled. */
export const openRecentFile = (path: string): Promise<boolean> =>
  afterSettling(async () => {
    await showOpened(await getHost()['file:openRecent'](path), path.split(/[\\/]/).pop() ?? path);
  });

/** A document the host opened itself (command line, dock, a second launch): shown once unsaved changes are settled. */
export const showHostOpenedDocument = (document: OpenedDocument): Promise<boolean> =>
  afterSettling(async () => {
    await showOpened({ ok: true, value: document }, document.name);
  });

/** The person chose Save when closing the window: save, then close if the save went through. */
export async function saveAndClose(): Promise<void> {
  if (await saveDocument()) window.close();
}

/**
 * The person chose Don't Save when closing the window: the recovery copy goes too (so the next
 * start offers nothing they threw away), then the window closes without asking again.
 */
export async function closeWithoutSaving(): Promise<void> {
  await getHost()['recovery:discard'](useFileStore.getState().documentId);
  leaveWithoutAsking();
  window.close();
}

/** Discard: the recovery copy goes. Whether it went. */
export async function discardRecoveryCopy(copy: { readonly documentId: string }): Promise<boolean> {
  const result = await getHost()['recovery:discard'](copy.documentId);
  if (!result.ok) useSessionStore.getState().notify(`The recovery copy could not be removed: ${result.error.message}`);
  return result.ok;
}

/** Hands over a copy this version cannot restore (its file shown, or downloaded), to rescue what it holds. It stays in the list. */
export async function revealRecoveryCopy(copy: UnreadableRecoveryCopy): Promise<boolean> {
  const result = await getHost()['recovery:reveal'](copy.documentId);
  if (!result.ok) useSessionStore.getState().notify(`The recovery copy could not be handed over: ${result.error.message}`);
  return false;
}
