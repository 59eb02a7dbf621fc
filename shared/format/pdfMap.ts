import { MAP_LIMITS } from '../model/limits';
import { AFRelationship, decodePDFRawStream, EncryptedPDFError, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { suggestedFileName } from '../host/fileName';
import { shortened } from '../words/shortened';
import type { JourneyMap } from '../model/journeyMap';
import { pdfInfo } from '../report/pdfInfo';
import { isPdf } from './isPdf';
import { parse } from './parse';
import { withoutPdfLibWarnings } from './quietPdfLib';

// A report carries the map it was made from, as drawio-desktop's PDFs carry their diagram: the
// .journey text rides along as a file attachment, so the PDF sent to a client board opens again
// as the editable map.

/** The media type an Outside-In map is attached under. */
export const JOURNEY_MEDIA_TYPE = 'application/vnd.outside-in.journey+json';

/**
 * What an attached map may always inflate to. A 10,000-step map is 1.6 MB; past this, an attachment
 * may inflate at most INFLATION_RATIO times its compressed size (and never past the file's own
 * cap, MAX_MAP_IN_PDF_FILE): a map compresses some tens of times, while a compressed attachment
 * of a few hundred kilobytes that inflates to hundreds of megabytes is refused after a few chunks.
 */
export const MAX_MAP_IN_PDF_BYTES = 32 * 1024 * 1024;
/** How many times its compressed size a large attachment may inflate to. */
export const INFLATION_RATIO = 200;
/** The most any attached map may be: what Outside-In reads of a .journey file. */
export const MAX_MAP_IN_PDF_FILE = MAP_LIMITS.fileBytes;

/** How large an attachment of `compressed` bytes may inflate. */
export function inflationLimit(compressed: number): number {
  return Math.min(MAX_MAP_IN_PDF_FILE, Math.max(MAX_MAP_IN_PDF_BYTES, INFLATION_RATIO * compressed));
}

const PRODUCER = 'Outside-In (pdf-lib)';

interface Utf8 {
  encode(text: string): Uint8Array;
}
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
// shared/ is compiled without DOM or Node typings; every runtime it runs in has these.
const { TextEncoder, TextDecoder } = globalThis as unknown as {
  TextEncoder: new () => Utf8;
  TextDecoder: new (label: string, options: { fatal: boolean }) => Utf8Decoder;
};

/**
 * The PDF with the map's document properties set and the journey text attached as a file (named
 * like the map's file, "Home insurance claim.journey"). Pages are carried over as they are. Throws
 * with a plain message for a map the PDF could not give back (see `inflationLimit`).
 */
export async function embedMapInPdf(pdf: Uint8Array, journeyText: string, map: JourneyMap, now: Date = new Date()): Promise<Uint8Array> {
  const journeyBytes = new TextEncoder().encode(journeyText);
  // A PDF that could not give its map back would break the promise that it carries it.
  const refuse = (): never => {
    throw new Error(`The map is too large for Outside-In to read back from a PDF, so no PDF was written: keep its .journey file.`);
  };
  if (journeyBytes.length > MAX_MAP_IN_PDF_FILE) refuse();
  const document = await withoutPdfLibWarnings(() => PDFDocument.load(pdf, { updateMetadata: false }));
  const info = pdfInfo(map);
  document.setTitle(info.title, { showInWindowTitleBar: true });
  document.setAuthor(info.author);
  document.setSubject(info.subject);
  // pdf-lib joins keywords with spaces, which runs "Claims handling" into its neighbours; commas keep each whole.
  document.setKeywords([info.keywords.join(', ')]);
  document.setCreator('Outside-In');
  document.setProducer(PRODUCER);
  document.setModificationDate(now);
  await document.attach(journeyBytes, suggestedFileName(map.title), {
    mimeType: JOURNEY_MEDIA_TYPE,
    description: 'The Outside-In map this report was made from. Open this PDF in Outside-In to edit the map.',
    creationDate: now,
    modificationDate: now,
    afRelationship: AFRelationship.Source,
  });
  const saved = await document.save();
  // A very large map that compresses unusually well might exceed what reading allows: check it does not.
  if (journeyBytes.length > MAX_MAP_IN_PDF_BYTES && !(await extractMapFromPdf(saved)).ok) refuse();
  return saved;
}

/** The map a PDF carries: its journey text and attachment name, or why there is none. */
export type PdfMapResult = { readonly ok: true; readonly text: string; readonly name: string } | { readonly ok: false; readonly message: string };

/** An attached file as found in the PDF's name tree. */
interface Attachment {
  readonly name: string;
  readonly mediaType: string | null;
  readonly stream: PDFRawStream;
}

/** The message for a PDF that holds no Outside-In map. */
export const NO_MAP_IN_PDF = 'This PDF carries no map: only PDFs exported by Outside-In can be opened.';

/**
 * Takes the map out of a PDF exported by Outside-In: the attachment of the map's media type or
 * with a .journey name, else the first attachment whose text is a map. Never throws.
 */
export async function extractMapFromPdf(pdf: Uint8Array): Promise<PdfMapResult> {
  if (!isPdf(pdf)) return { ok: false, message: 'The file is not a PDF.' };
  let document: PDFDocument;
  try {
    // Strict: a damaged object is reported, rather than skipped with a warning on the console.
    document = await withoutPdfLibWarnings(() => PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: true }));
  } catch (error) {
    return { ok: false, message: `The PDF could not be read: ${readingFailure(error)}` };
  }
  try {
    const attachments = attachmentsOf(document);
    const tagged = attachments.find((file) => file.mediaType === JOURNEY_MEDIA_TYPE || /\.journey$/i.test(file.name));
    if (tagged) {
      const text = decodeText(tagged.stream);
      if (text === TOO_LARGE) {
        return { ok: false, message: `The map inside the PDF (“${shortened(tagged.name)}”) inflates to more than Outside-In reads from a PDF; the PDF may be damaged.` };
      }
      if (text === null) return { ok: false, message: `The map inside the PDF (“${shortened(tagged.name)}”) is not UTF-8 text; the PDF may be damaged.` };
      return { ok: true, text, name: tagged.name };
    }
    for (const file of attachments) {
      const text = decodeText(file.stream);
      if (typeof text === 'string' && parse(text).ok) return { ok: true, text, name: file.name };
    }
    return { ok: false, message: NO_MAP_IN_PDF };
  } catch (error) {
    return { ok: false, message: `The PDF could not be read: ${readingFailure(error)}` };
  }
}

// pdf-lib's own messages speak of parser internals ("Trying to parse invalid object: {…}"); a
// person is told what they can act on.
const readingFailure = (error: unknown): string => (error instanceof EncryptedPDFError ? 'it is encrypted.' : 'it is damaged or incomplete.');

/** How deep a name tree may nest before it is taken for a loop in a damaged file. */
const MAX_TREE_DEPTH = 32;

/** Every file attached through the catalog's /Names /EmbeddedFiles name tree, in tree order. */
function attachmentsOf(document: PDFDocument): Attachment[] {
  const context = document.context;
  const lookup = (object: PDFObject | undefined): PDFObject | undefined => (object instanceof PDFRef ? context.lookup(object) : object);
  const names = lookup(document.catalog.get(PDFName.of('Names')));
  if (!(names instanceof PDFDict)) return [];
  const found: Attachment[] = [];
  const visited = new Set<PDFObject>();

  const walk = (node: PDFObject | undefined, depth: number): void => {
    const dict = lookup(node);
    if (!(dict instanceof PDFDict) || visited.has(dict) || depth > MAX_TREE_DEPTH) return;
    visited.add(dict);
    const pairs = lookup(dict.get(PDFName.of('Names')));
    if (pairs instanceof PDFArray) {
      for (let index = 0; index + 1 < pairs.size(); index += 2) {
        const attachment = attachmentOf(lookup(pairs.get(index)), lookup(pairs.get(index + 1)), lookup);
        if (attachment) found.push(attachment);
      }
    }
    const kids = lookup(dict.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (let index = 0; index < kids.size(); index++) walk(kids.get(index), depth + 1);
  };
  walk(names.get(PDFName.of('EmbeddedFiles')), 0);
  return found;
}

const textOf = (object: PDFObject | undefined): string | null => (object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : null);

/** The attached file a name-tree entry (its key and file specification) stands for, if it holds a stream. */
function attachmentOf(key: PDFObject | undefined, spec: PDFObject | undefined, lookup: (object: PDFObject | undefined) => PDFObject | undefined): Attachment | null {
  if (!(spec instanceof PDFDict)) return null;
  const files = lookup(spec.get(PDFName.of('EF')));
  if (!(files instanceof PDFDict)) return null;
  const stream = lookup(files.get(PDFName.of('UF'))) ?? lookup(files.get(PDFName.of('F')));
  if (!(stream instanceof PDFRawStream)) return null;
  const subtype = stream.dict.get(PDFName.of('Subtype'));
  return {
    name: textOf(lookup(spec.get(PDFName.of('UF')))) ?? textOf(lookup(spec.get(PDFName.of('F')))) ?? textOf(key) ?? '',
    mediaType: subtype instanceof PDFName ? subtype.decodeText() : null,
    stream,
  };
}

/** What `decodeText` answers for an attachment that inflates past its `inflationLimit`. */
const TOO_LARGE = Symbol('too large');

/** How much is inflated at a time, so that inflating stops soon after the limit. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * An attachment's content as UTF-8 text; null when it is not UTF-8 (or its stream cannot be
 * decoded); TOO_LARGE when it inflates past the limit, found out by inflating a chunk at a time.
 */
function decodeText(raw: PDFRawStream): string | null | typeof TOO_LARGE {
  try {
    const stream = decodePDFRawStream(raw);
    const limit = inflationLimit(raw.getContentsSize());
    let size = 0;
    for (let chunk = stream.getBytes(CHUNK_BYTES); chunk.length > 0; chunk = stream.getBytes(CHUNK_BYTES)) {
      size += chunk.length;
      if (size > limit) return TOO_LARGE;
    }
    // Everything is inflated by now: decode() hands over what was read, without inflating again.
    return new TextDecoder('utf-8', { fatal: true }).decode(stream.decode());
  } catch {
    return null;
  }
}
