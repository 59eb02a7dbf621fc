import { JOURNEY_EXTENSION } from '../../host/fileName';
import { parseBytes } from '../parse';
import { hasExtension, type Importer } from './importer';

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
// shared/ is compiled without DOM or Node typings; every runtime it runs in has TextDecoder.
const { TextDecoder } = globalThis as unknown as { TextDecoder: new () => Utf8Decoder };

const EXTENSIONS = [JOURNEY_EXTENSION];
const BOM = [0xef, 0xbb, 0xbf];
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Whether the bytes begin like a JSON object: `{` after an optional byte-order mark and whitespace. */
function startsLikeJsonObject(bytes: Uint8Array): boolean {
  let index = BOM.every((byte, at) => bytes[at] === byte) ? BOM.length : 0;
  while (index < bytes.length && WHITESPACE.has(bytes[index]!)) index++;
  return bytes[index] === 0x7b;
}

/**
 * Outside-In's own file, `.journey` (UTF-8 JSON, README, The .journey file). Recognised by its
 * content first, so a map saved under another name still opens; a `.journey` file that is not JSON
 * is still read as one, so its problems are told in the format's words.
 */
export const journeyImporter: Importer = {
  id: 'journey',
  name: 'Outside-In map',
  extensions: EXTENSIONS,
  mediaTypes: ['application/json'],
  fileAssociation: true,
  savesInPlace: true,
  sniff: (bytes, name) => (startsLikeJsonObject(bytes) ? 'content' : hasExtension(name, EXTENSIONS) ? 'name' : 'no'),
  async read(bytes) {
    const loaded = parseBytes(bytes);
    return loaded.ok ? { ok: true, map: loaded.value, journeyText: new TextDecoder().decode(bytes) } : loaded;
  },
  // The map keeps the name of its own file.
  suggestName: (fileName) => fileName,
};
