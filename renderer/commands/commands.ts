import { setEmotionCurveShown } from '../../shared/edit/emotion';
import { addLane, deleteLane } from '../../shared/edit/lanes';
import { addStage, deleteStage } from '../../shared/edit/stages';
import { addStep, deleteSteps, duplicateSteps, moveSteps, resizeStep } from '../../shared/edit/steps';
import type { LaneKind } from '../../shared/model/journeyMap';
import { openPreferences } from '../preferences/preferencesDialogState';
import { CANVAS_PADDING, editorLayout } from '../canvas/canvasLayout';
import { documentHistory, useDocumentStore } from '../store/documentStore';
import { analysisOf } from '../store/analysisOf';
import { clampZoom, selectedStepIds, useSessionStore } from '../store/sessionStore';
import { deleteSelectedSteps, pasteClipboardText, selectionAsClipboardText } from './clipboard';
import type { Command } from './command';
import { nextFreeColumn, targetAfterSelection } from './editTargets';
import { EXPORT_COMMANDS } from './exportCommands';
import { FILE_COMMANDS } from './fileCommands';
import { OUTLINE_COMMANDS } from './outlineCommands';
import { focusedOutlineStepId, useOutlineFocus } from './outlineFocus';

const doc = () => useDocumentStore.getState();
const session = () => useSessionStore.getState();
const selectedSteps = () => selectedStepIds(session().selection);
const hasSelectedSteps = () => selectedSteps().length > 0;

const ZOOM_STEP = 1.25;

/** The journey lane selected, the one whose emotion curve a command shows or hides. */
const selectedJourneyLane = () => {
  const selection = session().selection;
  const lane = selection.kind === 'lane' ? doc().map.lanes.find((candidate) => candidate.id === selection.laneId) : undefined;
  return lane?.kind === 'journey' ? lane : null;
};

/**
 * A step moved from the outline may land in another lane's list there, a new element: focus is
 * asked to follow it, so Alt+arrows can be pressed again and again.
 */
function keepingOutlineFocus(edit: () => void): Command['run'] {
  return () => {
    edit();
    const stepId = focusedOutlineStepId();
    if (stepId !== null) useOutlineFocus.getState().requestFocus({ kind: 'step', stepId });
  };
}

function moveSelection(columnDelta: number, laneDelta: number): Command['run'] {
  return keepingOutlineFocus(() => doc().change((map) => moveSteps(map, selectedSteps(), { columnDelta, laneDelta })));
}

function resizeSelection(by: number): Command['run'] {
  return keepingOutlineFocus(() =>
    doc().change((map) => {
      const ids = new Set(selectedSteps());
      return map.steps.filter((step) => ids.has(step.id)).reduce((next, step) => resizeStep(next, step.id, step.span + by), map);
    }),
  );
}

function addLaneOf(kind: LaneKind, title: string): Command['run'] {
  return () => {
    let laneId = '';
    doc().change((map) => {
      const result = addLane(map, { kind, title });
      laneId = result.laneId;
      return result.map;
    });
    session().select({ kind: 'lane', laneId });
  };
}

/** Every command of the workbench. Ids are stable: the native menu and the automation API use them. */
export const COMMANDS: readonly Command[] = [
  ...FILE_COMMANDS,
  ...EXPORT_COMMANDS,
  { id: 'app.preferences', label: 'Preferences…', shortcuts: ['Mod+,'], whileTyping: true, run: openPreferences },
  { id: 'history.undo', label: 'Undo', shortcuts: ['Mod+Z'], enabled: documentHistory.canUndo, run: documentHistory.undo },
  { id: 'history.redo', label: 'Redo', shortcuts: ['Mod+Shift+Z', 'Mod+Y'], enabled: documentHistory.canRedo, run: documentHistory.redo },
  {
    id: 'selection.delete',
    label: 'Delete',
    shortcuts: ['Delete', 'Backspace'],
    enabled: () => session().selection.kind !== 'none',
    run: () => {
      const selection = session().selection;
      if (selection.kind === 'steps') doc().change((map) => deleteSteps(map, selection.stepIds));
      else if (selection.kind === 'lane') doc().change((map) => deleteLane(map, selection.laneId));
      else if (selection.kind === 'stage') doc().change((map) => deleteStage(map, selection.stageId));
      session().select({ kind: 'none' });
    },
  },
  {
    id: 'selection.duplicate',
    label: 'Duplicate',
    shortcuts: ['Mod+D'],
    enabled: hasSelectedSteps,
    run: () => {
      let copies: readonly string[] = [];
      doc().change((map) => {
        const result = duplicateSteps(map, selectedSteps());
        copies = result.stepIds;
        return result.map;
      });
      session().select({ kind: 'steps', stepIds: copies });
    },
  },
  {
    id: 'clipboard.copy',
    label: 'Copy',
    shortcuts: ['Mod+C'],
    nativeClipboard: true,
    enabled: hasSelectedSteps,
    run: () => {
      const text = selectionAsClipboardText();
      if (text) void navigator.clipboard?.writeText(text);
    },
  },
  {
    id: 'clipboard.cut',
    label: 'Cut',
    shortcuts: ['Mod+X'],
    nativeClipboard: true,
    enabled: hasSelectedSteps,
    run: () => {
      const text = selectionAsClipboardText();
      if (!text) return;
      void navigator.clipboard?.writeText(text).then(deleteSelectedSteps);
    },
  },
  {
    id: 'clipboard.paste',
    label: 'Paste',
    shortcuts: ['Mod+V'],
    nativeClipboard: true,
    run: () => {
      void navigator.clipboard?.readText().then(pasteClipboardText, () => session().notify('The clipboard could not be read; use Ctrl+V to paste.'));
    },
  },
  {
    id: 'selection.all',
    label: 'Select all steps',
    shortcuts: ['Mod+A'],
    run: () => session().select({ kind: 'steps', stepIds: doc().map.steps.map((step) => step.id) }),
  },
  { id: 'selection.clear', label: 'Select nothing', shortcuts: ['Escape'], run: () => session().select({ kind: 'none' }) },
  {
    id: 'step.add',
    label: 'Add step',
    shortcuts: ['N'],
    enabled: () => doc().map.lanes.length > 0,
    run: () => {
      const target = targetAfterSelection(doc().map, session().selection);
      if (!target) return;
      let stepId = '';
      doc().change((map) => {
        const result = addStep(map, { laneId: target.laneId, column: target.column });
        stepId = result.stepId;
        return result.map;
      });
      session().select({ kind: 'steps', stepIds: [stepId] });
      session().editStepTitle(stepId);
    },
  },
  {
    id: 'step.rename',
    label: 'Rename step',
    shortcuts: ['F2'],
    enabled: () => selectedSteps().length === 1,
    run: () => session().editStepTitle(selectedSteps()[0] ?? null),
  },
  { id: 'step.moveLeft', label: 'Move left', shortcuts: ['Alt+ArrowLeft'], enabled: hasSelectedSteps, run: moveSelection(-1, 0) },
  { id: 'step.moveRight', label: 'Move right', shortcuts: ['Alt+ArrowRight'], enabled: hasSelectedSteps, run: moveSelection(1, 0) },
  { id: 'step.moveUp', label: 'Move to the lane above', shortcuts: ['Alt+ArrowUp'], enabled: hasSelectedSteps, run: moveSelection(0, -1) },
  { id: 'step.moveDown', label: 'Move to the lane below', shortcuts: ['Alt+ArrowDown'], enabled: hasSelectedSteps, run: moveSelection(0, 1) },
  { id: 'step.widen', label: 'Span one more column', shortcuts: ['Alt+Shift+ArrowRight'], enabled: hasSelectedSteps, run: resizeSelection(1) },
  { id: 'step.narrow', label: 'Span one column less', shortcuts: ['Alt+Shift+ArrowLeft'], enabled: hasSelectedSteps, run: resizeSelection(-1) },
  { id: 'lane.addJourney', label: 'Add journey lane', run: addLaneOf('journey', 'Customer') },
  { id: 'lane.addContext', label: 'Add context lane', run: addLaneOf('context', 'Others around the customer') },
  { id: 'lane.addProcess', label: 'Add process lane', run: addLaneOf('process', 'Department') },
  {
    id: 'lane.toggleEmotionCurve',
    label: 'Show emotion curve',
    enabled: () => selectedJourneyLane() !== null,
    checked: () => selectedJourneyLane()?.showEmotionCurve === true,
    run: () => {
      const lane = selectedJourneyLane();
      if (lane) doc().change((map) => setEmotionCurveShown(map, lane.id, lane.showEmotionCurve !== true));
    },
  },
  {
    id: 'stage.add',
    label: 'Add stage',
    run: () => {
      const { map } = doc();
      const from = map.stages.reduce((next, stage) => Math.max(next, stage.toColumn + 1), 0);
      const width = Math.max(1, Math.max(...map.lanes.map((lane) => nextFreeColumn(map, lane.id)), from + 1) - from);
      let stageId = '';
      doc().change((current) => {
        const result = addStage(current, { fromColumn: from, toColumn: from + Math.min(width, 3) - 1, title: 'New stage' });
        stageId = result.stageId;
        return result.map;
      });
      session().select({ kind: 'stage', stageId });
    },
  },
  { id: 'view.zoomIn', label: 'Zoom in', shortcuts: ['Mod+=', 'Mod+Plus', 'Mod+Shift+Plus'], run: () => session().setZoom(session().viewport.zoom * ZOOM_STEP) },
  { id: 'view.zoomOut', label: 'Zoom out', shortcuts: ['Mod+-'], run: () => session().setZoom(session().viewport.zoom / ZOOM_STEP) },
  { id: 'view.zoomReset', label: 'Actual size', shortcuts: ['Mod+0'], run: () => session().setZoom(1) },
  {
    id: 'view.zoomFit',
    label: 'Fit to window',
    shortcuts: ['Shift+1', 'Shift+!'],
    run: () => {
      // The canvas's own layout (with its spare columns) inside its padding: the whole map in view.
      const { width, height } = session().viewport;
      const layout = editorLayout(doc().map, analysisOf(doc().map));
      const room = { width: width - 2 * CANVAS_PADDING, height: height - 2 * CANVAS_PADDING };
      if (room.width <= 0 || room.height <= 0 || layout.width <= 0) return;
      session().setZoom(clampZoom(Math.min(room.width / layout.width, room.height / layout.height)));
    },
  },
  ...OUTLINE_COMMANDS,
];

/** The command with this id; throws for an unknown id, which is a programming error. */
export function commandById(id: string): Command {
  const command = COMMANDS.find((candidate) => candidate.id === id);
  if (!command) throw new Error(`No command "${id}".`);
  return command;
}

/** Runs a command if it is enabled now; says whether it ran. */
export function runCommand(id: string): boolean {
  const command = commandById(id);
  if (command.enabled && !command.enabled()) return false;
  command.run();
  return true;
}
