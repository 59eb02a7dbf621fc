import { diffMaps } from '../../../shared/compare/diffMaps';
import { compareLayout } from '../../../shared/layout/compareLayout';
import type { JourneyMap, Step } from '../../../shared/model/journeyMap';
import { medianMs } from '../measure';
import { syntheticMap } from '../syntheticMap';
import type { BenchModule, Figures } from '../types';

/**
 * A to-be of a map, as a workshop makes one: every 20th process step moved a column on, every
 * 50th step removed, every 40th retitled, and a new process step for every 50th journey step.
 */
function toBeOf(map: JourneyMap): JourneyMap {
  const processLanes = new Set(map.lanes.filter((lane) => lane.kind === 'process').map((lane) => lane.id));
  const firstProcess = [...processLanes][0]!;
  const steps: Step[] = [];
  map.steps.forEach((step, index) => {
    if (index % 50 === 49) return;
    let next = step;
    if (index % 20 === 0 && processLanes.has(step.laneId)) next = { ...next, column: next.column + 1 };
    if (index % 40 === 7) next = { ...next, title: `${next.title} (new)` };
    steps.push(next);
    if (index % 50 === 3 && !processLanes.has(step.laneId)) steps.push({ id: `new-${index}`, laneId: firstProcess, title: `New contact ${index}`, column: step.column, span: 1 });
  });
  return { ...map, steps };
}

/**
 * `diff` of two 10,000-step maps (issue 18): a to-be with a few hundred edits (ids kept, as the
 * same file edited), the same to-be with every id new (each step matched by lane and title, the
 * slowest path), and the compare view's layout of the first.
 */
export const diffBench: BenchModule = {
  name: 'diff',
  targets: [{ figure: 'diff10kStepsMs', under: 100, description: 'diff of two 10,000-step maps (as-is and a to-be)' }],
  run(): Figures {
    const before = syntheticMap(10_000);
    const after = toBeOf(before);
    const freshIds: JourneyMap = { ...after, steps: after.steps.map((step) => ({ ...step, id: `x-${step.id}` })) };
    const diff = diffMaps(before, after);
    return {
      diff10kStepsMs: medianMs(() => diffMaps(before, after)),
      diff10kStepsFreshIdsMs: medianMs(() => diffMaps(before, freshIds)),
      compareLayout10kStepsMs: medianMs(() => compareLayout(before, after, diff)),
      diff10kStepsChanges: diff.steps.added.length + diff.steps.removed.length + diff.steps.moved.length + diff.steps.changed.length,
    };
  },
};
