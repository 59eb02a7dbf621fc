import type { JourneyMap } from '../model/journeyMap';

/** The map's own fields a person edits: its title, and the client and author the report's cover names. */
export interface MapDetailsPatch {
  readonly title?: string;
  readonly client?: string;
  readonly author?: string;
}

/**
 * Sets the map's title, client or author. An empty client or author removes the field, so a file
 * only carries what was filled in; an unchanged value returns the same map (no undo step).
 */
export function updateMapDetails(map: JourneyMap, patch: MapDetailsPatch): JourneyMap {
  let next: JourneyMap = map;
  if (patch.title !== undefined && patch.title !== map.title) next = { ...next, title: patch.title };
  for (const key of ['client', 'author'] as const) {
    const value = patch[key];
    if (value === undefined || value === (map[key] ?? '')) continue;
    if (value === '') {
      const { [key]: _removed, ...rest } = next;
      next = rest;
    } else next = { ...next, [key]: value };
  }
  return next;
}
