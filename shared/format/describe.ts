import { shortened } from '../words/shortened';
import { jsonPath, type Problem } from './problem';

// Turns validation findings into sentences a consultant can act on: which element, which field,
// what was found and what is expected, with the JSON path for whoever opens the file in an editor.

const ELEMENT_NAMES: Readonly<Record<string, string>> = { lanes: 'lane', steps: 'step', stages: 'stage' };

const FIELD_RULES: Readonly<Record<string, string>> = {
  id: 'must be a non-empty text',
  title: 'must be a text',
  kind: 'must be "journey", "process" or "context"',
  laneId: 'must be the id of a lane of this map',
  column: 'must be a whole number, 0 or more',
  span: 'must be a whole number, 1 or more',
  fromColumn: 'must be a whole number, 0 or more',
  toColumn: 'must be a whole number, 0 or more',
  lanes: 'must be a list of lanes',
  steps: 'must be a list of steps',
  stages: 'must be a list of stages',
};

/** Reads the value at `segments` inside `root`, or undefined where the path does not exist. */
export function valueAt(root: unknown, segments: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** A short, human rendering of a JSON value: `-1`, `"abc"`, `a list`, `nothing`; a long text is cut. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quoted(value, 40);
  return shortened(String(value), 40);
}

/** A text of the user's in quotes, at most `limit` characters of it: a message never repeats a megabyte of a file. */
export function quoted(text: string, limit = 60): string {
  return JSON.stringify(shortened(text, limit));
}

/**
 * Names the element a path inside `map` points into: `step "s4"`, `lane 2` (when it has no usable
 * id; counted from 1), or `the map`.
 */
export function elementName(map: unknown, segments: readonly (string | number)[]): string {
  const [collection, index] = segments;
  if (typeof collection === 'string' && typeof index === 'number' && ELEMENT_NAMES[collection]) {
    const kind = ELEMENT_NAMES[collection];
    const id = valueAt(map, [collection, index, 'id']);
    return typeof id === 'string' && id !== '' ? `${kind} ${quoted(id)}` : `${kind} ${index + 1}`;
  }
  return 'the map';
}

/**
 * A problem for a field inside the `map` object that does not obey its rule. `segments` are
 * relative to the map; the reported path is relative to the file.
 */
export function fieldProblem(map: unknown, segments: readonly (string | number)[], fallback: string, beyondLimit = false): Problem {
  const path = jsonPath(['map', ...segments]);
  const field = segments[segments.length - 1];
  const owner = elementName(map, segments);
  const found = valueAt(map, segments);
  // A bound of the format was crossed: the schema's own words name the limit.
  if (beyondLimit) {
    const what = typeof field === 'string' ? `The ${field} of ${owner}` : capitalise(owner);
    return { path, message: `${what} ${fallback} (found ${showValue(found)}).` };
  }
  if (typeof field === 'number') {
    const collection = segments[segments.length - 2];
    const kind = typeof collection === 'string' ? (ELEMENT_NAMES[collection] ?? 'entry') : 'entry';
    return { path, message: `${capitalise(owner)} must be an object with the fields of a ${kind} (found ${showValue(found)}).` };
  }
  const rule = typeof field === 'string' ? FIELD_RULES[field] : undefined;
  if (!rule || typeof field !== 'string') return { path, message: `${capitalise(owner)}: ${fallback}.` };
  if (found === undefined) return { path, message: `${capitalise(owner)} has no ${field}; it ${rule}.` };
  return { path, message: `The ${field} of ${owner} is ${showValue(found)}; it ${rule}.` };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
