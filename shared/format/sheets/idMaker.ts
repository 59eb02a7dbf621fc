/**
 * Ids for what a sheet names without one, never one a sheet gives: ids are unique across the whole
 * map, and a row further down may give "step-3" itself.
 */
export function idMaker(taken: Iterable<string>): (prefix: string) => string {
  const used = new Set(taken);
  const counters = new Map<string, number>();
  return (prefix) => {
    let next = counters.get(prefix) ?? 1;
    while (used.has(`${prefix}-${next}`)) next++;
    counters.set(prefix, next + 1);
    const id = `${prefix}-${next}`;
    used.add(id);
    return id;
  };
}
