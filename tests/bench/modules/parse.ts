import { parse } from '../../../shared/format/parse';
import { serialise } from '../../../shared/format/serialise';
import { medianMs } from '../measure';
import { syntheticMap } from '../syntheticMap';
import type { BenchModule, Figures } from '../types';

/**
 * Loading a file: `parse(text)` of a serialised 10,000-step map (JSON parse, format and version
 * check, schema validation, reference checks). `jsonParse10kStepsMs` is bare `JSON.parse` of the
 * same text, the floor any loader pays, to show what validation adds on top.
 */
export const parseBench: BenchModule = {
  name: 'parse',
  targets: [{ figure: 'parseValidate10kStepsMs', under: 100, description: 'parse + validate a 10,000-step file' }],
  run(): Figures {
    const text = serialise(syntheticMap(10_000));
    const result = parse(text);
    if (!result.ok) throw new Error(`the synthetic 10,000-step file does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
    if (result.value.steps.length !== 10_000) throw new Error(`loaded ${result.value.steps.length} steps, expected 10,000`);
    return {
      parseValidate10kStepsMs: medianMs(() => parse(text)),
      jsonParse10kStepsMs: medianMs(() => JSON.parse(text)),
      file10kStepsKiB: Math.round(text.length / 1024),
    };
  },
};
