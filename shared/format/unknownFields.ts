import type { Problem } from './problem';
import { jsonPath } from './problem';

/** Stands in for a field named `__proto__` while the schema reads a file (see `guardProtoKeys`). */
const PROTO_STAND_IN = '\u0000__proto__';

/**
 * The first place where the file's JSON nests deeper than `limit` objects and lists, or null. A
 * walk of its own (no recursion), so a file nested a hundred thousand levels deep is answered
 * rather than overflowing the stack; whatever loads must also save, and saving recurses.
 */
export function tooDeep(json: unknown, limit: number): Problem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > limit) {
      return { path: jsonPath(path.slice(0, limit + 1)), message: `The file nests fields deeper than ${limit} levels here; a map nests much less. The file may be damaged or not made for Outside-In.` };
    }
    for (const [key, inner] of Object.entries(value)) if (inner !== null && typeof inner === 'object') stack.push({ value: inner, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return null;
}

/**
 * Renames every field called `__proto__` (a name JSON allows, and a newer version or another tool
 * might write) to a stand-in before the schema copies the objects: a plain copy would set the
 * object's prototype instead of keeping the field. `restoreProtoKeys` puts the name back once the
 * map is read. Both walk without recursion; the file's nesting is bounded before they run.
 */
export function guardProtoKeys(json: unknown): unknown {
  return renameKeys(json, '__proto__', PROTO_STAND_IN);
}

/** Gives the fields renamed by `guardProtoKeys` their name back, as own fields of their objects. */
export function restoreProtoKeys<T>(value: T): T {
  return renameKeys(value, PROTO_STAND_IN, '__proto__') as T;
}

function renameKeys(root: unknown, from: string, to: string): unknown {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(record, from) && !Object.isFrozen(record)) {
      // Every field is set again in its order, so the renamed one keeps its place and a map
      // saves again to the same bytes.
      const entries = Object.entries(record);
      for (const [key] of entries) delete record[key];
      for (const [key, inner] of entries) Object.defineProperty(record, key === from ? to : key, { value: inner, enumerable: true, writable: true, configurable: true });
    }
    for (const inner of Object.values(record)) if (inner !== null && typeof inner === 'object') stack.push(inner);
  }
  return root;
}
