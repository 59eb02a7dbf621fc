/**
 * The id of every command of the workbench. The renderer's registry, the native menu
 * (electron/main/menuTemplate.ts), the host's messages and the automation API all name commands
 * by these ids, so a typo fails the type check rather than a menu item doing nothing.
 */
export const COMMAND_IDS = [
  'file.new',
  'file.open',
  'file.import',
  'file.save',
  'file.saveAs',
  'file.revert',
  'file.exportPdf',
  'file.exportPng',
  'file.exportSvg',
  'file.exportXlsx',
  'file.exportCsv',
  'file.exportMermaid',
  'app.preferences',
  'history.undo',
  'history.redo',
  'selection.delete',
  'selection.duplicate',
  'selection.all',
  'selection.clear',
  'clipboard.copy',
  'clipboard.cut',
  'clipboard.paste',
  'step.add',
  'step.rename',
  'step.moveLeft',
  'step.moveRight',
  'step.moveUp',
  'step.moveDown',
  'step.widen',
  'step.narrow',
  'lane.addJourney',
  'lane.addContext',
  'lane.addProcess',
  'lane.toggleEmotionCurve',
  'stage.add',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomReset',
  'view.zoomFit',
  'view.zoomFitWidth',
  'view.zoomFitJourney',
  'view.toggleOutline',
  'view.toggleSidebar',
  'view.togglePanels',
  'capture.open',
  'room.open',
  'room.show',
  'room.close',
  'view.present',
  'timer.start',
  'timer.pause',
  'timer.addMinute',
  'timer.stop',
  'outline.addStepAfter',
  'outline.deleteEmptyStep',
  'outline.deleteEmptyStepBack',
  'outline.deleteStep',
  'outline.focusPrevious',
  'outline.focusNext',
  'outline.leaveSteps',
  'outline.undo',
  'outline.redo',
  'vote.start',
  'vote.castDot',
  'vote.takeBackDot',
  'vote.nextPerson',
  'vote.reveal',
  'vote.delete',
] as const;

/** One command's id. */
export type CommandId = (typeof COMMAND_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(COMMAND_IDS);

/** Whether a string from outside (a host message, the automation API) names a command. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && KNOWN.has(value);
}
