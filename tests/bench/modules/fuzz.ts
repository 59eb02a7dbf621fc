import { acceptedMapsHold } from '../../unit/support/acceptedMaps';
import type { BenchModule } from '../types';

/** How many files the long run draws: about a minute on two cores. */
const RUNS = 20_000;

/**
 * `npm run bench -- fuzz`: the property of the unit suite's short run (tests/unit/shared/format/
 * acceptedMaps.property.test.ts) over many more files. It reports how many were drawn and
 * accepted; a file that breaks the property stops the bench with the counterexample.
 */
export const fuzzBench: BenchModule = {
  name: 'fuzz',
  onlyWhenNamed: true,
  run() {
    const started = performance.now();
    const accepted = acceptedMapsHold(RUNS);
    return { fuzzFilesDrawn: RUNS, fuzzFilesAccepted: accepted, fuzzSeconds: Math.round((performance.now() - started) / 100) / 10 };
  },
};
