import { withoutSource } from '../model/source';
import { greatestOf, leastOf } from '../model/extremes';
import { z } from 'zod';
import { laneSchema, stepSchema } from '../format/schema';
import { guardProtoKeys, restoreProtoKeys, tooDeep } from '../format/unknownFields';
import { MAP_LIMITS } from '../model/limits';
import type { JourneyMap, Lane, Step } from '../model/journeyMap';
import { MAX_COLUMN, toColumn, toSpan } from './columns';
import { newIds } from './ids';
import { inScreenOrder, withLaneAtEndOfKind } from './laneOrder';
import { makeRoomInJourneyLanes } from './makeRoom';

/** The `format` of copied steps on the clipboard. */
export const CLIPBOARD_FORMAT = 'outside-in.steps';

/**
 * Copied steps as they travel on the clipboard (as JSON text), between maps and windows: the steps
 * with every field they carry, and the lanes they came from, so a paste into another map can find
 * or recreate the right lanes.
 */
export interface ClipboardSteps {
  readonly format: typeof CLIPBOARD_FORMAT;
  readonly version: 1;
  /** The source lanes of the steps, in screen order. */
  readonly lanes: readonly Lane[];
  /** In map order. */
  readonly steps: readonly Step[];
}

/** Where a paste goes: the lane of the top-left copied step, and the column of the leftmost one. */
export interface PasteTarget {
  readonly laneId: string;
  readonly column: number;
}

const clipboardSchema = z
  .object({
    format: z.literal(CLIPBOARD_FORMAT),
    version: z.literal(1),
    lanes: z.array(laneSchema),
    steps: z.array(stepSchema),
  })
  .refine((clip) => new Set(clip.lanes.map((lane) => lane.id)).size === clip.lanes.length, 'lane ids repeat')
  .refine((clip) => {
    const laneIds = new Set(clip.lanes.map((lane) => lane.id));
    return clip.steps.every((step) => laneIds.has(step.laneId));
  }, 'a step names a lane the clipboard does not carry');

/** The steps as clipboard content, with their lanes; ids that name no step are ignored. */
export function copySteps(map: JourneyMap, stepIds: readonly string[]): ClipboardSteps {
  const ids = new Set(stepIds);
  const steps = map.steps.filter((step) => ids.has(step.id));
  const laneIds = new Set(steps.map((step) => step.laneId));
  return { format: CLIPBOARD_FORMAT, version: 1, lanes: inScreenOrder(map.lanes).filter((lane) => laneIds.has(lane.id)), steps };
}

/** What clipboard text holds: copied steps, more steps than a map may hold (with how many), or something else. */
export type ClipboardContent =
  | { readonly kind: 'steps'; readonly clip: ClipboardSteps }
  | { readonly kind: 'tooMany'; readonly count: number }
  | { readonly kind: 'other' };

/**
 * Reads clipboard text. Copied steps come back with every field they carry; anything else (other
 * text, another app's JSON, a newer clipboard version, steps in lanes it does not carry, fields
 * nested past reason) is `other`; more steps than a map may hold are said as such, before any of
 * them is checked. Never throws: the clipboard holds whatever the person copied last.
 */
export function readClipboard(text: string): ClipboardContent {
  if (typeof text !== 'string') return { kind: 'other' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'other' };
  }
  if (tooDeep(json, MAP_LIMITS.unknownNesting)) return { kind: 'other' };
  const steps = (json as { steps?: unknown } | null)?.steps;
  if ((json as { format?: unknown } | null)?.format === CLIPBOARD_FORMAT && Array.isArray(steps) && steps.length > MAP_LIMITS.steps) return { kind: 'tooMany', count: steps.length };
  const checked = clipboardSchema.safeParse(guardProtoKeys(json));
  return checked.success ? { kind: 'steps', clip: restoreProtoKeys(checked.data as ClipboardSteps) } : { kind: 'other' };
}

/** Copied steps read back from clipboard text, or null for anything else (see `readClipboard`). */
export function readClipboardSteps(text: string): ClipboardSteps | null {
  const content = readClipboard(text);
  return content.kind === 'steps' ? content.clip : null;
}

/**
 * Pastes copied steps with fresh ids, keeping their layout: the top-left step's lane lands on
 * `laneId`, the leftmost column on `column`. Each other lane of the clip goes to the first lane of
 * the map, not yet taken by another, that is
 * 1. the same lane (same id and kind: a paste into the map it was copied from),
 * 2. else a lane with the same title and kind,
 * 3. else the lane at the same place among the lanes of its kind: counted from `laneId` for lanes
 *    of the target lane's kind, from the top of its group for others,
 * 4. else a new lane, with the clip lane's title, kind and fields.
 * With no lane `laneId` in the map (say, an empty map), the top-left step's lane is found the same
 * way. The journey insert rule applies where the steps land on others.
 */
export function pasteSteps(map: JourneyMap, clip: ClipboardSteps, { laneId, column }: PasteTarget): { map: JourneyMap; stepIds: string[] } {
  const clipLanes = inScreenOrder(clip.lanes);
  const carried = new Set(clipLanes.map((lane) => lane.id));
  const steps = clip.steps
    .filter((step) => carried.has(step.laneId))
    .map((step) => ({ ...step, column: toColumn(step.column) ?? 0, span: toSpan(step.span) ?? 1 }));
  if (steps.length === 0) return { map, stepIds: [] };
  const usedLanes = clipLanes.filter((lane) => steps.some((step) => step.laneId === lane.id));

  const screen = inScreenOrder(map.lanes);
  const target = screen.find((lane) => lane.id === laneId);
  const anchor = usedLanes[0]!;
  const claimed = new Set<string>();
  const laneFor = new Map<string, string>();
  if (target) {
    laneFor.set(anchor.id, target.id);
    claimed.add(target.id);
  }

  const freshLaneIds = newIds(map, 'lane', usedLanes.length);
  let lanes: readonly Lane[] = map.lanes;
  for (const clipLane of usedLanes) {
    if (laneFor.has(clipLane.id)) continue;
    const free = (lane: Lane | undefined): lane is Lane => lane !== undefined && lane.kind === clipLane.kind && !claimed.has(lane.id);
    const group = screen.filter((lane) => lane.kind === clipLane.kind);
    const clipGroup = usedLanes.filter((lane) => lane.kind === clipLane.kind);
    const place =
      target && target.kind === clipLane.kind && anchor.kind === clipLane.kind
        ? group.indexOf(target) + clipGroup.indexOf(clipLane) - clipGroup.indexOf(anchor)
        : clipGroup.indexOf(clipLane);
    let chosen =
      screen.find((lane) => lane.id === clipLane.id && free(lane)) ??
      screen.find((lane) => lane.title === clipLane.title && free(lane)) ??
      [group[place]].find(free);
    if (!chosen) {
      chosen = { ...withoutSource(clipLane), id: freshLaneIds.shift()! };
      lanes = withLaneAtEndOfKind(lanes, chosen);
    }
    claimed.add(chosen.id);
    laneFor.set(clipLane.id, chosen.id);
  }

  const firstColumn = leastOf(steps, (step) => step.column);
  const widest = greatestOf(steps, (step) => step.column) - firstColumn;
  const at = Math.min(toColumn(column) ?? 0, MAX_COLUMN - widest);
  const stepIds = newIds(map, 'step', steps.length);
  const pasted = steps.map((step, index): Step => ({ ...withoutSource(step), id: stepIds[index]!, laneId: laneFor.get(step.laneId)!, column: at + step.column - firstColumn }));
  return { map: makeRoomInJourneyLanes({ ...map, lanes, steps: [...map.steps, ...pasted] }, new Set(stepIds)), stepIds };
}
