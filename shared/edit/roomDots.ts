import type { JourneyMap } from '../model/journeyMap';
import { castDots, dotsCast } from './votes';
import { keepVoteTargets } from './voteTargets';
import { targetOfKey } from '../room/voteItems';

/**
 * The phones' dots added to a vote round of the map, as the reveal takes them in: each item's
 * count cast on its target, and the round's people raised to hold everyone who voted (those at
 * the laptop, rounded up from their dots, and the phones that cast any). Keys that no longer name
 * a target of the map (a step deleted since) are left out. The same map when nothing is added.
 */
export function withRoomDots(map: JourneyMap, voteId: string, counts: ReadonlyMap<string, number>, phoneVoters: number): JourneyMap {
  const vote = map.votes?.find((candidate) => candidate.id === voteId);
  if (!vote || vote.revealed || phoneVoters === 0) return map;
  const atLaptop = Math.ceil(dotsCast(vote) / vote.dotsPerPerson);
  const people = Math.max(vote.people, atLaptop + phoneVoters);
  let next: JourneyMap = people === vote.people ? map : { ...map, votes: map.votes!.map((candidate) => (candidate === vote ? { ...vote, people } : candidate)) };
  for (const [key, count] of counts) {
    const target = targetOfKey(key);
    if (target && count > 0) next = castDots(next, voteId, target, count);
  }
  // A dot on something the map no longer has (a step deleted during the vote) is not kept.
  return keepVoteTargets(next);
}
