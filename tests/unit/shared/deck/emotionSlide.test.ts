import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { deckOf } from '../../../../shared/deck/deckOf';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { template } from '../../support/templates';

const emotionText = (map: JourneyMap): string[] =>
  deckOf(map, analyseCoverage(map), '2026-11-22')
    .slides.find((slide) => slide.kind === 'emotion')!
    .shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.runs.map((run) => run.text).join(' ')] : []));

describe('the emotion slide', () => {
  it('names each step under the curve when there is room for a word', () => {
    const texts = emotionText(template('home-insurance-claim'));
    expect(texts).toContain('Waits for the assessor');
    expect(texts.some((text) => text.startsWith('Lowest'))).toBe(false);
  });

  it('numbers the steps of a longer journey and names its lowest points underneath', () => {
    const texts = emotionText(template('saas-onboarding'));
    expect(texts).toContain('16');
    expect(texts.find((text) => text.startsWith('Lowest'))).toMatch(/^Lowest, distressed: 1 “Month-end close drags on for three days” · 6 “Imports last month’s expenses” · 16 “Reports a bug in approvals”$/);
  });
});
