import type { JourneyMap } from '../model/journeyMap';
import { isPdf } from './isPdf';
import { parse, parseBytes } from './parse';
import type { LoadResult } from './problem';

/** A map read from a file's bytes, and where its journey text came from. */
export type LoadedMapBytes = LoadResult<JourneyMap> & {
  /** Whether the bytes were a PDF (an exported report carrying its map). */
  readonly fromPdf: boolean;
  /** The journey text the map was read from (the PDF's attachment, or the file itself); null when there was none to read. */
  readonly text: string | null;
};

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
    return { ...loaded, fromPdf: false, text: loaded.ok ? new TextDecoder().decode(bytes) : null };
  }
  let extracted;
  try {
    const { extractMapFromPdf } = await import('./pdfMap');
    extracted = await extractMapFromPdf(bytes);
  } catch {
    // Only the import can throw here (a page whose chunk cannot be fetched any more).
    extracted = { ok: false as const, message: 'The PDF reader could not be loaded.' };
  }
  if (!extracted.ok) return { ok: false, problems: [{ path: '$', message: extracted.message }], fromPdf: true, text: null };
  const loaded = parse(extracted.text);
  if (loaded.ok) return { ...loaded, fromPdf: true, text: extracted.text };
  return {
    ok: false,
    problems: loaded.problems.map((problem) => ({ ...problem, message: `The map inside the PDF cannot be read: ${problem.message}` })),
    fromPdf: true,
    text: null,
  };
}
