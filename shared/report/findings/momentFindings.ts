import type { JourneyMap } from '../../model/journeyMap';
import { gapKindPhrase } from '../../words/gapKindWords';
import { counted, listWords, quoted } from '../../words/listWords';
import type { ReportIndex } from '../sections/reportIndex';
import type { KeyFinding } from './keyFinding';

/** How many unaccompanied moments the finding places in a sentence of their own. */
const PLACED = 3;

/** The moments that matter the organisation does not accompany, in lane and column order; nothing when no journey step is marked as one. */
export function momentFindings(map: JourneyMap, { orderedOfLane, gapOfStep }: ReportIndex): KeyFinding[] {
  const moments = map.lanes.flatMap((lane) => (lane.kind === 'journey' ? orderedOfLane.get(lane.id)!.filter((step) => step.momentThatMatters === true) : []));
  if (moments.length === 0) return [];
  const alone = moments.filter((step) => gapOfStep.has(step.id));
  const label = 'Moments that matter';
  if (alone.length === 0) {
    return [{ topic: 'moments', label, figure: `0 of ${moments.length}`, headline: `The organisation is with the customer at every moment that matters (${moments.length} of ${moments.length}).`, details: [] }];
  }
  const titles = alone.map((step) => quoted(step.title || step.id));
  const verb = alone.length === 1 ? 'one' : `${alone.length}`;
  return [
    {
      topic: 'moments',
      label,
      figure: `${alone.length} of ${moments.length}`,
      headline: `The organisation is not there at ${verb} of the ${counted(moments.length, 'moment that matters', 'moments that matter')}: ${listWords(titles, 5)}.`,
      details: alone.slice(0, PLACED).map((step) => `${quoted(step.title || step.id)} comes ${gapKindPhrase(gapOfStep.get(step.id)!.kind)}.`),
    },
  ];
}
