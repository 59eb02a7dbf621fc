import type { JourneyMap } from '../../../shared/model/journeyMap';
import { deckPresentation } from '../../../shared/deck/deckFile';
import type { DeckCompare } from '../../../shared/deck/deckOf';

/** The PowerPoint deck of a map (with What changed when `compare` holds the map before) as the bytes of a compressed .pptx file; pptxgenjs loads on first use. */
export async function deckBytes(map: JourneyMap, isoDate: string, compare?: DeckCompare): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const streamed = await deckPresentation(map, isoDate, PptxGenJS, compare).stream({ compression: true });
  if (!(streamed instanceof Uint8Array)) throw new Error('The deck was not written as bytes.');
  return new Uint8Array(streamed.buffer, streamed.byteOffset, streamed.byteLength);
}
