/**
 * Whether a value survives JSON as itself: what a field must be to be saved in a `.journey` file.
 * Guards the fields an editing operation sets from outside (the inspector's free-form fields), so a
 * BigInt, a function or a cycle never reaches `serialise`, which would throw on them or lose them.
 */
export function isJsonValue(value: unknown, ancestors: readonly object[] = []): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || ancestors.includes(value)) return false;
  const inside = [...ancestors, value];
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, inside));
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((item) => isJsonValue(item, inside));
}
