import type { CommandId } from '../../shared/commands/commandIds';
import { beyondLimits } from '../../shared/edit/beyondLimits';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { changeWithinLastEntry, useDocumentStore } from '../store/documentStore';
import { useOutlineFocus } from '../store/outlineFocus';
import { isPresenting } from '../store/presentationStore';
import { useSessionStore } from '../store/sessionStore';
import type { ArgsOf, Change, Command, CommandContext, Performed } from './command';
import { commandById } from './registry';

/** The map, the session and the outline's focus as they are now: what commands decide on. */
export function commandContext(): CommandContext {
  return { map: useDocumentStore.getState().map, session: useSessionStore.getState(), outline: useOutlineFocus.getState().focus };
}

const isChange = (performed: Performed): performed is Change => typeof performed === 'object' && performed !== null && !(performed instanceof Promise);

/**
 * Commits what a command or a gesture changes, in one place: the map first (as a new undo entry,
 * or folded into the one on top), then the session, which may name what the new map holds.
 */
export function commit(change: Change): void {
  const before = useDocumentStore.getState().map;
  // The last word on the map's limits: a change that would cross one is refused, with why, and
  // nothing of it happens (its selection would name what was not made).
  const beyond = change.map && change.map !== before ? beyondLimits(change.map) : null;
  if (beyond && !beyondLimits(before)) {
    useSessionStore.getState().notify(beyond);
    return;
  }
  if (change.map) {
    const next = change.map;
    if (change.history === 'merge') changeWithinLastEntry(() => next);
    else useDocumentStore.getState().change(() => next);
  }
  const session = useSessionStore.getState();
  if (change.selection) session.select(change.selection);
  if (change.titleEdit !== undefined) session.editTitle(change.titleEdit);
  if (change.notice !== undefined) session.notify(change.notice, change.offerUndo ? useDocumentStore.getState().map : null);
  if (change.zoom !== undefined) session.setZoom(change.zoom);
  if (change.scrollTo !== undefined) session.requestScroll(change.scrollTo);
  if (change.outlineFocus) useOutlineFocus.getState().requestFocus(change.outlineFocus);
  if (change.voteTurn !== undefined) session.setVoteTurn(change.voteTurn);
  if (change.freshStepId !== undefined) session.setFreshStep({ stepId: change.freshStepId, before, opened: insertedColumn(before, useDocumentStore.getState().map, change.freshStepId) });
}

/** Whether adding this step moved or stretched steps that were there before: a column was inserted for it. */
function insertedColumn(before: JourneyMap, after: JourneyMap, stepId: string): boolean {
  const places = new Map(before.steps.map((step) => [step.id, step]));
  return after.steps.some((step) => {
    const was = places.get(step.id);
    return step.id !== stepId && was !== undefined && (was.column !== step.column || was.span !== step.span);
  });
}

/** Whether a command may run at all now: during a presentation only those meant for it may. */
const allowedNow = (command: Command): boolean => !isPresenting() || command.whilePresenting === true;

/** Whether the command can run now. */
export function isEnabled(id: CommandId): boolean {
  const command = commandById(id);
  return allowedNow(command) && (command.enabled?.(commandContext()) ?? true);
}

/**
 * Runs a command if it is enabled now, and commits what it changes; says whether it ran. The one
 * way the keyboard, the menus, the toolbar, the host and the automation API run commands, so a
 * native menu item or a script during a presentation is refused like a key.
 */
export function dispatch<I extends CommandId>(id: I, ...args: ArgsOf<I> extends undefined ? [] : [ArgsOf<I>?]): boolean {
  // The registry keeps each command under its own id, so the one found takes this id's arguments.
  const command = commandById(id) as unknown as Command<I>;
  const context = commandContext();
  if (!allowedNow(command) || (command.enabled && !command.enabled(context))) return false;
  const performed = command.perform(context, args[0]);
  if (isChange(performed)) commit(performed);
  return true;
}
