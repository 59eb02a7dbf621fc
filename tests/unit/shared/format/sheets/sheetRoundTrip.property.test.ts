import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../../shared/format/parse';
import { serialise } from '../../../../../shared/format/serialise';
import { readCsv, writeCsv } from '../../../../../shared/format/sheets/csvCodec';
import { mapToSheets } from '../../../../../shared/format/sheets/mapToSheets';
import { sheetsToMap } from '../../../../../shared/format/sheets/sheetsToMap';
import { readXlsx, writeXlsx } from '../../../../../shared/format/sheets/xlsxCodec';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { arbitraryMethodMap, stepsByLane } from '../../../support/methodMaps';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The map as loading it from a file gives it: the form a sheet's map is checked into. */
const loaded = (map: JourneyMap): JourneyMap => {
  const result = parse(serialise(stepsByLane(map)));
  if (!result.ok) throw new Error(result.problems[0]!.message);
  return result.value;
};

describe('a map through a spreadsheet and back', () => {
  it('map → CSV → map gives the same map (the steps file and the second file)', () => {
    fc.assert(
      fc.property(arbitraryMethodMap(), (map) => {
        const sheets = mapToSheets(map);
        const steps = readCsv(encode(writeCsv(sheets.steps)), 'steps.csv');
        const details = readCsv(encode(writeCsv(sheets.details!)), 'details.csv');
        if (!steps.ok || !details.ok) throw new Error('the CSV could not be read back');
        const back = sheetsToMap({ steps: steps.table, details: details.table }, 'steps');
        if (!back.ok) throw new Error(back.problems[0]!.message);
        expect(back.map).toEqual(loaded(map));
      }),
      { numRuns: 150 },
    );
  });

  it('map → XLSX → map gives the same map', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMethodMap(), async (map) => {
        const read = await readXlsx(await writeXlsx(mapToSheets(map)));
        if (!read.ok) throw new Error(read.problems[0]!.message);
        const back = sheetsToMap(read.sheets, 'workbook');
        if (!back.ok) throw new Error(back.problems[0]!.message);
        expect(back.map).toEqual(loaded(map));
      }),
      { numRuns: 60 },
    );
  });
});
