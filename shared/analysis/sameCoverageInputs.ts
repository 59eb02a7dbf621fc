import type { JourneyMap, Step } from '../model/journeyMap';

/** Whether a step weighs and sits as another does: all the analysis reads of it (not its title or notes). */
function sameForCoverage(a: Step, b: Step): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.laneId === b.laneId &&
      a.column === b.column &&
      a.span === b.span &&
      a.emotion === b.emotion &&
      a.momentThatMatters === b.momentThatMatters &&
      a.data?.customersPerMonth === b.data?.customersPerMonth)
  );
}

/**
 * Whether two maps give the same coverage analysis: the same lanes (the same array: a lane's title
 * or kind is in the analysis), and steps in the same order that sit and weigh the same. A title
 * typed into a step, its pain points or its channels never change the coverage; this tells so in
 * one pass, cheaper than the analysis it spares, so typing at 10,000 steps does not analyse again.
 */
export function sameCoverageInputs(a: JourneyMap, b: JourneyMap): boolean {
  if (a === b) return true;
  if (a.lanes !== b.lanes || a.steps.length !== b.steps.length) return false;
  for (let index = 0; index < a.steps.length; index++) if (!sameForCoverage(a.steps[index]!, b.steps[index]!)) return false;
  return true;
}
