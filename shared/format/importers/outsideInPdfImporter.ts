import { journeyNameOf } from '../../host/fileName';
import { isPdf } from '../isPdf';
import { parse } from '../parse';
import type { PdfMapResult } from '../pdfMap';
import { hasExtension, type Importer } from './importer';

const EXTENSIONS = ['.pdf'];

/**
 * A report exported by Outside-In: the map rides inside it as an attachment (shared/format/pdfMap.ts).
 * pdf-lib is loaded only when a PDF is read, so a page that never opens one never downloads it.
 * Not a file association: only PDFs made by Outside-In carry a map.
 */
export const outsideInPdfImporter: Importer = {
  id: 'outside-in-pdf',
  name: 'Outside-In PDF report',
  extensions: EXTENSIONS,
  mediaTypes: ['application/pdf'],
  fileAssociation: false,
  savesInPlace: false,
  sniff: (bytes, name) => (isPdf(bytes) ? 'content' : hasExtension(name, EXTENSIONS) ? 'name' : 'no'),
  async read(bytes) {
    let extracted: PdfMapResult;
    try {
      const { extractMapFromPdf } = await import('../pdfMap');
      extracted = await extractMapFromPdf(bytes);
    } catch {
      // Only the import can throw here (a page whose chunk cannot be fetched any more).
      extracted = { ok: false, message: 'The PDF reader could not be loaded.' };
    }
    if (!extracted.ok) return { ok: false, problems: [{ path: '$', message: extracted.message }] };
    const loaded = parse(extracted.text);
    if (loaded.ok) return { ok: true, map: loaded.value, journeyText: extracted.text };
    return {
      ok: false,
      problems: loaded.problems.map((problem) => ({ ...problem, message: `The map inside the PDF cannot be read: ${problem.message}` })),
    };
  },
  // Named like the PDF with `.journey`, so Save never offers to write over the report.
  suggestName: (fileName) => journeyNameOf(fileName, EXTENSIONS),
};
