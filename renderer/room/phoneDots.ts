import type { JourneyMap } from '../../shared/model/journeyMap';
import { withRoomDots } from '../../shared/edit/roomDots';
import { tallyRoomDots, voteItems } from '../../shared/room/voteItems';
import { getHost } from '../host/host';
import { analysisOf } from '../store/analysisOf';
import { useRoomStore } from './roomStore';

/** Whether a workshop room is open in this window. */
export const roomIsOpen = (): boolean => useRoomStore.getState().room !== null;

/**
 * The phones' dots of a vote, read from the room at the reveal: a function that adds them to a
 * map (see withRoomDots), counted against the items the phones were offered, each phone held to
 * its allowance. When the room cannot answer, the map stays as it is and `problem` says why.
 */
export async function phoneDots(map: JourneyMap, voteId: string): Promise<{ readonly merge: (map: JourneyMap) => JourneyMap; readonly voters: number; readonly problem: string | null }> {
  const answer = await getHost()['room:dots'](voteId);
  if (!answer.ok) return { merge: (unchanged) => unchanged, voters: 0, problem: `The phones’ dots could not be read: ${answer.error.message}` };
  const vote = map.votes?.find((candidate) => candidate.id === voteId);
  if (!vote) return { merge: (unchanged) => unchanged, voters: 0, problem: null };
  const offered = new Set(voteItems(map, analysisOf(map)).map((item) => item.key));
  const counts = tallyRoomDots(vote, offered, answer.value.perParticipant);
  const voters = answer.value.perParticipant.filter((dots) => dots.some((dot) => dot.voteId === voteId && offered.has(dot.item))).length;
  return { merge: (current) => withRoomDots(current, voteId, counts, voters), voters, problem: null };
}
