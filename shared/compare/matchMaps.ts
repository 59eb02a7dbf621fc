import type { JourneyMap, Lane, Step } from '../model/journeyMap';

/** Which element of the map before is which of the map after, both ways; unmatched ones are absent. */
export interface Matching {
  /** Before id → after id. */
  readonly afterOf: ReadonlyMap<string, string>;
  /** After id → before id. */
  readonly beforeOf: ReadonlyMap<string, string>;
}

/** How the lanes and steps of two maps correspond. */
export interface MapMatch {
  readonly lanes: Matching;
  readonly steps: Matching;
}

const normalTitle = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Pairs the items of two lists one to one, rule by rule: each rule's key pairs what the earlier
 * rules left; within one key, items pair in list order. A key of null takes no part in that rule.
 */
function pairUp<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
  keys: readonly ((item: T, side: 'before' | 'after') => string | null)[],
  earlier: Matching = { afterOf: new Map(), beforeOf: new Map() },
): Matching {
  const afterOf = new Map(earlier.afterOf);
  const beforeOf = new Map(earlier.beforeOf);
  for (const key of keys) {
    const waiting = new Map<string, T[]>();
    for (const item of after) {
      if (beforeOf.has(item.id)) continue;
      const k = key(item, 'after');
      if (k === null) continue;
      const list = waiting.get(k);
      if (list) list.push(item);
      else waiting.set(k, [item]);
    }
    const taken = new Map<string, number>();
    for (const item of before) {
      if (afterOf.has(item.id)) continue;
      const k = key(item, 'before');
      if (k === null) continue;
      const list = waiting.get(k);
      const next = taken.get(k) ?? 0;
      const partner = list?.[next];
      if (!partner) continue;
      taken.set(k, next + 1);
      afterOf.set(item.id, partner.id);
      beforeOf.set(partner.id, item.id);
    }
  }
  return { afterOf, beforeOf };
}

const sourceKey = (item: Lane | Step): string | null => (item.source ? `${item.source.kind}\u0000${item.source.id}` : null);

/**
 * Matches two maps (issue 18): lanes, then steps, each first by id, then by the source of an
 * import (`source.id`, so a re-imported process matches even under new ids), then lanes by kind
 * and title and steps by their (matched) lane and title. Titles compare without case and extra
 * spaces. Steps of one title in one lane pair in column order. Linear in the size of the maps.
 */
export function matchMaps(before: JourneyMap, after: JourneyMap): MapMatch {
  const lanes = pairUp<Lane>(before.lanes, after.lanes, [
    (lane) => lane.id,
    sourceKey,
    (lane) => `${lane.kind}\u0000${normalTitle(lane.title)}`,
  ]);
  const byId = pairUp<Step>(before.steps, after.steps, [(step) => step.id, sourceKey]);
  // Only the steps left over pair by title, in column order; most steps of two versions of one map keep their ids.
  const left = (steps: readonly Step[], matched: ReadonlyMap<string, string>): Step[] => steps.filter((step) => !matched.has(step.id)).sort((a, b) => a.column - b.column);
  const steps = pairUp<Step>(
    left(before.steps, byId.afterOf),
    left(after.steps, byId.beforeOf),
    [
      (step, side) => {
        const laneId = side === 'before' ? lanes.afterOf.get(step.laneId) : step.laneId;
        return laneId === undefined ? null : `${laneId}\u0000${normalTitle(step.title)}`;
      },
    ],
    byId,
  );
  return { lanes, steps };
}
