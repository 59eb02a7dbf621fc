import { lastColumnOf, type JourneyMap } from '../../shared/model/journeyMap';
import type { Slide } from '../../shared/presentation/slides';
import { revealSteps } from '../canvas/revealSteps';
import { getHost } from '../host/host';
import { useDocumentStore } from '../store/documentStore';
import { isPresenting, usePresentationStore } from '../store/presentationStore';
import { movePresentation, type PresentationKey } from './presentationMoves';
import { presentationSlides } from './presentationSlides';

/**
 * Starts presenting the map from its overview, and asks the host for full screen. Refused (the
 * browser grants full screen only in answer to a key or a click), the presentation fills the window.
 */
export function startPresentation(): void {
  if (isPresenting()) return;
  usePresentationStore.setState({ presenting: { slide: 0, direction: 'none', blanked: false, typed: '', enteredFullScreen: false } });
  void getHost()['window:setFullScreen'](true).then((result) => {
    if (!result.ok) return;
    const { presenting } = usePresentationStore.getState();
    const entered = !result.value;
    // Left before full screen came: the window goes back as it was.
    if (!presenting) {
      if (entered) void getHost()['window:setFullScreen'](false);
      return;
    }
    if (entered) usePresentationStore.setState({ presenting: { ...presenting, enteredFullScreen: true } });
  });
}

/** Applies a key to the presentation on screen: Escape ends it, any other key moves or blanks it. */
export function pressPresentationKey(key: PresentationKey): void {
  const { presenting } = usePresentationStore.getState();
  if (!presenting) return;
  if (key.kind === 'leave') {
    leavePresentation();
    return;
  }
  const next = movePresentation(presenting, key, presentationSlides(useDocumentStore.getState().map).length);
  if (next !== presenting) usePresentationStore.setState({ presenting: next });
}

/**
 * Ends the presentation: the window leaves full screen if the presentation put it there, and the
 * editor shows the stage that was on screen. The selection and the map are as they were.
 */
export function leavePresentation(): void {
  const { presenting } = usePresentationStore.getState();
  if (!presenting) return;
  const map = useDocumentStore.getState().map;
  const shown = stepIdsOn(map, presentationSlides(map)[presenting.slide]);
  usePresentationStore.setState({ presenting: null });
  const windowBack = presenting.enteredFullScreen ? getHost()['window:setFullScreen'](false) : Promise.resolve();
  // Once the window has its size back and the editor is drawn again, the stage scrolls into view.
  void windowBack.then(() => requestAnimationFrame(() => shown.length > 0 && revealSteps(shown)));
}

/** The steps a slide of columns shows; none for the overview and the summary. */
function stepIdsOn(map: JourneyMap, slide: Slide | undefined): string[] {
  if (slide?.kind !== 'stage' || slide.columns.length === 0) return [];
  const first = slide.columns[0]!;
  const last = slide.columns[slide.columns.length - 1]!;
  return map.steps.filter((step) => step.column <= last && lastColumnOf(step) >= first).map((step) => step.id);
}
