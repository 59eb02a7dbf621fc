import type { JourneyMap } from '../../shared/model/journeyMap';

/** The document a new window starts with: nothing yet, so the canvas shows how to begin. */
export function blankMap(): JourneyMap {
  return { id: `map-${Date.now().toString(36)}`, title: '', stages: [], lanes: [], steps: [] };
}
