import type { CommandId } from '../../shared/commands/commandIds';
import type { Point } from '../../shared/layout/geometry';
import type { VoteTurn } from '../../shared/edit/voteTurns';
import type { Cell } from '../../shared/layout/hitTest';
import type { JourneyMap } from '../../shared/model/journeyMap';
import type { VoteTarget } from '../../shared/model/workshop';
import type { OutlineFocus, OutlineFocusRequest } from '../store/outlineFocus';
import type { SessionState, Selection, TitleEdit } from '../store/sessionStore';

export type { CommandId };

/**
 * Where a shortcut applies: anywhere in the window, or only while focus is in the outline. A
 * focused element names its scope with `data-shortcut-scope`; the canvas calls itself `canvas`,
 * the only place a global key without Ctrl/Cmd or Alt (N, Delete, the arrows, F2) acts. The
 * compare view is `compare`: its single keys (N, the arrows, Escape) walk the changes, nothing else.
 */
export type ShortcutScope = 'global' | 'outline' | 'canvas' | 'compare';

/**
 * How the undo history records a change of the map: as an entry of its own, or folded into the
 * entry on top (the next keystroke of a title, the name typed into a stage just drawn). A change
 * without a map records nothing.
 */
export type HistoryMode = 'record' | 'merge';

/**
 * What a command (or a gesture) changes, for the dispatcher to commit in one place: the map and
 * how history takes it, then the session — selection, a title to edit in place, where the
 * outline's focus goes, a message for the status line, the zoom. Everything left out stays.
 */
export interface Change {
  readonly map?: JourneyMap;
  readonly history?: HistoryMode;
  readonly selection?: Selection;
  readonly titleEdit?: TitleEdit | null;
  readonly outlineFocus?: OutlineFocusRequest['target'];
  readonly notice?: string | null;
  /** The notice offers Undo of this change, while nothing else has changed the map. */
  readonly offerUndo?: boolean;
  readonly zoom?: number;
  /** A map point to scroll to the top-left of the canvas's scrolling body, after the zoom above. */
  readonly scrollTo?: Point;
  /** A step this change added without a title: left untitled, it goes again (FreshStep). */
  readonly freshStepId?: string;
  /** The turn of the dot-voting round after this change (null: no round under way). */
  readonly voteTurn?: VoteTurn | null;
}

/** What a command sees when it is asked whether it can run, and when it runs: the map, the session and the outline's focus at that moment. */
export interface CommandContext {
  readonly map: JourneyMap;
  readonly session: SessionState;
  readonly outline: OutlineFocus;
}

/** The range of a stage to add, as a drawn stage gives it. */
export interface StageRange {
  readonly fromColumn: number;
  readonly toColumn: number;
  readonly title?: string;
}

/**
 * The arguments a command takes beside its context, by id. Commands run from a key or a menu get
 * none and choose by the selection; a gesture passes where (a double-click's cell, a drawn stage).
 */
export interface CommandArgs {
  readonly 'step.add': Cell;
  readonly 'stage.add': StageRange;
  /** What a dot is placed on: a card clicked, or a Dot button's gap, pain point or opportunity. */
  readonly 'vote.castDot': VoteTarget;
  /** Where a dot is taken back from: a panel's button names it. */
  readonly 'vote.takeBackDot': VoteTarget;
  readonly 'vote.delete': { readonly voteId: string };
}

/** The arguments of one command: undefined for those that take none. */
export type ArgsOf<I extends CommandId> = I extends keyof CommandArgs ? CommandArgs[I] : undefined;

/**
 * What `perform` gives back: the change to commit, or nothing for a command whose effect is
 * outside the document and the session (open a dialog, save, undo), which may be asynchronous.
 */
export type Performed = Change | void | Promise<unknown>;

/**
 * One user action. Toolbar, keyboard, context menu and the native menu all dispatch the same
 * command by id, so a label, a shortcut and an enabled state never disagree between them.
 */
export interface Command<I extends CommandId = CommandId> {
  readonly id: I;
  readonly label: string;
  /** Keys as `Mod+Shift+Z` (Mod is Ctrl, or Cmd on a Mac), `Alt+ArrowLeft`, `Delete`. */
  readonly shortcuts?: readonly string[];
  readonly scope?: ShortcutScope;
  /**
   * The browser fires copy, cut and paste events for these keys, with a clipboard the page may
   * use without asking; the keyboard dispatcher leaves them to those events.
   */
  readonly nativeClipboard?: boolean;
  /**
   * The shortcut works wherever the focus is: in a text field too (Save while typing a title), as
   * Alt shortcuts do, and, for a key without Ctrl/Cmd or Alt (F5), on a button as on the canvas.
   */
  readonly whileTyping?: boolean;
  /**
   * The command runs while a presentation is on screen (the timer's); every other command waits
   * until the presentation ends, so that presenting never edits the map.
   */
  readonly whilePresenting?: boolean;
  enabled?(context: CommandContext): boolean;
  /** An on/off command (Show emotion curve): whether it is on now; menus show it as a checkbox item. */
  checked?(context: CommandContext): boolean;
  /** Works out what the command changes; the dispatcher commits it. */
  perform(context: CommandContext, args?: ArgsOf<I>): Performed;
}

/** A command of any id, as lists and the registry hold them. */
export type AnyCommand = { [I in CommandId]: Command<I> }[CommandId];
