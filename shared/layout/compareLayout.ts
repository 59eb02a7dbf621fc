import type { CoverageAnalysis } from '../analysis/coverage';
import { emotionCurve } from './emotionCurve';
import { layoutMap } from './layoutMap';
import type { EmotionCurveLayout, GapBand, MapLayout, Rect, StepBox } from './mapLayout';
import type { JourneyMap, Lane, Step } from '../model/journeyMap';
import { stepCountLabel, formatSeverity } from '../words/figureWords';
import { gapChangeLabel, stepChangeLabel, type StepChangeKind } from '../words/changeWords';
import { gapKindLabel } from '../words/gapKindWords';
import type { MapDiff } from '../compare/diffMaps';
import type { GapChange, GapRef } from '../compare/gapChanges';

/** Ids of the steps and lanes of the map before, as the compare view draws them beside the map after. */
export const REMOVED_PREFIX = 'removed:';

/** A card of the compare view that changed, with what happened to it (one card may be moved and changed). */
export interface StepMark {
  readonly stepId: string;
  readonly kinds: readonly StepChangeKind[];
  readonly box: StepBox;
  /** Words for a person: "Moved from column 7", "Was “Waits for the assessor”". */
  readonly detail: string;
}

/** What became of a gap: closed, opened, or still there but changed. */
export type GapMarkKind = 'closed' | 'opened' | 'changed';

/** A gap of the compare view, where it is drawn (its steps' columns in its journey lane) and its words. */
export interface GapMark {
  readonly laneId: string;
  readonly kind: GapMarkKind;
  readonly rect: Rect;
  /** "Closed", "Opened", "Shrunk". */
  readonly label: string;
  /** "Before · 3 steps · severity 7.0 → 0". */
  readonly detail: string;
}

/** A journey lane's two emotion curves in one band: the map before's and the map after's. */
export interface EmotionPair {
  readonly laneId: string;
  readonly before: EmotionCurveLayout;
  readonly after: EmotionCurveLayout;
}

/** One change to step to with the keyboard: a card or a gap, where it is, and its words. */
export interface ChangeStop {
  readonly rect: Rect;
  readonly words: string;
}

/** The compare view of two maps: one map drawn with what changed marked on it. */
export interface CompareLayout {
  /** The map after, with the removed steps (and lanes) of the map before among them, ghosted. */
  readonly map: JourneyMap;
  /** The map after's analysis (gaps and marks are the map after's; the ghosts are in none). */
  readonly analysis: CoverageAnalysis;
  /** The geometry; its emotion curves are left to `emotions`, which overlays both. */
  readonly layout: MapLayout;
  readonly steps: readonly StepMark[];
  readonly gaps: readonly GapMark[];
  readonly emotions: readonly EmotionPair[];
  /** Every change, left to right, then top to bottom: what next/previous change walk through. */
  readonly stops: readonly ChangeStop[];
}

const columnWords = (column: number): string => `column ${column + 1}`;

/**
 * Lays out the compare of `before` and `after` (diffMaps): the map after, with each removed step
 * drawn where it was (in its matched lane, or in its own lane, kept at the bottom of its kind,
 * when the lane is gone), every journey lane showing its emotion band; the changed cards and gaps
 * with their words, and both emotion curves per journey lane.
 */
export function compareLayout(before: JourneyMap, after: JourneyMap, diff: MapDiff): CompareLayout {
  const { match } = diff;
  const ghostId = (id: string): string => `${REMOVED_PREFIX}${id}`;
  const beforeSteps = new Map(before.steps.map((step) => [step.id, step]));
  const beforeLanes = new Map(before.lanes.map((lane) => [lane.id, lane]));
  const afterLanes = new Map(after.lanes.map((lane) => [lane.id, lane]));
  const laneAfter = (laneId: string): string => match.lanes.afterOf.get(laneId) ?? ghostId(laneId);

  const lanesWithRemoved = new Set(diff.steps.removed.map((id) => beforeSteps.get(id)?.laneId));
  const goneLanes: Lane[] = before.lanes.filter((lane) => !match.lanes.afterOf.has(lane.id) && lanesWithRemoved.has(lane.id)).map((lane) => ({ ...lane, id: ghostId(lane.id) }));
  const ghosts: Step[] = diff.steps.removed.map((id) => {
    const step = beforeSteps.get(id)!;
    return { ...step, id: ghostId(id), laneId: laneAfter(step.laneId) };
  });
  const lanes = [...after.lanes, ...goneLanes].map((lane) => (lane.kind === 'journey' ? { ...lane, showEmotionCurve: true } : lane));
  const map: JourneyMap = { ...after, lanes, steps: [...after.steps, ...ghosts] };
  const analysis = diff.analysisAfter;
  const full = layoutMap(map, analysis);
  const boxes = new Map(full.steps.map((box) => [box.stepId, box]));
  const curves = new Map(full.emotionCurves.map((curve) => [curve.laneId, curve]));
  const layout: MapLayout = { ...full, gaps: full.gaps.map((gap) => gapBandWords(gap, diff)), emotionCurves: [] };

  const kindsOf = new Map<string, StepChangeKind[]>();
  const add = (id: string, kind: StepChangeKind): void => {
    const kinds = kindsOf.get(id);
    if (kinds) kinds.push(kind);
    else kindsOf.set(id, [kind]);
  };
  for (const id of diff.steps.added) add(id, 'added');
  for (const id of diff.steps.moved) add(id, 'moved');
  for (const id of diff.steps.changed) add(id, 'changed');
  for (const id of diff.steps.removed) add(ghostId(id), 'removed');
  const stepsShown = new Map(map.steps.map((step) => [step.id, step]));
  const detailOf = (id: string, kinds: readonly StepChangeKind[]): string => {
    const earlier = beforeSteps.get(match.steps.beforeOf.get(id) ?? id.slice(REMOVED_PREFIX.length));
    const words: string[] = [];
    const step = stepsShown.get(id);
    if (kinds.includes('moved') && earlier && step) {
      const laneChanged = match.lanes.afterOf.get(earlier.laneId) !== step.laneId;
      words.push(`from ${laneChanged ? `${beforeLanes.get(earlier.laneId)?.title || 'another lane'}, ` : ''}${columnWords(earlier.column)}`);
    }
    if (kinds.includes('changed') && earlier && step && earlier.title !== step.title) words.push(`was “${earlier.title}”`);
    return words.join('; ');
  };
  const steps: StepMark[] = [...kindsOf].flatMap(([stepId, kinds]) => {
    const box = boxes.get(stepId);
    return box ? [{ stepId, kinds, box, detail: detailOf(stepId, kinds) }] : [];
  });

  const laneBands = new Map(full.lanes.map((lane) => [lane.laneId, lane]));
  const spanOf = (laneId: string, ids: readonly string[]): Rect | null => {
    const lane = laneBands.get(laneId);
    const shown = ids.map((id) => boxes.get(id)).filter((box): box is StepBox => box !== undefined);
    if (!lane || shown.length === 0) return null;
    // A loop, not a spread: a gap may hold more steps than a call takes arguments.
    let left = Infinity;
    let right = -Infinity;
    for (const box of shown) {
      left = Math.min(left, box.x);
      right = Math.max(right, box.x + box.width);
    }
    const curve = curves.get(laneId);
    return { x: left - 4, y: lane.y + 2, width: right - left + 8, height: (curve ? curve.band.y : lane.y + lane.height) - lane.y - 4 };
  };
  const gaps: GapMark[] = [];
  for (const lane of diff.lanes) {
    const laneId = afterLanes.has(lane.laneId) ? lane.laneId : ghostId(lane.laneId);
    for (const gap of lane.gapsClosed) {
      const rect = spanOf(laneId, gap.stepIds.map((id) => match.steps.afterOf.get(id) ?? ghostId(id)));
      if (rect) gaps.push({ laneId, kind: 'closed', rect, label: 'Closed', detail: `${gapWords(gap)} · severity ${formatSeverity(gap.severity)} → 0` });
    }
    for (const gap of lane.gapsOpened) {
      const rect = spanOf(laneId, gap.stepIds);
      if (rect) gaps.push({ laneId, kind: 'opened', rect, label: 'Opened', detail: `${gapWords(gap)} · severity 0 → ${formatSeverity(gap.severity)}` });
    }
    for (const change of lane.gapsChanged) {
      const rect = spanOf(laneId, change.after.stepIds);
      if (rect) gaps.push({ laneId, kind: 'changed', rect, label: capitalised(gapChangeLabel(change.change)), detail: changeWords(change) });
    }
  }

  const emotions: EmotionPair[] = [];
  for (const lane of after.lanes) {
    const curve = curves.get(lane.id);
    if (lane.kind !== 'journey' || !curve) continue;
    const earlierLane = match.lanes.beforeOf.get(lane.id);
    const entriesBefore = before.steps
      .filter((step) => step.laneId === earlierLane)
      .flatMap((step) => {
        const box = boxes.get(match.steps.afterOf.get(step.id) ?? ghostId(step.id));
        return box ? [{ stepId: step.id, x: box.x + box.width / 2, emotion: step.emotion ?? null }] : [];
      })
      .sort((a, b) => a.x - b.x);
    const entriesAfter = curve.points.filter((point) => !point.stepId.startsWith(REMOVED_PREFIX));
    emotions.push({ laneId: lane.id, before: emotionCurve(lane.id, curve.band, entriesBefore), after: emotionCurve(lane.id, curve.band, entriesAfter) });
  }

  const stops: ChangeStop[] = [
    ...steps.map((mark) => ({ rect: mark.box, words: `${mark.kinds.map(stepChangeLabel).join(' and ')}: ${mark.box.title || 'Untitled step'}${mark.detail ? ` (${mark.detail})` : ''}` })),
    ...gaps.map((mark) => ({ rect: mark.rect, words: `Gap ${mark.label.toLowerCase()}: ${mark.detail}` })),
  ].sort((a, b) => a.rect.x - b.rect.x || a.rect.y - b.rect.y);
  return { map, analysis, layout, steps, gaps, emotions, stops };
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const gapWords = (gap: GapRef): string => `${gapKindLabel(gap.kind)} · ${stepCountLabel(gap.stepIds.length)}`;
const changeWords = (change: GapChange): string =>
  `${gapWords(change.before)} → ${gapWords(change.after)} · severity ${formatSeverity(change.before.severity)} → ${formatSeverity(change.after.severity)}`;

/** A gap band of the map after, its label saying whether it is new or changed, and its kind (its size is in the side list: a one-column label has no room). */
function gapBandWords(band: GapBand, diff: MapDiff): GapBand {
  const lane = diff.lanes.find((candidate) => candidate.laneId === band.laneId);
  const first = band.stepIds[0];
  if (!lane || first === undefined) return band;
  if (lane.gapsOpened.some((gap) => gap.stepIds[0] === first)) return { ...band, label: 'Opened', detail: band.label };
  const change = lane.gapsChanged.find((entry) => entry.after.stepIds.includes(first));
  return change ? { ...band, label: capitalised(gapChangeLabel(change.change)), detail: band.label } : band;
}
