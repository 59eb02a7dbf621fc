import { defaultStages } from '../../shared/edit/defaultStages';
import type { JourneyMap } from '../../shared/model/journeyMap';

/**
 * The document a new window starts with: no lane yet, so the canvas shows how to begin, and the
 * default stages already laid out for the lanes to come.
 */
export function blankMap(): JourneyMap {
  return { id: `map-${Date.now().toString(36)}`, title: '', stages: defaultStages(), lanes: [], steps: [] };
}
