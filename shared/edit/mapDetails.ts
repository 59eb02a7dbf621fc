import type { JourneyMap } from '../model/journeyMap';
import { putOptionalText } from './optionalText';

/** The map's own fields a person edits: its title, and the client and author the report's cover names. */
export interface MapDetailsPatch {
  readonly title?: string;
  readonly client?: string;
  readonly author?: string;
}

/**
 * Sets the map's title, client or author. A blank client or author removes the field, as every
 * optional text field does, so a file only carries what was filled in; an unchanged value returns
 * the same map (no undo step).
 */
export function updateMapDetails(map: JourneyMap, patch: MapDetailsPatch): JourneyMap {
  const next: Record<string, unknown> = { ...map };
  let changed = false;
  if (patch.title !== undefined && patch.title !== map.title) {
    next.title = patch.title;
    changed = true;
  }
  for (const key of ['client', 'author'] as const) {
    const value = patch[key];
    if (value !== undefined && putOptionalText(next, key, value)) changed = true;
  }
  return changed ? (next as unknown as JourneyMap) : map;
}
