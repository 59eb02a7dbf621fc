import { journeyNameOf } from '../../host/fileName';
import { hasExtension, type Importer } from './importer';
import { readPrepared, readyImport, titleOfFile } from './readyImport';

const EXTENSIONS = ['.xlsx'];

/** Whether the first bytes are a zip archive holding an Excel workbook's `xl/` folder. */
function looksLikeXlsx(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  return String.fromCharCode(...bytes.subarray(0, 4096)).includes('xl/');
}

/** An Excel workbook (README, Spreadsheets): read-excel-file reads it, the sheet layout makes the map. */
export const xlsxImport = readyImport(async (bytes, name) => {
  const [{ readXlsx }, { sheetsToMap }] = await Promise.all([import('../sheets/xlsxCodec'), import('../sheets/sheetsToMap')]);
  const read = await readXlsx(bytes);
  if (!read.ok) return read;
  const made = sheetsToMap(read.sheets, titleOfFile(name));
  return made.ok ? { ok: true, model: { map: made.map, findings: made.findings } } : made;
});

/** An Excel workbook, a sheet of steps and a second of personas and opportunities. Not a file association: Excel owns `.xlsx`. */
export const xlsxImporter: Importer = {
  id: 'xlsx',
  name: 'Excel workbook',
  extensions: EXTENSIONS,
  mediaTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  fileAssociation: false,
  savesInPlace: false,
  sniff: (bytes, name) => (looksLikeXlsx(bytes) && hasExtension(name, EXTENSIONS) ? 'content' : hasExtension(name, EXTENSIONS) ? 'name' : 'no'),
  staged: xlsxImport,
  read: readPrepared(xlsxImport),
  suggestName: (fileName) => journeyNameOf(fileName, EXTENSIONS),
};
