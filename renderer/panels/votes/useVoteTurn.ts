import { openVote, resumedTurn, type VoteTurn } from '../../../shared/edit/voteTurns';
import type { Vote } from '../../../shared/model/workshop';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';

/** The open round and whose turn it is (as `turnIn` works it out), for a view that offers dots; null while no round is open. */
export function useVoteTurn(): { readonly vote: Vote; readonly turn: VoteTurn } | null {
  // The round object stays the same while no dot changes it: views re-render on dots, not on every edit.
  const vote = useDocumentStore((state) => openVote(state.map));
  const sessionTurn = useSessionStore((state) => state.voteTurn);
  if (!vote) return null;
  return { vote, turn: sessionTurn?.voteId === vote.id ? sessionTurn : resumedTurn(vote) };
}
