import { describe, expect, it } from 'vitest';
import { preferencesPatchSchema } from '../../../../shared/host/hostApi';
import { parseAutosaveDelay, secondsText } from '../../../../renderer/preferences/autosaveDelay';

describe('the autosave delay field', () => {
  it.each([
    ['2', 2000],
    ['1.5', 1500],
    ['1,5', 1500],
    ['.5', 500],
    [' 60 ', 60_000],
    ['0.5', 500],
    ['2.0004', 2000],
  ])('takes “%s” as %i ms', (text, ms) => {
    expect(parseAutosaveDelay(text)).toEqual({ ok: true, ms });
    // Whatever it takes, the host accepts.
    expect(preferencesPatchSchema.safeParse({ autosaveDelayMs: ms }).success).toBe(true);
  });

  it.each(['', 'abc', '-1', '2s', '1e3', '1.2.3'])('refuses “%s” as not a number of seconds', (text) => {
    expect(parseAutosaveDelay(text)).toEqual({ ok: false, message: 'Enter a number of seconds, such as 2 or 1.5.' });
  });

  it.each(['0', '0.4', '0.4999', '60.5', '600'])('refuses “%s” as out of range', (text) => {
    expect(parseAutosaveDelay(text)).toEqual({ ok: false, message: 'The delay must be from 0.5 to 60 seconds.' });
  });

  it('shows milliseconds as seconds', () => {
    expect([2000, 1500, 500, 60_000].map(secondsText)).toEqual(['2', '1.5', '0.5', '60']);
  });
});
