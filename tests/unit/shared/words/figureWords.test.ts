import { describe, expect, it } from 'vitest';
import { formatCoverage, formatSeverity, reportPercent, stepCountLabel } from '../../../../shared/words/figureWords';

describe('figure words', () => {
  it('count steps in the singular for one', () => {
    expect([0, 1, 2].map(stepCountLabel)).toEqual(['0 steps', '1 step', '2 steps']);
  });

  it('always give a severity its one decimal', () => {
    expect([7, 12.46, 0].map(formatSeverity)).toEqual(['7.0', '12.5', '0.0']);
  });

  it('write coverage to one decimal, closed up on screen and with a no-break space in print', () => {
    expect(formatCoverage(4 / 9)).toBe('44.4%');
    expect(reportPercent(4 / 9)).toBe('44.4\u00a0%');
    expect([formatCoverage(1), reportPercent(0.4)]).toEqual(['100%', '40\u00a0%']);
  });
});
