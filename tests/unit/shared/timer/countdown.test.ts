import { describe, expect, it } from 'vitest';
import { addMinute, formatRemaining, parseDuration, phaseOf, remainingMs, startCountdown, togglePause } from '../../../../shared/timer/countdown';

// The clock is a number the test moves: no real time passes.
describe('a countdown', () => {
  it('counts down from its start and stops at zero', () => {
    const countdown = startCountdown(1_000, 5 * 60_000);
    expect(remainingMs(countdown, 1_000)).toBe(300_000);
    expect(remainingMs(countdown, 61_000)).toBe(240_000);
    expect(remainingMs(countdown, 1_000 + 400_000)).toBe(0);
  });

  it('reads running, then in its last minute, then done', () => {
    const countdown = startCountdown(0, 2 * 60_000);
    expect(phaseOf(countdown, 0)).toBe('running');
    expect(phaseOf(countdown, 59_999)).toBe('running');
    expect(phaseOf(countdown, 60_000)).toBe('lastMinute');
    expect(phaseOf(countdown, 119_999)).toBe('lastMinute');
    expect(phaseOf(countdown, 120_000)).toBe('done');
  });

  it('keeps what is left while paused, and goes on from there when resumed', () => {
    const paused = togglePause(startCountdown(0, 120_000), 30_000);
    expect(phaseOf(paused, 500_000)).toBe('paused');
    expect(remainingMs(paused, 500_000)).toBe(90_000);
    const resumed = togglePause(paused, 500_000);
    expect(remainingMs(resumed, 510_000)).toBe(80_000);
  });

  it('does not pause once at zero', () => {
    const done = startCountdown(0, 1_000);
    expect(togglePause(done, 2_000)).toBe(done);
  });

  it('adds a minute to what is left, paused or running, and starts a fresh minute once at zero', () => {
    expect(remainingMs(addMinute(startCountdown(0, 30_000), 10_000), 10_000)).toBe(80_000);
    expect(remainingMs(addMinute(togglePause(startCountdown(0, 30_000), 10_000), 99_000), 99_000)).toBe(80_000);
    const late = addMinute(startCountdown(0, 30_000), 45_000);
    expect(remainingMs(late, 45_000)).toBe(60_000);
    expect(phaseOf(late, 45_000)).toBe('lastMinute');
  });

  it('reads as a clock, rounded up to the second', () => {
    expect(formatRemaining(300_000)).toBe('5:00');
    expect(formatRemaining(299_001)).toBe('5:00');
    expect(formatRemaining(299_000)).toBe('4:59');
    expect(formatRemaining(7_000)).toBe('0:07');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(3_600_000)).toBe('1:00:00');
  });
});

describe('a typed time-box', () => {
  it.each([
    ['7', 420_000],
    [' 7 min ', 420_000],
    ['2.5', 150_000],
    ['2,5', 150_000],
    ['7:30', 450_000],
    ['0:05', 5_000],
    ['600', 36_000_000],
  ])('reads %j as %i ms', (text, ms) => {
    expect(parseDuration(text)).toEqual({ ok: true, ms });
  });

  it.each([['', /Type minutes/], ['soon', /Type minutes/], ['7:75', /Type minutes/], ['0', /at least a second/], ['601', /at most 10 hours/], ['-3', /Type minutes/]])(
    'refuses %j, saying why',
    (text, message) => {
      const parsed = parseDuration(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(message);
    },
  );
});
