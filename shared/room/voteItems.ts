import type { CoverageAnalysis } from '../analysis/coverage';
import { gapsBySeverity } from '../analysis/severity';
import type { JourneyMap } from '../model/journeyMap';
import type { Vote, VoteTarget } from '../model/workshop';
import { voteTargetLabel } from '../words/voteTargetWords';
import type { ParticipantDot, VoteItem } from './roomDocuments';

/** A vote target as a short key the phones send back: `step:c4`, `gap:c1`, `pain:c5:0`, `opp:o2`. */
export function keyOfTarget(target: VoteTarget): string {
  switch (target.kind) {
    case 'step':
      return `step:${target.stepId}`;
    case 'gap':
      return `gap:${target.stepId}`;
    case 'painPoint':
      return `pain:${target.stepId}:${target.index}`;
    case 'opportunity':
      return `opp:${target.opportunityId}`;
  }
}

/** The target a key names, or null for anything else a phone might send. */
export function targetOfKey(key: string): VoteTarget | null {
  const [kind, id, index, ...rest] = key.split(':');
  if (!id || rest.length > 0) return null;
  if (kind === 'step' && index === undefined) return { kind: 'step', stepId: id };
  if (kind === 'gap' && index === undefined) return { kind: 'gap', stepId: id };
  if (kind === 'opp' && index === undefined) return { kind: 'opportunity', opportunityId: id };
  if (kind === 'pain' && index !== undefined && /^\d{1,3}$/.test(index)) return { kind: 'painPoint', stepId: id, index: Number(index) };
  return null;
}

/**
 * What the phones may put dots on, titles only (the facilitator shares no more of the client's
 * map): the gaps, most severe first; the journey steps in order with their pain points; the
 * opportunities not yet done.
 */
export function voteItems(map: JourneyMap, analysis: CoverageAnalysis): VoteItem[] {
  const items: VoteItem[] = [];
  const add = (target: VoteTarget, group: string): void => {
    items.push({ key: keyOfTarget(target), label: voteTargetLabel(map, analysis, target), group });
  };
  for (const gap of gapsBySeverity(analysis.lanes.flatMap((lane) => lane.gaps))) add({ kind: 'gap', stepId: gap.stepIds[0]! }, 'Gaps');
  const journey = new Set(map.lanes.filter((lane) => lane.kind === 'journey').map((lane) => lane.id));
  const steps = map.steps.filter((step) => journey.has(step.laneId)).sort((a, b) => a.column - b.column);
  for (const step of steps) add({ kind: 'step', stepId: step.id }, 'Steps');
  for (const step of steps) (step.painPoints ?? []).forEach((_, index) => add({ kind: 'painPoint', stepId: step.id, index }, 'Pain points'));
  for (const opportunity of map.opportunities ?? []) if (opportunity.status !== 'done') add({ kind: 'opportunity', opportunityId: opportunity.id }, 'Opportunities');
  return items;
}

/**
 * The dots the phones cast in a vote, counted as the room's result: per participant only dots of
 * this vote, on items it offered, and no more than their allowance (the first ones cast count) —
 * whatever a phone wrote into its own document.
 */
export function tallyRoomDots(vote: Pick<Vote, 'id' | 'dotsPerPerson'>, offered: ReadonlySet<string>, participants: readonly (readonly ParticipantDot[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const dots of participants) {
    let used = 0;
    for (const dot of dots) {
      if (used >= vote.dotsPerPerson) break;
      if (dot.voteId !== vote.id || !offered.has(dot.item)) continue;
      counts.set(dot.item, (counts.get(dot.item) ?? 0) + 1);
      used += 1;
    }
  }
  return counts;
}
