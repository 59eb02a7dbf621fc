import type { MapDiff } from '../../compare/diffMaps';
import type { GapRef } from '../../compare/gapChanges';
import type { GapMarkKind } from '../../layout/compareLayout';
import type { JourneyMap } from '../../model/journeyMap';
import { gapChangeLabel, stepChangeLabel, type StepChangeKind } from '../../words/changeWords';
import { formatSeverity, reportPercent, stepCountLabel } from '../../words/figureWords';
import { gapKindLabel } from '../../words/gapKindWords';

/** One gap closed, opened or changed, as the report lists it. */
export interface GapChangeRow {
  /** Closed, opened, or still there but changed: how the row is marked. */
  readonly mark: GapMarkKind;
  /** "Closed", "Opened", "Shrunk"… */
  readonly change: string;
  readonly kindBefore: string;
  readonly kindAfter: string;
  readonly steps: string;
  readonly severityBefore: string;
  readonly severityAfter: string;
}

/** A journey lane's coverage before → after and its gaps' changes. */
export interface LaneChangeRow {
  readonly laneId: string;
  readonly title: string;
  readonly coverageBefore: string;
  readonly coverageAfter: string;
  readonly gaps: readonly GapChangeRow[];
}

/** A step that was added, removed, moved or changed. */
export interface StepChangeRow {
  readonly kind: StepChangeKind;
  readonly change: string;
  readonly title: string;
  readonly lane: string;
  readonly detail: string;
}

/** The What changed section: the two sides' names, the lanes, and the changed steps. */
export interface WhatChangedContent {
  readonly beforeName: string;
  readonly afterName: string;
  readonly lanes: readonly LaneChangeRow[];
  readonly steps: readonly StepChangeRow[];
}

const columns = (from: number, to: number): string => (from === to ? `column ${from + 1}` : `columns ${from + 1}–${to + 1}`);

/**
 * What the report says changed between two maps: per journey lane the coverage before → after and
 * the gaps closed, opened and changed with their severity before and after (the gaps' steps named
 * by title), then the steps added, removed, moved and changed.
 */
export function whatChangedSection(before: JourneyMap, after: JourneyMap, diff: MapDiff, beforeName: string, afterName: string): WhatChangedContent {
  const stepsBefore = new Map(before.steps.map((step) => [step.id, step]));
  const stepsAfter = new Map(after.steps.map((step) => [step.id, step]));
  const lanesBefore = new Map(before.lanes.map((lane) => [lane.id, lane]));
  const lanesAfter = new Map(after.lanes.map((lane) => [lane.id, lane]));
  const titles = (gap: GapRef, side: Map<string, { title: string }>): string => `${stepCountLabel(gap.stepIds.length)}: ${gap.stepIds.map((id) => side.get(id)?.title || 'Untitled step').join('; ')}`;
  const percent = (coverage: number | null): string => (coverage === null ? '—' : reportPercent(coverage));

  const lanes = diff.lanes.map((lane): LaneChangeRow => ({
    laneId: lane.laneId,
    title: lane.title || 'Untitled lane',
    coverageBefore: percent(lane.coverageBefore),
    coverageAfter: percent(lane.coverageAfter),
    gaps: [
      ...lane.gapsClosed.map((gap) => ({ mark: 'closed' as const, change: 'Closed', kindBefore: gapKindLabel(gap.kind), kindAfter: '—', steps: titles(gap, stepsBefore), severityBefore: formatSeverity(gap.severity), severityAfter: '0' })),
      ...lane.gapsOpened.map((gap) => ({ mark: 'opened' as const, change: 'Opened', kindBefore: '—', kindAfter: gapKindLabel(gap.kind), steps: titles(gap, stepsAfter), severityBefore: '0', severityAfter: formatSeverity(gap.severity) })),
      ...lane.gapsChanged.map((entry) => ({
        mark: 'changed' as const,
        change: gapChangeLabel(entry.change).replace(/^./, (first) => first.toUpperCase()),
        kindBefore: gapKindLabel(entry.before.kind),
        kindAfter: gapKindLabel(entry.after.kind),
        steps: `${titles(entry.before, stepsBefore)} → ${titles(entry.after, stepsAfter)}`,
        severityBefore: formatSeverity(entry.before.severity),
        severityAfter: formatSeverity(entry.after.severity),
      })),
    ],
  }));

  const row = (kind: StepChangeKind, id: string, side: 'before' | 'after'): StepChangeRow => {
    const step = (side === 'before' ? stepsBefore : stepsAfter).get(id);
    const lane = step ? (side === 'before' ? lanesBefore : lanesAfter).get(step.laneId) : undefined;
    const earlier = side === 'after' ? stepsBefore.get(diff.match.steps.beforeOf.get(id) ?? '') : undefined;
    let detail = step ? columns(step.column, step.column + step.span - 1) : '';
    if (kind === 'moved' && earlier) detail = `${columns(earlier.column, earlier.column + earlier.span - 1)} → ${detail}`;
    if (kind === 'changed' && earlier && earlier.title !== step?.title) detail = `was “${earlier.title}”`;
    return { kind, change: stepChangeLabel(kind), title: step?.title || 'Untitled step', lane: lane?.title || 'Untitled lane', detail };
  };
  const steps = [
    ...diff.steps.added.map((id) => row('added', id, 'after')),
    ...diff.steps.removed.map((id) => row('removed', id, 'before')),
    ...diff.steps.moved.map((id) => row('moved', id, 'after')),
    ...diff.steps.changed.map((id) => row('changed', id, 'after')),
  ];
  return { beforeName, afterName, lanes, steps };
}
