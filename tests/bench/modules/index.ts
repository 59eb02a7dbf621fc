import type { BenchModule } from '../types';
import { analysisBench } from './analysis';
import { bpmnImportBench } from './bpmnImport';
import { cliBench } from './cli';
import { diffBench } from './diff';
import { fuzzBench } from './fuzz';
import { canvasBench } from './canvas';
import { parseBench } from './parse';
import { pdfBench } from './pdf';
import { pptxBench } from './pptx';
import { presentBench } from './present';
import { roomBench } from './room';
import { sheetImportBench } from './sheetImport';
import { typingBench } from './typing';

/** Every benchmark `npm run bench` runs, in order. Add new modules here. */
export const BENCH_MODULES: readonly BenchModule[] = [analysisBench, diffBench, parseBench, bpmnImportBench, sheetImportBench, canvasBench, typingBench, presentBench, roomBench, cliBench, pdfBench, pptxBench, fuzzBench];
