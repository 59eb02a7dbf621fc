import { describe, expect, it } from 'vitest';
import { parseDuration, recordedTime } from '../../../../shared/analysis/stepDuration';
import { timeSpanWords } from '../../../../shared/words/durationWords';

const DAY = 24 * 60;

describe('parseDuration', () => {
  it('reads a length of time as consultants write it', () => {
    expect(parseDuration('25 minutes')).toEqual({ least: 25, most: 25 });
    expect(parseDuration('4–9 days')).toEqual({ least: 4 * DAY, most: 9 * DAY });
    expect(parseDuration('2 to 3 weeks')).toEqual({ least: 14 * DAY, most: 21 * DAY });
    expect(parseDuration('1.5 hours')).toEqual({ least: 90, most: 90 });
    expect(parseDuration('Half a day')).toEqual({ least: DAY / 2, most: DAY / 2 });
    expect(parseDuration('5 days after the decision')).toEqual({ least: 5 * DAY, most: 5 * DAY });
    expect(parseDuration('4 hours to a first answer')).toEqual({ least: 240, most: 240 });
  });

  it('reads nothing into what names no length of time, or a rate', () => {
    for (const text of ['Monthly', 'Always on', 'An evening', 'Daily', '3 days a month', '2 hours per week', '', '9–4 days']) expect(parseDuration(text), text).toBeNull();
  });
});

describe('recordedTime', () => {
  it('adds the durations that name a time and counts them', () => {
    expect(recordedTime(['1 day', undefined, '2–3 weeks', 'Monthly'])).toEqual({ span: { least: 15 * DAY, most: 22 * DAY }, recorded: 2 });
    expect(recordedTime([undefined, 'Always on'])).toEqual({ span: null, recorded: 0 });
  });
});

describe('timeSpanWords', () => {
  it('says a time in the unit that reads best for its longest end', () => {
    expect(timeSpanWords({ least: 25, most: 25 })).toBe('25 minutes');
    expect(timeSpanWords({ least: 90, most: 90 })).toBe('1.5 hours');
    expect(timeSpanWords({ least: 4 * DAY, most: 9 * DAY })).toBe('4–9 days');
    expect(timeSpanWords({ least: 15 * DAY, most: 22 * DAY })).toBe('2–3 weeks');
    expect(timeSpanWords({ least: DAY, most: DAY })).toBe('1 day');
    expect(timeSpanWords({ least: 90 * DAY, most: 120 * DAY })).toBe('3–4 months');
  });
});
