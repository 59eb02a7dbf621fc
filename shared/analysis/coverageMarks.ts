import type { JourneyMap } from '../model/journeyMap';
import type { CoverageAnalysis } from './coverage';

/** How a card is marked by the coverage analysis: a touchpoint of the journey, or inside-out process work. */
export type CoverageMark = 'touchpoint' | 'unanchored';

const marksByMap = new WeakMap<JourneyMap, ReadonlyMap<string, CoverageMark>>();

/**
 * Which cards the analysis marks: covered journey steps are touchpoints (the organisation meets
 * the customer there), unanchored process steps are inside-out work. One result per map object,
 * shared by the canvas and every tile of the printed map.
 */
export function coverageMarks(map: JourneyMap, analysis: CoverageAnalysis): ReadonlyMap<string, CoverageMark> {
  const known = marksByMap.get(map);
  if (known) return known;
  const inGap = new Set<string>();
  for (const lane of analysis.lanes) for (const gap of lane.gaps) for (const id of gap.stepIds) inGap.add(id);
  const journeyLanes = new Set(map.lanes.filter((lane) => lane.kind === 'journey').map((lane) => lane.id));
  const marks = new Map<string, CoverageMark>();
  for (const step of map.steps) if (journeyLanes.has(step.laneId) && !inGap.has(step.id)) marks.set(step.id, 'touchpoint');
  for (const id of analysis.unanchoredProcessStepIds) marks.set(id, 'unanchored');
  marksByMap.set(map, marks);
  return marks;
}
