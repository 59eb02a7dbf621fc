import type { CommandId } from '../../../../shared/commands/commandIds';
import { installCommands } from '../../../../renderer/app/commandList';
import { dispatch, isEnabled } from '../../../../renderer/commands/dispatch';

installCommands();

/** Runs a command as a key or a menu would, with every command of the app registered; whether it ran. */
export function run(id: CommandId): boolean {
  return dispatch(id);
}

/** Whether a command can run now. */
export function enabled(id: CommandId): boolean {
  return isEnabled(id);
}
