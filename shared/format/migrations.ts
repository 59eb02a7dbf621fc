import { CURRENT_VERSION } from './version';

/** A JSON object as read from a file, before validation. */
export type RawObject = Record<string, unknown>;

/** Turns the whole file object of version `from` into version `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly migrate: (file: RawObject) => RawObject;
}

const isObject = (value: unknown): value is RawObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Version 1 → 2: a lane names its persona only by `personaId`. Older versions wrote the persona as
 * free text on the lane (`persona`); each such text becomes a persona in `map.personas`, named by
 * the trimmed text, with a fresh id `persona-N` no other object of the map uses. Lanes with the
 * same text share one persona, and so does a text equal to the name of a persona the map already
 * has. A lane that already names a persona keeps it and its text is dropped: the app showed the
 * named persona over the text, and picking one replaced the text. Blank texts, and values that
 * are not text, are dropped too. Lanes of every kind migrate, since the text stayed with a lane
 * whose kind changed. Runs before validation, so anything not shaped as expected is left as it is
 * for the validator to report.
 */
function lanePersonasFromText(file: RawObject): RawObject {
  const map = file.map;
  if (!isObject(map) || !Array.isArray(map.lanes)) return file;
  const personas = map.personas === undefined ? [] : map.personas;
  if (!Array.isArray(personas)) return file;
  if (!map.lanes.some((lane) => isObject(lane) && Object.hasOwn(lane, 'persona'))) return file;

  const used = new Set<unknown>([map.id]);
  for (const list of [map.lanes, map.stages, map.steps, personas, map.opportunities]) {
    if (Array.isArray(list)) for (const item of list) if (isObject(item)) used.add(item.id);
  }
  const idOfName = new Map<string, string>();
  for (const persona of personas) {
    if (isObject(persona) && typeof persona.id === 'string' && typeof persona.name === 'string' && !idOfName.has(persona.name.trim())) {
      idOfName.set(persona.name.trim(), persona.id);
    }
  }
  const added: RawObject[] = [];
  let next = 1;
  const personaNamed = (name: string): string => {
    const known = idOfName.get(name);
    if (known !== undefined) return known;
    while (used.has(`persona-${next}`)) next++;
    const id = `persona-${next}`;
    used.add(id);
    idOfName.set(name, id);
    added.push({ id, name });
    return id;
  };

  const lanes = map.lanes.map((lane: unknown) => {
    if (!isObject(lane) || !Object.hasOwn(lane, 'persona')) return lane;
    const { persona: text, ...rest } = lane;
    const name = typeof text === 'string' ? text.trim() : '';
    if (rest.personaId !== undefined || name === '') return rest;
    return { ...rest, personaId: personaNamed(name) };
  });
  const migrated: RawObject = { ...map, lanes };
  if (added.length > 0) migrated.personas = [...personas, ...added];
  return { ...file, map: migrated };
}

/** Ordered, one step each; every version has a fixture file `tests/fixtures/format/v<N>.journey`. */
export const MIGRATIONS: readonly Migration[] = [{ from: 1, migrate: lanePersonasFromText }];

/**
 * Brings a file object from `fromVersion` up to `toVersion` by applying each migration in turn.
 * Throws when a step is missing: that is a programming error, not a user's bad file.
 */
export function migrate(
  file: RawObject,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  toVersion: number = CURRENT_VERSION,
): RawObject {
  let current = file;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from file-format version ${version} to ${version + 1}.`);
    current = { ...step.migrate(current), version: version + 1 };
  }
  return current;
}
