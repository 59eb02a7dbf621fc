import type { AnyCommand } from '../commands/command';
import { registerCommands } from '../commands/registry';
import { VIEW_COMMANDS } from '../canvas/viewCommands';
import { CAPTURE_COMMANDS } from '../capture/captureCommands';
import { COMPARE_COMMANDS } from '../compare/compareCommands';
import { ROOM_COMMANDS } from '../room/roomCommands';
import { CLIPBOARD_COMMANDS } from '../editing/clipboardCommands';
import { HISTORY_COMMANDS } from '../editing/historyCommands';
import { LANE_COMMANDS } from '../editing/laneCommands';
import { SELECTION_COMMANDS } from '../editing/selectionCommands';
import { STAGE_COMMANDS } from '../editing/stageCommands';
import { STEP_COMMANDS } from '../editing/stepCommands';
import { EXPORT_COMMANDS } from '../files/exportCommands';
import { FILE_COMMANDS } from '../files/fileCommands';
import { IMPORT_COMMANDS } from '../files/import/importCommands';
import { OUTLINE_COMMANDS } from '../outline/outlineCommands';
import { PANEL_COMMANDS } from '../preferences/panelCommands';
import { PREFERENCES_COMMANDS } from '../preferences/preferencesCommands';
import { PRESENTATION_COMMANDS } from '../presentation/presentationCommands';
import { TEMPLATE_COMMANDS } from '../templates/templateCommands';
import { VOTE_COMMANDS } from '../workshop/voteCommands';
import { TIMER_COMMANDS } from '../timer/timerCommands';

/** Every command of the workbench, as the feature folders contribute them. */
export const COMMANDS: readonly AnyCommand[] = [
  ...TEMPLATE_COMMANDS,
  ...FILE_COMMANDS,
  ...IMPORT_COMMANDS,
  ...EXPORT_COMMANDS,
  ...COMPARE_COMMANDS,
  ...PREFERENCES_COMMANDS,
  ...HISTORY_COMMANDS,
  ...SELECTION_COMMANDS,
  ...CLIPBOARD_COMMANDS,
  ...STEP_COMMANDS,
  ...LANE_COMMANDS,
  ...STAGE_COMMANDS,
  ...VIEW_COMMANDS,
  ...PANEL_COMMANDS,
  ...OUTLINE_COMMANDS,
  ...CAPTURE_COMMANDS,
  ...ROOM_COMMANDS,
  ...VOTE_COMMANDS,
  ...PRESENTATION_COMMANDS,
  ...TIMER_COMMANDS,
];

/** Puts every command into the registry, once, before anything dispatches one. */
export function installCommands(): void {
  registerCommands(COMMANDS);
}
