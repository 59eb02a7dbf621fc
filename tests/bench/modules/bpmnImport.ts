import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bpmnImport } from '../../../shared/format/importers/bpmnImporter';
import { medianAsyncMs } from '../measure';
import type { BenchModule, Figures } from '../types';

/** Fewer runs than the default: a read takes tens of milliseconds. */
const RUNS = { warmup: 3, runs: 9 };

const FILE = 'miwg-B.2.0-bizagi.bpmn';

/**
 * Importing the largest BPMN fixture (Bizagi's export of the OMG test suite's B.2.0, 308 kB):
 * reading it with bpmn-moddle (what the app's worker does), and making the map with the default
 * options (what the dialog redoes on every change of option, on the page's thread).
 */
export const bpmnImportBench: BenchModule = {
  name: 'bpmnImport',
  targets: [
    { figure: 'bpmnRead300kBMs', under: 400, description: 'read a 300 kB BPMN export (in the worker)' },
    { figure: 'bpmnBuildMapMs', under: 16, description: 'make the map of it again after an option changed (one frame)' },
  ],
  async run(): Promise<Figures> {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/bpmn/${FILE}`, import.meta.url))));
    const prepared = await bpmnImport.prepare(bytes, FILE);
    if (!prepared.ok) throw new Error(`the bench's BPMN file does not import: ${prepared.problems[0]!.message}`);
    const options = bpmnImport.defaultOptions(prepared.model);
    return {
      bpmnFileKiB: Math.round(bytes.length / 1024),
      bpmnRead300kBMs: await medianAsyncMs(() => bpmnImport.prepare(bytes, FILE), RUNS),
      bpmnBuildMapMs: await medianAsyncMs(async () => bpmnImport.build(prepared.model, options), RUNS),
      bpmnImportSteps: bpmnImport.build(prepared.model, options).map.steps.length,
    };
  },
};
