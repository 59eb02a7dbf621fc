import { describe, expect, it } from 'vitest';
import { createTimerStore } from '../../../../renderer/store/timerStore';

/** A timer store on a clock the test moves. */
function timerAt(start = 1_000) {
  let now = start;
  const store = createTimerStore(() => now);
  return { store, advance: (ms: number) => void (now += ms) };
}

describe('the timer store', () => {
  it('counts a started time-box down on its clock', () => {
    const { store, advance } = timerAt();
    store.getState().start(5 * 60_000);
    advance(61_000);
    expect(store.getState().remaining()).toBe(239_000);
  });

  it('rings only once the countdown is at zero, and stops ringing when told', () => {
    const { store, advance } = timerAt();
    store.getState().start(120_000);
    advance(119_000);
    store.getState().ring();
    expect(store.getState().ringing).toBe(false);
    advance(1_000);
    store.getState().ring();
    expect(store.getState().ringing).toBe(true);
    store.getState().endRinging();
    expect(store.getState().ringing).toBe(false);
  });

  it('pauses, resumes, takes another minute and stops', () => {
    const { store, advance } = timerAt();
    store.getState().start(120_000);
    advance(20_000);
    store.getState().togglePause();
    advance(600_000);
    expect(store.getState().remaining()).toBe(100_000);
    store.getState().togglePause();
    store.getState().addMinute();
    advance(10_000);
    expect(store.getState().remaining()).toBe(150_000);
    store.getState().stop();
    expect(store.getState().countdown).toBeNull();
    expect(store.getState().remaining()).toBeNull();
  });

  it('stops ringing when the countdown is given another minute', () => {
    const { store, advance } = timerAt();
    store.getState().start(60_000);
    advance(60_000);
    store.getState().ring();
    store.getState().addMinute();
    expect(store.getState().ringing).toBe(false);
    expect(store.getState().remaining()).toBe(60_000);
  });
});
