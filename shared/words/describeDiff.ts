import type { GapRef } from '../compare/gapChanges';
import type { MapDiff } from '../compare/diffMaps';
import type { JourneyMap } from '../model/journeyMap';
import { coverageChangeLabel, gapChangeLabel } from './changeWords';
import { formatSeverity, stepCountLabel } from './figureWords';
import { gapKindLabel } from './gapKindWords';

/** Columns as the canvas numbers them for people: from 1 (the file counts from 0). */
const columnRange = (from: number, to: number): string => (from === to ? `column ${from + 1}` : `columns ${from + 1}–${to + 1}`);

/**
 * The compare of two maps in plain text (`diff` without `--json`): the steps added, removed, moved
 * and changed, then per journey lane the coverage before → after and the gaps closed, opened and
 * changed, each with its severity. `beforeName` and `afterName` say which two maps these are.
 */
export function describeDiff(before: JourneyMap, after: JourneyMap, diff: MapDiff, beforeName: string, afterName: string): string {
  const stepsBefore = new Map(before.steps.map((step) => [step.id, step]));
  const stepsAfter = new Map(after.steps.map((step) => [step.id, step]));
  const lanesBefore = new Map(before.lanes.map((lane) => [lane.id, lane]));
  const lanesAfter = new Map(after.lanes.map((lane) => [lane.id, lane]));
  const titleIn = (steps: Map<string, { title: string }>) => (id: string): string => steps.get(id)?.title || id;
  const titleBefore = titleIn(stepsBefore);
  const titleAfter = titleIn(stepsAfter);
  const where = (id: string, side: 'before' | 'after'): string => {
    const step = (side === 'before' ? stepsBefore : stepsAfter).get(id);
    if (!step) return '';
    const lane = (side === 'before' ? lanesBefore : lanesAfter).get(step.laneId);
    return `${lane?.title || step.laneId}, ${columnRange(step.column, step.column + step.span - 1)}`;
  };
  const gapLine = (gap: GapRef, title: (id: string) => string): string =>
    `${gapKindLabel(gap.kind)} (${columnRange(gap.fromColumn, gap.toColumn)}, ${stepCountLabel(gap.stepIds.length)}, severity ${formatSeverity(gap.severity)}): ${gap.stepIds.map(title).join('; ')}`;

  const lines = [`${beforeName} → ${afterName}`, ''];
  const { added, removed, moved, changed } = diff.steps;
  const total = added.length + removed.length + moved.length + changed.length;
  lines.push(total === 0 ? 'Steps: none added, removed, moved or changed.' : `Steps: ${added.length} added, ${removed.length} removed, ${moved.length} moved, ${changed.length} changed.`);
  for (const id of added) lines.push(`  Added: ${titleAfter(id)} (${where(id, 'after')})`);
  for (const id of removed) lines.push(`  Removed: ${titleBefore(id)} (${where(id, 'before')})`);
  for (const id of moved) {
    const earlier = diff.match.steps.beforeOf.get(id) ?? id;
    lines.push(`  Moved: ${titleAfter(id)} (${where(earlier, 'before')} → ${where(id, 'after')})`);
  }
  for (const id of changed) {
    const earlier = diff.match.steps.beforeOf.get(id) ?? id;
    const was = titleBefore(earlier);
    lines.push(`  Changed: ${titleAfter(id)}${was !== titleAfter(id) ? ` (was "${was}")` : ''}`);
  }

  if (diff.lanes.length === 0) lines.push('', 'No journey lane on either side.');
  for (const lane of diff.lanes) {
    lines.push('', `${lane.title || lane.laneId}: coverage ${coverageChangeLabel(lane.coverageBefore, lane.coverageAfter)}`);
    for (const gap of lane.gapsClosed) lines.push(`  Closed: ${gapLine(gap, titleBefore)}`);
    for (const gap of lane.gapsOpened) lines.push(`  Opened: ${gapLine(gap, titleAfter)}`);
    for (const entry of lane.gapsChanged) {
      lines.push(`  Changed, ${gapChangeLabel(entry.change)}: ${gapLine(entry.before, titleBefore)}`, `    now ${gapLine(entry.after, titleAfter)}`);
    }
    if (lane.gapsClosed.length + lane.gapsOpened.length + lane.gapsChanged.length === 0) lines.push('  No gap closed, opened or changed.');
  }
  return `${lines.join('\n')}\n`;
}
