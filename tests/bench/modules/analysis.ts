import { analyseCoverage } from '../../../shared/analysis/coverage';
import { medianMs } from '../measure';
import { syntheticMap } from '../syntheticMap';
import type { BenchModule, Figures } from '../types';

/**
 * Coverage analysis (gaps, coverage, unanchored steps) of synthetic maps of growing size, steps in
 * shuffled file order (a map edited over time). `analysis100kStepsLaneOrderMs` is the same 100,000
 * steps stored lane by lane, each lane left to right (a map drawn in one go): the gap between the two
 * is what sorting costs.
 */
export const analysisBench: BenchModule = {
  name: 'analysis',
  targets: [{ figure: 'analysis100kStepsMs', under: 50, description: 'coverage analysis of a 100,000-step map' }],
  run(): Figures {
    const cases = [
      ['analysis1kStepsMs', 1_000, 'shuffled'],
      ['analysis10kStepsMs', 10_000, 'shuffled'],
      ['analysis100kStepsMs', 100_000, 'shuffled'],
      ['analysis100kStepsLaneOrderMs', 100_000, 'lane'],
    ] as const;
    const figures: Figures = {};
    for (const [name, steps, stepOrder] of cases) {
      const map = syntheticMap(steps, { stepOrder });
      figures[name] = medianMs(() => analyseCoverage(map));
    }
    return figures;
  },
};
