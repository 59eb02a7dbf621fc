import type { JourneyMap } from '../model/journeyMap';
import { keepOpportunityTargets } from './opportunities';
import { keepVoteTargets } from './voteTargets';

/** Every target of the map (opportunities', votes') kept true after steps, lanes or opportunities changed. */
export function keepTargets(map: JourneyMap): JourneyMap {
  return keepVoteTargets(keepOpportunityTargets(map));
}
