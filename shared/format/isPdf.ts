// Kept apart from pdfMap.ts so that checking for a PDF does not pull pdf-lib into a bundle: the
// editor loads pdf-lib only once it holds a PDF.
const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Whether the bytes are a PDF: they begin with the `%PDF-` header. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, index) => bytes[index] === byte);
}
