import { PDFDocument, PDFName, PDFNumber, PDFRef, StandardFonts } from 'pdf-lib';
import { parse } from '../../../shared/format/parse';
import { embedMapInPdf } from '../../../shared/format/pdfMap';

/** A one-page PDF with a line of text, standing in for a report's pages. */
export async function onePagePdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([842, 595]);
  page.drawText('Coverage summary of the report', { x: 48, y: 520, size: 14, font: await document.embedFont(StandardFonts.Helvetica) });
  return document.save();
}

/** A PDF as Outside-In exports it: a page, and the journey text attached as its map. */
export async function outsideInPdf(journey: string, now = new Date(Date.UTC(2026, 4, 3, 12))): Promise<Uint8Array> {
  const loaded = parse(journey);
  if (!loaded.ok) throw new Error(`not a map: ${loaded.problems[0]?.message}`);
  return embedMapInPdf(await onePagePdf(), journey, loaded.value, now);
}

/** A one-page PDF with a file attached that is no map. */
export async function pdfWithAttachment(name: string, content: string, mimeType?: string): Promise<Uint8Array> {
  const document = await PDFDocument.load(await onePagePdf());
  await document.attach(new TextEncoder().encode(content), name, mimeType ? { mimeType } : {});
  return document.save();
}

/**
 * An Outside-In PDF that another program touched, in ways pdf-lib reads past with a console
 * warning: a number too large for some readers, and an object numbered 0.
 */
export async function pdfThatMakesPdfLibWarn(journey: string): Promise<Uint8Array> {
  const document = await PDFDocument.load(await outsideInPdf(journey));
  document.catalog.set(PDFName.of('OtherProgram'), PDFNumber.of(1e20));
  document.context.assign(PDFRef.of(0), PDFNumber.of(0));
  return document.save({ useObjectStreams: false });
}
