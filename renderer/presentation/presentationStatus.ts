import type { SlideKind } from '../../shared/presentation/slides';
import { useDocumentStore } from '../store/documentStore';
import { usePresentationStore } from '../store/presentationStore';
import { presentationSlides } from './presentationSlides';

/** Where a presentation is, for the automation API. */
export interface PresentationStatus {
  readonly active: boolean;
  /** The slide on screen, counted from 1; when not presenting, the slide a presentation starts on (1). */
  readonly slide: number;
  readonly slides: number;
  readonly kind: SlideKind;
  /** The stage of a stage's slide; absent on the overview, the summary and a group of columns of a map without stages. */
  readonly stageId?: string;
  readonly blanked: boolean;
}

/** The presentation as it is now. */
export function presentationStatus(): PresentationStatus {
  const { presenting } = usePresentationStore.getState();
  const slides = presentationSlides(useDocumentStore.getState().map);
  const index = Math.min(presenting?.slide ?? 0, slides.length - 1);
  const slide = slides[index]!;
  return {
    active: presenting !== null,
    slide: index + 1,
    slides: slides.length,
    kind: slide.kind,
    ...(slide.kind === 'stage' && slide.stageId !== null ? { stageId: slide.stageId } : {}),
    blanked: presenting?.blanked ?? false,
  };
}
