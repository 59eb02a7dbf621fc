import type { JourneyMap } from '../model/journeyMap';
import { isPdf } from './isPdf';
import { parse, parseBytes } from './parse';
import type { PdfMapResult } from './pdfMap';
import type { Problem } from './problem';

/** A map read from a file's bytes, and where its journey text came from. */
export type LoadedMapBytes = {
  /** Whether the bytes were a PDF (an exported report carrying its map). */
  readonly fromPdf: boolean;
} & (
  | {
      readonly ok: true;
      readonly value: JourneyMap;
      /** The journey text the map was read from: the file itself, or the PDF's attachment. */
      readonly text: string;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] }
);

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
// shared/ is compiled without DOM or Node typings; every runtime it runs in has TextDecoder.
const { TextDecoder } = globalThis as unknown as { TextDecoder: new () => Utf8Decoder };

/**
 * Reads a map from a file's bytes: a `.journey` file, or a PDF exported by Outside-In, whose map is
 * taken from its attachment. pdf-lib is loaded only when the bytes are a PDF, so a page that never
 * opens one never downloads it. Never throws.
 */
export async function loadMapBytes(bytes: Uint8Array): Promise<LoadedMapBytes> {
  if (!isPdf(bytes)) {
    const loaded = parseBytes(bytes);
    return loaded.ok ? { ...loaded, fromPdf: false, text: new TextDecoder().decode(bytes) } : { ...loaded, fromPdf: false };
  }
  let extracted: PdfMapResult;
  try {
    const { extractMapFromPdf } = await import('./pdfMap');
    extracted = await extractMapFromPdf(bytes);
  } catch {
    // Only the import can throw here (a page whose chunk cannot be fetched any more).
    extracted = { ok: false, message: 'The PDF reader could not be loaded.' };
  }
  if (!extracted.ok) return { ok: false, problems: [{ path: '$', message: extracted.message }], fromPdf: true };
  const loaded = parse(extracted.text);
  if (loaded.ok) return { ...loaded, fromPdf: true, text: extracted.text };
  return {
    ok: false,
    problems: loaded.problems.map((problem) => ({ ...problem, message: `The map inside the PDF cannot be read: ${problem.message}` })),
    fromPdf: true,
  };
}
