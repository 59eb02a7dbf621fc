import { useEffect, useRef, type CSSProperties, type RefObject } from 'react';
import { SLIDE_FRAME, SLIDE_TEXT, SLIDE_TRANSITION_MS } from '../../shared/presentation/slideStyle';
import type { Slide } from '../../shared/presentation/slides';
import { slideHeading, slidePlace } from '../../shared/presentation/slideWords';
import { usePreferencesStore } from '../preferences/preferencesStore';
import { analysisOf } from '../store/analysisOf';
import { useDocumentStore } from '../store/documentStore';
import { usePresentationStore, type Presenting } from '../store/presentationStore';
import { TimerReadout } from '../timer/TimerReadout';
import { ColumnsSlide } from './ColumnsSlide';
import { OverviewSlide } from './OverviewSlide';
import { leavePresentation } from './presentationControl';
import { presentationSlides } from './presentationSlides';
import { SummarySlide } from './SummarySlide';
import { textOf, u } from './slideUnits';
import { usePresentationKeys } from './usePresentationKeys';
import './presentation.css';

/** The presentation, while one is on screen: over the whole window, the editor hidden and untouched beneath. */
export function Presentation() {
  const presenting = usePresentationStore((state) => state.presenting);
  return presenting ? <PresentationScreen presenting={presenting} /> : null;
}

function PresentationScreen({ presenting }: { readonly presenting: Presenting }) {
  const map = useDocumentStore((state) => state.map);
  const stage = usePreferencesStore((state) => state.preferences.presentationStage);
  const root = useRef<HTMLElement>(null);
  usePresentationKeys();
  useFocusWhilePresenting(root);
  useEndWithFullScreen();

  const analysis = analysisOf(map);
  const slides = presentationSlides(map);
  const index = Math.min(presenting.slide, slides.length - 1);
  const slide = slides[index]!;
  const heading = slideHeading(map, slide);
  // The slides either side by name; a part of a stage that takes several slides says which.
  const neighbour = (at: number): string | null => {
    const next = slides[at];
    if (next?.kind !== 'stage') return null;
    return next.parts > 1 ? `${slideHeading(map, next)} · part ${next.part}` : slideHeading(map, next);
  };
  const title = map.title.trim() || 'Untitled map';

  return (
    <section ref={root} className={`presentation presentation--${stage}`} style={FRAME_UNIT} tabIndex={-1} aria-label={`Presentation of ${title}`} aria-roledescription="presentation">
      <div className="presentation__frame" style={{ width: u(SLIDE_FRAME.width), height: u(SLIDE_FRAME.height) }}>
        <article
          key={index}
          className={`presentation__slide presentation__slide--${presenting.direction}`}
          style={{ animationDuration: `${SLIDE_TRANSITION_MS}ms` }}
          aria-roledescription="slide"
          aria-label={`Slide ${index + 1} of ${slides.length}: ${heading}`}
          data-kind={slide.kind}
        >
          {slide.kind === 'overview' && <OverviewSlide map={map} analysis={analysis} heading={heading} />}
          {slide.kind === 'stage' && <ColumnsSlide map={map} analysis={analysis} slide={slide} heading={heading} place={placeOf(slides, slide)} before={neighbour(index - 1)} after={neighbour(index + 1)} />}
          {slide.kind === 'summary' && <SummarySlide map={map} analysis={analysis} heading={heading} />}
        </article>
        <footer className="presentation__footer" style={textOf(SLIDE_TEXT.footer)}>
          <span className="presentation__title">{title}</span>
          <span className="presentation__count" aria-live="polite">
            {presenting.typed ? `Go to slide ${presenting.typed} ↵` : `${index + 1} / ${slides.length}`}
          </span>
          <span className="presentation__timer" style={textOf(SLIDE_TEXT.timer)}>
            <TimerReadout />
          </span>
        </footer>
      </div>
      {presenting.blanked && <div className="presentation__blank" aria-label="Screen blanked: press B to show the slide again" role="img" />}
    </section>
  );
}

/** One frame pixel in CSS pixels: the largest frame of the slides' shape the window holds. */
const FRAME_UNIT = { '--u': `min(calc(100vw / ${SLIDE_FRAME.width}), calc(100vh / ${SLIDE_FRAME.height}))` } as CSSProperties;

/** "Stage 2 of 3", counting the stages the slides show. */
function placeOf(slides: readonly Slide[], slide: Extract<Slide, { kind: 'stage' }>): string {
  const stages = [...new Set(slides.flatMap((candidate) => (candidate.kind === 'stage' ? [candidate.stageId] : [])))];
  return slidePlace(slide, stages.indexOf(slide.stageId) + 1, stages.length);
}

/** The presentation holds the focus while it is on screen; afterwards the focus goes back where it was. */
function useFocusWhilePresenting(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root.current?.focus({ preventScroll: true });
    return () => {
      const canvas = document.querySelector<HTMLElement>('.map-canvas');
      // Without scrolling: the editor scrolls to the stage that was on screen instead.
      (before?.isConnected && before !== document.body ? before : canvas)?.focus({ preventScroll: true });
    };
  }, [root]);
}

/**
 * The browser leaves full screen on its own when the person presses Escape, before the page hears
 * the key: a presentation that went full screen ends with it, as the person meant.
 */
function useEndWithFullScreen(): void {
  useEffect(() => {
    const onChange = (): void => {
      if (document.fullscreenElement === null && usePresentationStore.getState().presenting?.enteredFullScreen) leavePresentation();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
}
