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

/** The step's content as one comparable text: every field but its place, keys sorted at every depth. */
function contentOf(step: Step): string {
  const content = Object.fromEntries(Object.entries(step).filter(([key]) => !PLACE_FIELDS.has(key)));
  return JSON.stringify(content, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((name) => [name, record[name]]));
  });
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
    if (contentOf(earlier) !== contentOf(step)) changed.push(step.id);
  }
  const removed = before.steps.filter((step) => !match.steps.afterOf.has(step.id)).map((step) => step.id);
  return { added, removed, moved, changed };
}
