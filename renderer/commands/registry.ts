import type { CommandId } from '../../shared/commands/commandIds';
import type { AnyCommand } from './command';

// The commands come from the feature folders (files, editing, canvas, outline…); the app puts
// their lists together once at start (renderer/app/commandList.ts). Features dispatch by id
// without importing one another, and a key bound twice in one scope is caught by a test.

const registered = new Map<CommandId, AnyCommand>();

/** Adds commands to the registry; an id registered twice is a programming error. */
export function registerCommands(commands: readonly AnyCommand[]): void {
  for (const command of commands) {
    const known = registered.get(command.id);
    if (known && known !== command) throw new Error(`Command "${command.id}" is registered twice.`);
    registered.set(command.id, command);
  }
}

/** Every registered command, in the order they were registered. */
export function allCommands(): readonly AnyCommand[] {
  return [...registered.values()];
}

/** The command with this id; throws when it was never registered, which is a programming error. */
export function commandById(id: CommandId): AnyCommand {
  const command = registered.get(id);
  if (!command) throw new Error(`No command "${id}" is registered.`);
  return command;
}
