import { limitWords } from '../../model/limits';
import { shortened } from '../../words/shortened';

// The bytes of a BPMN file made into the text the XML reader takes: checked against the import's
// limits, decoded as the file declares (ISO-8859-1 and Windows-1252 exports are common), and never
// with an XML entity in it (the reader would leave them as written; a file that declares one is
// refused rather than imported with names half unreadable).

/** The largest BPMN file imported: a real export of a large landscape is a few megabytes. */
export const MAX_BPMN_BYTES = 20 * 1024 * 1024;
/** The most elements (anything with an id) a BPMN file may hold, so a file can never freeze a worker for long. */
export const MAX_BPMN_ELEMENTS = 20_000;

interface TextDecoding {
  decode(bytes: Uint8Array): string;
}
// shared/ is compiled without DOM or Node typings; every runtime it runs in has TextDecoder.
const { TextDecoder } = globalThis as unknown as { TextDecoder: new (label: string, options?: { fatal: boolean }) => TextDecoding };

// The labels browsers read as Windows-1252 (WHATWG Encoding), ISO-8859-1 among them. Node's own
// decoder reads them as ISO-8859-1 and loses the dashes and quotes of 0x80–0x9F, so they are
// decoded here, the same in the app and on the command line.
const WINDOWS_1252_LABELS = new Set(['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 text: every byte one character, 0x80–0x9F by the code page's table. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)));
  }
  return text;
}

/** The text of a BPMN file, or why it cannot be read. */
export type BpmnText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, at) => bytes[at] === byte);

/** The encoding the file's first bytes declare (`<?xml … encoding="…"?>`), lower case; UTF-8 when none. */
export function declaredEncoding(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const declaration = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return declaration ? declaration[1]!.toLowerCase() : 'utf-8';
}

/** The file's text, decoded as it declares, or why it cannot be used. */
export function bpmnText(bytes: Uint8Array): BpmnText {
  if (bytes.length > MAX_BPMN_BYTES) {
    return { ok: false, message: `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; Outside-In imports BPMN files of up to ${MAX_BPMN_BYTES / 1024 / 1024} MB.` };
  }
  const encoding = declaredEncoding(bytes);
  return checked(WINDOWS_1252_LABELS.has(encoding) ? { ok: true, text: decodeWindows1252(bytes) } : decoded(bytes, encoding));
}

/** The bytes decoded as the encoding says, or why they cannot be. */
function decoded(bytes: Uint8Array, encoding: string): BpmnText {
  let decoder: TextDecoding;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return { ok: false, message: `The file is written in the “${shortened(encoding, 40)}” encoding, which Outside-In does not read; save it as UTF-8.` };
  }
  try {
    return { ok: true, text: decoder.decode(encoding === 'utf-8' && startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes) };
  } catch {
    return { ok: false, message: `The file says it is written in ${encoding.toUpperCase()} but holds bytes that are not; it may be damaged.` };
  }
}

/** The decoded text, unless it declares an entity or holds more elements than an import takes. */
function checked(read: BpmnText): BpmnText {
  if (!read.ok) return read;
  const { text } = read;
  const entity = /<!ENTITY\s+%?\s*([^\s>]*)/.exec(text);
  if (entity) {
    return { ok: false, message: `The file declares the XML entity “${shortened(entity[1] ?? '', 40)}”. Outside-In never expands or fetches entities; export the model again without them.` };
  }
  const elements = countElements(text);
  if (elements > MAX_BPMN_ELEMENTS) {
    return { ok: false, message: `The file holds ${limitWords(elements)} elements; Outside-In imports BPMN files of up to ${limitWords(MAX_BPMN_ELEMENTS)}.` };
  }
  // The text is decoded now, so the declaration must no longer send the reader to another
  // encoding; a document type without entities says nothing the import needs, and the reader
  // takes it for content. Both are blanked to spaces, so line numbers stay those of the file.
  const withoutEncoding = text.replace(/^(\s*<\?xml[^>]*?\s)encoding\s*=\s*["'][^"']*["']/, (_, before: string) => `${before}encoding="UTF-8"`);
  return { ok: true, text: withoutEncoding.replace(/<!DOCTYPE[^>[]*(\[[^\]]*\])?\s*>/, (declaration) => declaration.replace(/[^\n]/g, ' ')) };
}

/** How many elements carry an id: tasks, events, flows, lanes, shapes… the things a model is made of. */
function countElements(text: string): number {
  let count = 0;
  const id = /\sid\s*=\s*["']/g;
  while (id.exec(text) !== null) count++;
  return count;
}
