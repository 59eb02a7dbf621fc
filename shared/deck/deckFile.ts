import type PptxGenJS from 'pptxgenjs';
import { analyseCoverage } from '../analysis/coverage';
import type { JourneyMap } from '../model/journeyMap';
import { deckOf, type DeckCompare } from './deckOf';
import { writeDeck } from './writeDeck';

/** The PowerPoint file's media type. */
export const PPTX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * The deck of a map in a pptxgenjs presentation, ready to be written. `Presentation` is pptxgenjs's
 * class, which the caller loads and writes with: pptxgenjs compresses only what it streams as a
 * Node Buffer (its `write()` drops the option), so the command line streams and the page writes
 * bytes, stored rather than compressed. From the compare view, `compare` holds the map before, for What changed.
 */
export function deckPresentation(map: JourneyMap, isoDate: string, Presentation: new () => PptxGenJS, compare?: DeckCompare): PptxGenJS {
  const pptx = new Presentation();
  writeDeck(deckOf(map, analyseCoverage(map), isoDate, compare), pptx);
  return pptx;
}
