import { importInto } from '../../../shared/edit/importInto';
import type { FileToImport } from '../../../shared/host/hostApi';
import { commandContext, commit, dispatch } from '../../commands/dispatch';
import { ask } from '../../dialogs/dialogStore';
import { getHost } from '../../host/host';
import { runImportJob } from '../../host/importInWorker';
import { importerById } from '../../host/importWork';
import { useSessionStore } from '../../store/sessionStore';
import { afterSettling } from '../documentFiles';
import { openMap } from '../openFile';
import { closeImportDialog, showImportStage, useImportDialog, useImportFindings } from './importDialogState';

// File ▸ Import… and a dropped file with options: the file is read in the worker while the dialog
// shows it is being read (the window keeps answering); then the importer's options, what the
// import will make, and where it goes; then the map, fitted, with what was read past listed.

/** Reads the file in the worker, showing the dialog meanwhile; then offers its options, or says why it cannot be imported. */
export async function startImport(file: FileToImport): Promise<void> {
  const job = runImportJob({ kind: 'prepare', bytes: file.bytes, name: file.name });
  showImportStage({ kind: 'reading', fileName: file.name, size: file.bytes.length, cancel: job.cancel });
  const answer = await job.answer;
  const { stage } = useImportDialog.getState();
  // Cancelled, or another file taken up meanwhile.
  if (stage.kind !== 'reading' || stage.cancel !== job.cancel) return;
  const importer = importerById(answer.importerId);
  if (!answer.ok || answer.kind !== 'prepare' || !importer?.staged) {
    showImportStage({ kind: 'failed', fileName: file.name, problems: answer.ok ? [{ path: '$', message: 'The file could not be read.' }] : answer.problems });
    return;
  }
  const map = commandContext().map;
  // A map that already holds this file's steps is most likely being brought up to date.
  const reimport = [...map.lanes, ...map.steps].some((item) => item.source?.file === file.name);
  showImportStage({ kind: 'choosing', fileName: file.name, importerId: importer.id, model: answer.model, options: importer.staged.defaultOptions(answer.model), target: reimport ? 'add' : 'new', pin: null });
}

/** File ▸ Import…: the host's file chooser (every type Outside-In reads), then the Import dialog. */
export async function chooseFileToImport(): Promise<void> {
  const chosen = await getHost()['file:chooseImport']();
  if (!chosen.ok) {
    useSessionStore.getState().notify(chosen.error.message);
    return;
  }
  if (chosen.value) await startImport(chosen.value);
}

/** Import: makes the map with the options chosen and shows it (a new map, or added to this one), fitted. */
export async function finishImport(): Promise<void> {
  const { stage } = useImportDialog.getState();
  if (stage.kind !== 'choosing') return;
  const importer = importerById(stage.importerId)!;
  const built = importer.staged!.build(stage.model, stage.options);
  if (stage.target === 'new') {
    closeImportDialog();
    const shown = await afterSettling(() => openMap(built.map, { handle: null, fileName: importer.suggestName(stage.fileName) }));
    if (!shown) return;
  } else {
    const current = commandContext().map;
    let merged = importInto(current, built.map, stage.pin);
    if (merged.ok && merged.editedGone.length > 0) {
      const count = merged.editedGone.length;
      const choice = await ask({
        title: `Remove ${count === 1 ? 'a step' : `${count} steps`} you worked on?`,
        message: `“${stage.fileName}” no longer has ${count === 1 ? 'the activity' : 'the activities'} ${merged.editedGone.map((step) => `“${step.title}”`).join(', ')}, which you gave details or which something points at.`,
        choices: [
          { id: 'keep', label: 'Keep', primary: true },
          { id: 'remove', label: 'Remove' },
        ],
        cancel: 'keep',
      });
      if (choice === 'remove') merged = importInto(current, built.map, stage.pin, true);
    }
    closeImportDialog();
    if (!merged.ok) {
      useSessionStore.getState().notify(merged.message);
      return;
    }
    commit({ map: merged.map, selection: { kind: 'none' } });
  }
  useImportFindings.setState({ fileName: stage.fileName, findings: built.findings });
  // Fitted once the canvas has laid the new map out.
  requestAnimationFrame(() => dispatch('view.zoomFit'));
}
