import { describe, expect, it } from 'vitest';
import { longDate } from '../../../../shared/report/longDate';

describe('longDate', () => {
  it('writes a date out in words', () => {
    expect(longDate('2026-11-22')).toBe('22 November 2026');
    expect(longDate('2027-01-05')).toBe('5 January 2027');
  });
  it('leaves text that is not a YYYY-MM-DD date as it is', () => {
    expect(longDate('2026-13-01')).toBe('2026-13-01');
    expect(longDate('next week')).toBe('next week');
  });
});
