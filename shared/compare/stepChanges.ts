import type { JourneyMap, Step } from '../model/journeyMap';
import type { MapMatch } from './matchMaps';

/** What happened to the steps between two maps: ids of the map after, but `removed` (of the map before). */
export interface StepChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** In another lane or another column. */
  readonly moved: readonly string[];
  /** Another title, width or detail (emotion, pain points, channels, data…). */
  readonly changed: readonly string[];
}

// Where a step is (moved) and who it is (matching) are not what it says (changed).
const PLACE_FIELDS = new Set(['id', 'laneId', 'column', 'source']);

/** A value as one comparable text, keys sorted at every depth, so the order fields were written in does not count. */
function stableText(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((name) => [name, record[name]]));
  });
}

/** Whether two steps say the same: every field but their place. Plain fields compare directly; only nested ones go through text. */
function sameContent(a: Step, b: Step): boolean {
  if (a === b) return true;
  const first = a as unknown as Record<string, unknown>;
  const second = b as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(first), ...Object.keys(second)])) {
    if (PLACE_FIELDS.has(key)) continue;
    const x = first[key];
    const y = second[key];
    if (x === y) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object' || stableText(x) !== stableText(y)) return false;
  }
  return true;
}

/** Added, removed, moved and changed steps, each list in its map's file order. */
export function stepChanges(before: JourneyMap, after: JourneyMap, match: MapMatch): StepChanges {
  const beforeSteps = new Map(before.steps.map((step) => [step.id, step]));
  const added: string[] = [];
  const moved: string[] = [];
  const changed: string[] = [];
  for (const step of after.steps) {
    const earlierId = match.steps.beforeOf.get(step.id);
    const earlier = earlierId === undefined ? undefined : beforeSteps.get(earlierId);
    if (!earlier) {
      added.push(step.id);
      continue;
    }
    if (match.lanes.afterOf.get(earlier.laneId) !== step.laneId || earlier.column !== step.column) moved.push(step.id);
    if (!sameContent(earlier, step)) changed.push(step.id);
  }
  const removed = before.steps.filter((step) => !match.steps.afterOf.has(step.id)).map((step) => step.id);
  return { added, removed, moved, changed };
}
