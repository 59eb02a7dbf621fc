import { csvImport } from '../../../shared/format/importers/csvImporter';
import { xlsxImport } from '../../../shared/format/importers/xlsxImporter';
import { dataExportBytes } from '../../../shared/format/exports/dataExport';
import { medianAsyncMs } from '../measure';
import { syntheticMap } from '../syntheticMap';
import type { BenchModule, Figures } from '../types';

/** Fewer runs than the default: a 10,000-row workbook takes up to a second. */
const RUNS = { warmup: 2, runs: 7 };

/**
 * Importing a 10,000-row sheet (the benchmarks' synthetic map of 10,000 steps in 8 lanes, written by
 * Outside-In's own export): what the import worker does with a workbook and a CSV of it, from
 * bytes to a checked map, and writing the workbook.
 */
export const sheetImportBench: BenchModule = {
  name: 'sheetImport',
  targets: [
    { figure: 'xlsxImport10kRowsMs', under: 1500, description: 'import a 10,000-row workbook (in the worker)' },
    { figure: 'csvImport10kRowsMs', under: 750, description: 'import a 10,000-row CSV (in the worker)' },
  ],
  async run(): Promise<Figures> {
    const map = syntheticMap(10_000);
    const [xlsx, csv] = await Promise.all([dataExportBytes(map, 'xlsx'), dataExportBytes(map, 'csv')]);
    const imported = await xlsxImport.prepare(xlsx, 'bench.xlsx');
    if (!imported.ok) throw new Error(`the bench's workbook does not import: ${imported.problems[0]!.message}`);
    return {
      sheetRows: map.steps.length,
      xlsxKiB: Math.round(xlsx.length / 1024),
      csvKiB: Math.round(csv.length / 1024),
      xlsxImport10kRowsMs: await medianAsyncMs(() => xlsxImport.prepare(xlsx, 'bench.xlsx'), RUNS),
      csvImport10kRowsMs: await medianAsyncMs(() => csvImport.prepare(csv, 'bench.csv'), RUNS),
      xlsxExport10kRowsMs: await medianAsyncMs(() => dataExportBytes(map, 'xlsx'), RUNS),
    };
  },
};
