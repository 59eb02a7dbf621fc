import type { JourneyMap } from '../model/journeyMap';
import { CURRENT_VERSION, JOURNEY_FORMAT } from './version';

// Known fields in a fixed order, then unknown fields sorted by name: the same map always gives
// the same bytes, so saved files diff cleanly and round-trip exactly.
const MAP_KEYS = ['id', 'title', 'stages', 'lanes', 'steps'] as const;
const LANE_KEYS = ['id', 'kind', 'title'] as const;
const STEP_KEYS = ['id', 'laneId', 'title', 'column', 'span'] as const;
const STAGE_KEYS = ['id', 'title', 'fromColumn', 'toColumn'] as const;
const SNAPSHOT_KEYS = ['id', 'name', 'createdAt', 'version', 'map'] as const;

function ordered(object: object, known: readonly string[], skip: readonly string[] = []): Record<string, unknown> {
  const source = object as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of known) if (source[key] !== undefined) result[key] = source[key];
  const rest = Object.keys(source)
    .filter((key) => !known.includes(key) && !skip.includes(key) && source[key] !== undefined)
    .sort();
  // Defined, not assigned: a field named __proto__ is kept as a field, not taken as the prototype.
  for (const key of rest) Object.defineProperty(result, key, { value: source[key], enumerable: true, writable: true, configurable: true });
  return result;
}

/** Writes a map as the text of a `.journey` file: stable key order, 2-space indent, final newline. */
export function serialise(map: JourneyMap): string {
  const body = mapBody(map);
  // Each snapshot says the version its map is written in, so a later version migrates it alone.
  if (map.snapshots) body.snapshots = map.snapshots.map((snapshot) => ordered({ ...snapshot, version: CURRENT_VERSION, map: mapBody(snapshot.map) }, SNAPSHOT_KEYS));
  const file = ordered({ ...map.envelopeExtras, format: JOURNEY_FORMAT, version: CURRENT_VERSION, map: body }, [
    'format',
    'version',
    'map',
  ]);
  return `${JSON.stringify(file, null, 2)}\n`;
}

function mapBody(map: JourneyMap): Record<string, unknown> {
  const body = ordered(map, MAP_KEYS, ['envelopeExtras', 'snapshots']);
  body.stages = map.stages.map((stage) => ordered(stage, STAGE_KEYS));
  body.lanes = map.lanes.map((lane) => ordered(lane, LANE_KEYS));
  body.steps = map.steps.map((step) => ordered(step, STEP_KEYS));
  return body;
}
