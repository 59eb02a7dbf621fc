import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../../../shared/commands/commandIds';
import { COMMANDS } from '../../../../renderer/app/commandList';
import { registerCommands } from '../../../../renderer/commands/registry';
import type { AnyCommand as Command, ShortcutScope } from '../../../../renderer/commands/command';
import { commandForKey } from '../../../../renderer/commands/keyboardDispatch';
import { shortcutOf, type KeyPress } from '../../../../renderer/commands/shortcuts';

const scopeOf = (command: Command): ShortcutScope => command.scope ?? 'global';
const shortcutsOf = (commands: readonly Command[]) => commands.flatMap((command) => (command.shortcuts ?? []).map((shortcut) => ({ shortcut, id: command.id })));

/** Shortcuts bound to more than one of these commands, with the commands. */
function clashes(commands: readonly Command[]): Record<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const { shortcut, id } of shortcutsOf(commands)) owners.set(shortcut, [...(owners.get(shortcut) ?? []), id]);
  return Object.fromEntries([...owners].filter(([, ids]) => ids.length > 1));
}

/** The key press that a declared shortcut stands for, as a keyboard sends it (on a PC). */
function pressOf(shortcut: string): KeyPress {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  return {
    key: key === 'Plus' ? '+' : key.length === 1 ? key.toLowerCase() : key,
    ctrlKey: parts.includes('Mod'),
    metaKey: false,
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
  };
}

const press = (shortcut: string): KeyPress => pressOf(shortcut);
const id = (command: Command | null): string | null => command?.id ?? null;

describe('the commands registry', () => {
  it('gives every command its own id', () => {
    const ids = COMMANDS.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a command for every id the menu, the host and the automation API may name, and none besides', () => {
    expect(COMMANDS.map((command) => command.id).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('refuses a second command under an id already registered', () => {
    registerCommands(COMMANDS);
    expect(() => registerCommands([{ ...COMMANDS[0]! }])).toThrow(/registered twice/);
  });

  it('binds a shortcut to one command only, within the window and within the outline', () => {
    for (const scope of ['global', 'outline'] as const) {
      expect(clashes(COMMANDS.filter((command) => scopeOf(command) === scope)), scope).toEqual({});
    }
  });

  it('binds a shortcut to one command only among those that answer in an outline text field: its own and the global Alt shortcuts', () => {
    const answering = COMMANDS.filter((command) => scopeOf(command) === 'outline' || (scopeOf(command) === 'global' && command.shortcuts?.some((s) => s.includes('Alt'))));
    const altOnly = answering.map((command) => (scopeOf(command) === 'global' ? { ...command, shortcuts: command.shortcuts?.filter((s) => s.includes('Alt')) } : command));
    expect(clashes(altOnly)).toEqual({});
  });

  it('lets the outline take over only the global keys it means to', () => {
    // In the outline these keys act on the focused step; elsewhere they keep their global meaning.
    // A new entry here is a decision, not an accident.
    const global = new Set(shortcutsOf(COMMANDS.filter((command) => scopeOf(command) === 'global')).map(({ shortcut }) => shortcut));
    const taken = shortcutsOf(COMMANDS.filter((command) => scopeOf(command) === 'outline'))
      .map(({ shortcut }) => shortcut)
      .filter((shortcut) => global.has(shortcut));
    expect(taken.sort()).toEqual(['Backspace', 'Delete', 'Escape', 'Mod+Shift+Z', 'Mod+Y', 'Mod+Z'].sort());
  });

  it('declares every shortcut as the key press that triggers it is written', () => {
    for (const { shortcut, id: commandId } of shortcutsOf(COMMANDS)) {
      expect(shortcutOf(pressOf(shortcut), false), `${commandId}: ${shortcut}`).toBe(shortcut);
    }
  });
});

describe('commandForKey', () => {
  const onCanvas = { scope: 'canvas', editingText: false } as const;
  const onButton = { scope: 'global', editingText: false } as const;
  const inOutlineField = { scope: 'outline', editingText: true } as const;
  const inOtherField = { scope: 'global', editingText: true } as const;

  it('runs the global command outside the outline', () => {
    expect(id(commandForKey(COMMANDS, press('Delete'), onCanvas, false))).toBe('selection.delete');
    expect(id(commandForKey(COMMANDS, press('N'), onCanvas, false))).toBe('step.add');
    expect(id(commandForKey(COMMANDS, press('Mod+Z'), onCanvas, false))).toBe('history.undo');
  });

  it('lets the outline command win inside the outline', () => {
    expect(id(commandForKey(COMMANDS, press('Delete'), inOutlineField, false))).toBe('outline.deleteEmptyStep');
    expect(id(commandForKey(COMMANDS, press('Enter'), inOutlineField, false))).toBe('outline.addStepAfter');
    expect(id(commandForKey(COMMANDS, press('Mod+Z'), inOutlineField, false))).toBe('outline.undo');
  });

  it('leaves Tab and Shift+Tab to the focus, everywhere', () => {
    for (const context of [onCanvas, onButton, inOutlineField, inOtherField]) {
      expect(commandForKey(COMMANDS, press('Tab'), context, false)).toBeNull();
      expect(commandForKey(COMMANDS, press('Shift+Tab'), context, false)).toBeNull();
    }
  });

  it('leaves keys without Ctrl/Cmd or Alt to a focused button, menu or check box: they act on the canvas only', () => {
    for (const key of ['N', 'Delete', 'Backspace', 'F2', 'Escape', 'Shift+1', 'T', 'P', 'M', 'Shift+T']) expect(commandForKey(COMMANDS, press(key), onButton, false), key).toBeNull();
    expect(id(commandForKey(COMMANDS, press('Mod+Z'), onButton, false))).toBe('history.undo');
    expect(id(commandForKey(COMMANDS, press('Alt+ArrowDown'), onButton, false))).toBe('step.moveDown');
  });

  it('leaves typing keys to a text field', () => {
    expect(commandForKey(COMMANDS, press('N'), inOtherField, false)).toBeNull();
    expect(commandForKey(COMMANDS, press('Delete'), inOtherField, false)).toBeNull();
    expect(commandForKey(COMMANDS, press('Mod+Z'), inOtherField, false)).toBeNull();
    expect(commandForKey(COMMANDS, press('N'), inOutlineField, false)).toBeNull();
  });

  it('still runs global Alt shortcuts in a text field, the outline included', () => {
    expect(id(commandForKey(COMMANDS, press('Alt+ArrowLeft'), inOtherField, false))).toBe('step.moveLeft');
    expect(id(commandForKey(COMMANDS, press('Alt+ArrowUp'), inOutlineField, false))).toBe('step.moveUp');
    expect(id(commandForKey(COMMANDS, press('Alt+Shift+ArrowRight'), inOutlineField, false))).toBe('step.widen');
  });

  it('keeps the timer on the canvas’s letters: T starts, P pauses, M adds a minute, Shift+T stops', () => {
    for (const [key, command] of [['T', 'timer.start'], ['P', 'timer.pause'], ['M', 'timer.addMinute'], ['Shift+T', 'timer.stop']] as const) {
      expect(id(commandForKey(COMMANDS, press(key), onCanvas, false)), key).toBe(command);
      expect(commandForKey(COMMANDS, press(key), inOtherField, false), key).toBeNull();
    }
  });

  it('presents with F5 wherever the focus is: on the canvas, on a button, in a text field, in the outline', () => {
    for (const context of [onCanvas, onButton, inOutlineField, inOtherField]) expect(id(commandForKey(COMMANDS, press('F5'), context, false))).toBe('view.present');
  });

  it('reads Cmd as Mod on a Mac', () => {
    const cmdZ: KeyPress = { key: 'z', ctrlKey: false, metaKey: true, altKey: false, shiftKey: false };
    expect(id(commandForKey(COMMANDS, cmdZ, onCanvas, true))).toBe('history.undo');
    expect(commandForKey(COMMANDS, cmdZ, onCanvas, false)).toBeNull();
  });

  it('saves, opens and starts a new map from the keyboard even while a title is being typed', () => {
    for (const [shortcut, command] of [['Mod+S', 'file.save'], ['Mod+Shift+S', 'file.saveAs'], ['Mod+O', 'file.open'], ['Mod+N', 'file.new']] as const) {
      expect(id(commandForKey(COMMANDS, press(shortcut), onCanvas, false)), shortcut).toBe(command);
      expect(id(commandForKey(COMMANDS, press(shortcut), inOtherField, false)), shortcut).toBe(command);
      expect(id(commandForKey(COMMANDS, press(shortcut), inOutlineField, false)), shortcut).toBe(command);
    }
    // Plain N still adds a step, and types an N in a field.
    expect(id(commandForKey(COMMANDS, press('N'), onCanvas, false))).toBe('step.add');
    expect(commandForKey(COMMANDS, press('N'), inOtherField, false)).toBeNull();
  });
});
