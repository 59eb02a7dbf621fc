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
 * The most an attached map may inflate to. The file's own cap (256 MB, electron/services/mapFileLimit.ts)
 * bounds what is read from disk, but a compressed attachment of a few hundred kilobytes can
 * inflate to hundreds of megabytes: inflating stops here. A 10,000-step map is 1.6 MB.
 */
export const MAX_MAP_IN_PDF_BYTES = 32 * 1024 * 1024;

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
 * with a plain message for a map past `MAX_MAP_IN_PDF_BYTES`.
 */
export async function embedMapInPdf(pdf: Uint8Array, journeyText: string, map: JourneyMap, now: Date = new Date()): Promise<Uint8Array> {
  const journeyBytes = new TextEncoder().encode(journeyText);
  // A PDF that could not give its map back would break the promise that it carries it.
  if (journeyBytes.length > MAX_MAP_IN_PDF_BYTES) {
    throw new Error(`The map is larger than ${MAX_MAP_IN_PDF_BYTES / 1024 / 1024} MB, more than Outside-In reads back from a PDF, so no PDF was written: keep its .journey file.`);
  }
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
  return document.save();
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
        const limit = `${MAX_MAP_IN_PDF_BYTES / 1024 / 1024} MB`;
        return { ok: false, message: `The map inside the PDF (“${shortened(tagged.name)}”) is larger than ${limit}, the most Outside-In reads from a PDF; the PDF may be damaged.` };
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

/** What `decodeText` answers for an attachment that inflates past `MAX_MAP_IN_PDF_BYTES`. */
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
    let size = 0;
    for (let chunk = stream.getBytes(CHUNK_BYTES); chunk.length > 0; chunk = stream.getBytes(CHUNK_BYTES)) {
      size += chunk.length;
      if (size > MAX_MAP_IN_PDF_BYTES) return TOO_LARGE;
    }
    // Everything is inflated by now: decode() hands over what was read, without inflating again.
    return new TextDecoder('utf-8', { fatal: true }).decode(stream.decode());
  } catch {
    return null;
  }
}
