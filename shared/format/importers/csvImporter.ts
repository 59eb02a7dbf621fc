import { journeyNameOf } from '../../host/fileName';
import { hasExtension, type Importer } from './importer';
import { readPrepared, readyImport } from './readyImport';

const EXTENSIONS = ['.csv'];

/** A CSV of steps (README, Spreadsheets): papaparse reads it, the sheet layout makes the map. */
export const csvImport = readyImport(async (bytes, name) => {
  const { readCsvPair } = await import('../sheets/readCsvPair');
  const made = readCsvPair({ bytes, name }, null);
  return made.ok ? { ok: true, model: { map: made.map, findings: made.findings } } : made;
});

/**
 * A spreadsheet saved as CSV, one row per step (Outside-In's layout or Blueprint Signal's). Known by
 * its name only: CSV has no signature. Not a file association: spreadsheets own `.csv`.
 */
export const csvImporter: Importer = {
  id: 'csv',
  name: 'CSV spreadsheet',
  extensions: EXTENSIONS,
  mediaTypes: ['text/csv'],
  fileAssociation: false,
  savesInPlace: false,
  sniff: (_bytes, name) => (hasExtension(name, EXTENSIONS) ? 'name' : 'no'),
  staged: csvImport,
  read: readPrepared(csvImport),
  suggestName: (fileName) => journeyNameOf(fileName, EXTENSIONS),
};
