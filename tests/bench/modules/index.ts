import type { BenchModule } from '../types';
import { analysisBench } from './analysis';
import { bpmnImportBench } from './bpmnImport';
import { cliBench } from './cli';
import { fuzzBench } from './fuzz';
import { canvasBench } from './canvas';
import { parseBench } from './parse';
import { pdfBench } from './pdf';
import { presentBench } from './present';
import { sheetImportBench } from './sheetImport';
import { typingBench } from './typing';

/** Every benchmark `npm run bench` runs, in order. Add new modules here. */
export const BENCH_MODULES: readonly BenchModule[] = [analysisBench, parseBench, bpmnImportBench, sheetImportBench, canvasBench, typingBench, presentBench, cliBench, pdfBench, fuzzBench];
