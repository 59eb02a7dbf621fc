import type { JourneyMap } from '../model/journeyMap';

/** The kinds of object an editing operation creates, each with its own run of ids. */
export type IdPrefix = 'step' | 'lane' | 'stage' | 'persona' | 'opportunity' | 'note' | 'vote';

/**
 * A fresh id such as `step-17`: one more than the highest `step-N` in the map, so ids read in the
 * order things were made and never collide with any lane, stage, step, persona or opportunity (ids are unique map-wide).
 */
export function newId(map: JourneyMap, prefix: IdPrefix): string {
  return newIds(map, prefix, 1)[0]!;
}

/** `count` distinct fresh ids, numbered on from the highest `prefix-N` in the map. */
export function newIds(map: JourneyMap, prefix: IdPrefix, count: number): string[] {
  const used = new Set<string>([map.id]);
  for (const lane of map.lanes) used.add(lane.id);
  for (const stage of map.stages) used.add(stage.id);
  for (const step of map.steps) used.add(step.id);
  for (const persona of map.personas ?? []) used.add(persona.id);
  for (const opportunity of map.opportunities ?? []) used.add(opportunity.id);
  for (const note of map.notes ?? []) used.add(note.id);
  for (const vote of map.votes ?? []) used.add(vote.id);

  // BigInt: a file may hold `step-99999999999999999999`, past where a Number stays exact.
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let highest = 0n;
  for (const id of used) {
    const digits = pattern.exec(id)?.[1];
    if (digits !== undefined && BigInt(digits) > highest) highest = BigInt(digits);
  }

  const wanted = Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0;
  const ids: string[] = [];
  // Every number past the highest is free: an id spelling it would have been the highest.
  for (let next = highest + 1n; ids.length < wanted; next++) ids.push(`${prefix}-${next}`);
  return ids;
}
