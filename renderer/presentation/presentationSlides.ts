import type { JourneyMap } from '../../shared/model/journeyMap';
import { slidesOf, type Slide } from '../../shared/presentation/slides';

const slidesByMap = new WeakMap<JourneyMap, readonly Slide[]>();

/** The slides of a map, worked out once per map object: nothing edits the map during a presentation. */
export function presentationSlides(map: JourneyMap): readonly Slide[] {
  let slides = slidesByMap.get(map);
  if (!slides) {
    slides = slidesOf(map);
    slidesByMap.set(map, slides);
  }
  return slides;
}
