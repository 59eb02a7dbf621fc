import { deleteVote, dotsCast, revealVote } from '../../shared/edit/votes';
import { castOwnDot, nextTurn, openVote, ownDots, takeBackOwnDot, turnIn } from '../../shared/edit/voteTurns';
import type { JourneyMap } from '../../shared/model/journeyMap';
import type { VoteTarget } from '../../shared/model/workshop';
import { dotCountLabel } from '../../shared/words/voteWords';
import { shortened } from '../../shared/words/shortened';
import type { AnyCommand, Change, CommandContext } from '../commands/command';
import { commandContext, commit } from '../commands/dispatch';
import { phoneDots, roomIsOpen } from '../room/phoneDots';
import { NOTHING_SELECTED, selectedStepIds } from '../store/sessionStore';
import { openVoteDialog } from './voteDialogState';

const currentTurn = ({ map, session }: CommandContext) => turnIn(map, session.voteTurn);

/** A round revealed, with how many dots it holds (and why the phones' could not be added, if they could not). */
function revealed(map: JourneyMap, voteId: string, problem: string | null): Change {
  const vote = map.votes?.find((candidate) => candidate.id === voteId);
  if (!vote || vote.revealed) return {};
  const counted = `Revealed: ${dotCountLabel(dotsCast(vote))} on ${vote.dots.length === 1 ? '1 target' : `${vote.dots.length} targets`}.`;
  return { map: revealVote(map, vote.id), voteTurn: null, notice: problem ? `${counted} ${problem}` : counted };
}

/** One dot on each target, in order, while the person has dots: one undo step for the key or click that placed them. */
function castOn(context: CommandContext, targets: readonly VoteTarget[]): Change {
  const current = currentTurn(context);
  if (!current) return { notice: 'No vote is open: start one from the Workshop menu.' };
  if (targets.length === 0) return { notice: 'Select a card to place a dot on it, or use the Dot buttons of a gap, a pain point or an opportunity.' };
  let map: JourneyMap = context.map;
  let turn = current.turn;
  for (const target of targets) {
    const cast = castOwnDot(map, turn, target);
    if ('refused' in cast) {
      if (map === context.map) return { voteTurn: turn, notice: cast.refused };
      break;
    }
    ({ map, turn } = cast);
  }
  return { map, voteTurn: turn };
}

const hasVotes = ({ map }: CommandContext): boolean => (map.votes?.length ?? 0) > 0;

/** Dot voting: start a round, place and take back dots person by person, hand over, reveal. */
export const VOTE_COMMANDS: readonly AnyCommand[] = [
  {
    id: 'vote.start',
    label: 'Start a vote…',
    shortcuts: ['Mod+Shift+V'],
    // One round at a time: a round still hidden is revealed or deleted before the next.
    enabled: ({ map }) => map.steps.length > 0 && openVote(map) === null,
    perform: openVoteDialog,
  },
  {
    id: 'vote.castDot',
    label: 'Place a dot',
    shortcuts: ['D'],
    enabled: ({ map }) => openVote(map) !== null,
    // A panel's Dot button or a click on a card names its target; the key places one on each selected card.
    perform: (context, target) => castOn(context, target ? [target] : selectedStepIds(context.session.selection).map((stepId): VoteTarget => ({ kind: 'step', stepId }))),
  },
  {
    id: 'vote.takeBackDot',
    label: 'Take back my last dot',
    shortcuts: ['Shift+D'],
    enabled: (context) => {
      const current = currentTurn(context);
      return current !== null && ownDots(current.vote, current.turn).length > 0;
    },
    // A panel's button names the target to take a dot from; the key takes back the last one placed.
    perform: (context, target) => {
      const current = currentTurn(context)!;
      const taken = takeBackOwnDot(context.map, current.turn, target);
      return 'refused' in taken ? { notice: taken.refused } : { map: taken.map, voteTurn: taken.turn };
    },
  },
  {
    id: 'vote.nextPerson',
    label: 'Next person',
    shortcuts: ['Mod+Enter'],
    enabled: (context) => currentTurn(context)?.turn.finished === false,
    // What the last person selected would show the next one where they voted: nothing stays selected.
    perform: (context) => {
      const { vote, turn } = currentTurn(context)!;
      const next = nextTurn(vote, turn);
      return { voteTurn: next, selection: NOTHING_SELECTED, notice: next.finished ? 'Everyone has voted. Reveal the result when the room is ready.' : null };
    },
  },
  {
    id: 'vote.reveal',
    label: 'Reveal the result',
    shortcuts: ['Mod+Shift+Enter'],
    enabled: ({ map }) => openVote(map) !== null,
    perform: ({ map, session }) => {
      const vote = openVote(map)!;
      session.showSidebarTab('votes');
      if (!roomIsOpen()) return revealed(map, vote.id, null);
      // With a room open, the phones' dots join the laptop's first: read from the room, then
      // revealed together, as one undo step.
      return phoneDots(map, vote.id).then(({ merge, problem }) => commit(revealed(merge(commandContext().map), vote.id, problem)));
    },
  },
  {
    id: 'vote.delete',
    label: 'Delete the vote',
    enabled: hasVotes,
    // The Votes tab names the round; without one, the round still open.
    perform: ({ map, session }, args) => {
      const vote = map.votes?.find((candidate) => candidate.id === (args?.voteId ?? openVote(map)?.id));
      if (!vote) return { notice: 'No vote is open: choose one to delete in the Votes tab.' };
      return {
        map: deleteVote(map, vote.id),
        voteTurn: session.voteTurn?.voteId === vote.id ? null : session.voteTurn,
        notice: `Deleted the vote “${shortened(vote.question)}”.`,
        offerUndo: true,
      };
    },
  },
];
