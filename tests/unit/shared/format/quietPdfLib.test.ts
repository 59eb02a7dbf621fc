import { afterEach, describe, expect, it, vi } from 'vitest';
import { withoutPdfLibWarnings } from '../../../../shared/format/quietPdfLib';

afterEach(() => vi.restoreAllMocks());

describe('withoutPdfLibWarnings', () => {
  it('holds back pdf-lib’s lines while the task runs and lets every other warning through', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const spied = console.warn;
    const answer = await withoutPdfLibWarnings(async () => {
      console.warn('Parsed number that is too large for some PDF readers: 1e20, not capping.');
      console.warn('Trying to parse invalid object: {"line":1,"column":2,"offset":3})');
      console.warn('Invalid object ref: 5 0 R');
      console.warn('Removing parsed object: 0 0 R');
      console.warn('Something else entirely', 42);
      return 'read';
    });
    expect(answer).toBe('read');
    expect(warn.mock.calls).toEqual([['Something else entirely', 42]]);
    expect(console.warn).toBe(spied);
    console.warn('Removing parsed object: 0 0 R');
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('puts the console back when loads overlap, and when the task fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const spied = console.warn;
    let finishFirst = () => {};
    const first = withoutPdfLibWarnings(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    await expect(withoutPdfLibWarnings(async () => Promise.reject(new Error('damaged')))).rejects.toThrow('damaged');
    console.warn('Invalid object ref: 1 0 R');
    finishFirst();
    await first;
    expect(console.warn).toBe(spied);
    expect(warn).not.toHaveBeenCalled();
  });
});
