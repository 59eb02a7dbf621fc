import { analyseCoverage, type GapKind } from '../../shared/analysis/coverage';
import type { JourneyMap } from '../../shared/model/journeyMap';

const KIND_ORDER: readonly GapKind[] = ['entire', 'before', 'between', 'after'];

const counted = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** "a, b and c". */
function listed(words: readonly string[]): string {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * A template's figures in one line for the New chooser, e.g. "18 journey steps · 6 lanes · 4 gaps
 * before, between and after"; a map without steps names its stages instead.
 */
export function templateSummary(map: JourneyMap): string {
  const journeyLanes = new Set(map.lanes.filter((lane) => lane.kind === 'journey').map((lane) => lane.id));
  const journeySteps = map.steps.filter((step) => journeyLanes.has(step.laneId)).length;
  const lanes = counted(map.lanes.length, 'lane', 'lanes');
  if (journeySteps === 0) return `${counted(map.stages.length, 'stage', 'stages')} · ${lanes} · no steps yet`;
  const gaps = analyseCoverage(map).lanes.flatMap((lane) => lane.gaps);
  const kinds = KIND_ORDER.filter((kind) => gaps.some((gap) => gap.kind === kind));
  const gapWords = gaps.length === 0 ? 'no gaps' : `${counted(gaps.length, 'gap', 'gaps')} ${listed(kinds.map((kind) => (kind === 'entire' ? 'over the whole journey' : kind)))}`;
  return `${counted(journeySteps, 'journey step', 'journey steps')} · ${lanes} · ${gapWords}`;
}
