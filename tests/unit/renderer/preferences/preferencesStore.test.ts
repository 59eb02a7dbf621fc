import { describe, expect, it, vi } from 'vitest';
import type { Preferences } from '../../../../shared/host/hostApi';
import { DEFAULT_PREFERENCES, preferencesPatchSchema } from '../../../../shared/host/hostApi';
import { fail, succeed, type HostResult } from '../../../../shared/host/hostResult';
import { createPreferencesStore, type PreferencesHost, type PreferencesPatch } from '../../../../renderer/preferences/preferencesStore';

/**
 * A host keeping preferences in memory and checking patches as the real ones do. `refuseNext`
 * makes the next save fail as a full disk would; `hold` keeps answers back until `release`.
 */
function fakeHost(stored: Preferences = { theme: 'light', pdfPageSize: 'A3', autosaveDelayMs: 5000, outlineWidth: 300, outlineShown: true, sidebarShown: true, presentationStage: 'light' }) {
  const state = { stored, refuseNext: null as string | null, unreadable: null as string | null, hold: false, sets: [] as PreferencesPatch[] };
  const held: (() => void)[] = [];
  const answer = <T>(result: () => HostResult<T>): Promise<HostResult<T>> =>
    state.hold ? new Promise((resolve) => held.push(() => resolve(result()))) : Promise.resolve(result());
  const host: PreferencesHost = {
    'preferences:get': () => answer(() => (state.unreadable ? fail('unreadable', state.unreadable) : succeed(state.stored))),
    'preferences:set': (patch) => {
      state.sets.push(patch);
      const refusal = state.refuseNext;
      state.refuseNext = null;
      return answer(() => {
        if (refusal) return fail('write-failed', refusal);
        const checked = preferencesPatchSchema.safeParse(patch);
        if (!checked.success) return fail('invalid-preferences', 'These preferences were not changed.');
        state.stored = { ...state.stored, ...checked.data };
        return succeed(state.stored);
      });
    },
  };
  const release = (): void => {
    for (const run of held.splice(0)) run();
  };
  return { host, state, release };
}

describe('the preferences store', () => {
  it('starts with the defaults and loads what the host keeps', async () => {
    const { host } = fakeHost();
    const store = createPreferencesStore(() => host);
    expect(store.getState().preferences).toEqual(DEFAULT_PREFERENCES);
    expect(store.getState().loaded).toBe(false);

    expect(await store.getState().load()).toBe(true);
    expect(store.getState()).toMatchObject({ preferences: { theme: 'light', pdfPageSize: 'A3', autosaveDelayMs: 5000 }, loaded: true, loadFailure: null });
  });

  it('keeps the defaults and says why when the host cannot read the preferences', async () => {
    const { host, state } = fakeHost();
    state.unreadable = 'The settings file could not be read.';
    const store = createPreferencesStore(() => host);
    expect(await store.getState().load()).toBe(false);
    expect(store.getState()).toMatchObject({ preferences: DEFAULT_PREFERENCES, loaded: false, loadFailure: 'The settings file could not be read.' });
  });

  it('saves a change through the host and keeps what the host answers', async () => {
    const { host, state } = fakeHost();
    const store = createPreferencesStore(() => host);
    await store.getState().load();

    expect(await store.getState().change({ theme: 'dark' })).toBe(true);
    expect(state.sets).toEqual([{ theme: 'dark' }]);
    expect(store.getState().preferences).toEqual({ theme: 'dark', pdfPageSize: 'A3', autosaveDelayMs: 5000, outlineWidth: 300, outlineShown: true, sidebarShown: true, presentationStage: 'light' });
    expect(state.stored.theme).toBe('dark');
  });

  it('keeps the old value when the host refuses a change, with the host’s message for that preference', async () => {
    const { host, state } = fakeHost();
    const store = createPreferencesStore(() => host);
    await store.getState().load();

    state.refuseNext = 'The disk is full.';
    expect(await store.getState().change({ autosaveDelayMs: 10_000 })).toBe(false);
    expect(store.getState().preferences.autosaveDelayMs).toBe(5000);
    expect(store.getState().failure).toEqual({ keys: ['autosaveDelayMs'], message: 'The disk is full.' });

    // A patch outside the contract's limits is refused the same way.
    expect(await store.getState().change({ autosaveDelayMs: 100 })).toBe(false);
    expect(store.getState().preferences.autosaveDelayMs).toBe(5000);
    expect(store.getState().failure?.message).toBe('These preferences were not changed.');

    // The next accepted change clears the message.
    expect(await store.getState().change({ autosaveDelayMs: 1500 })).toBe(true);
    expect(store.getState()).toMatchObject({ preferences: { autosaveDelayMs: 1500 }, failure: null });
  });

  it('treats a host call that throws as a refusal, not a crash', async () => {
    const host: PreferencesHost = {
      'preferences:get': () => Promise.reject(new Error('The host is gone.')),
      'preferences:set': () => Promise.reject(new Error('The host is gone.')),
    };
    const store = createPreferencesStore(() => host);
    expect(await store.getState().load()).toBe(false);
    expect(await store.getState().change({ theme: 'dark' })).toBe(false);
    expect(store.getState()).toMatchObject({ preferences: DEFAULT_PREFERENCES, failure: { keys: ['theme'], message: 'The host is gone.' } });
  });

  it('sends changes one after another, so the last one made is the one kept', async () => {
    const { host, state, release } = fakeHost();
    const store = createPreferencesStore(() => host);
    state.hold = true;
    const first = store.getState().change({ theme: 'dark' });
    const second = store.getState().change({ theme: 'system' });
    // The second waits for the first's answer before it is sent.
    await Promise.resolve();
    expect(state.sets).toEqual([{ theme: 'dark' }]);
    release();
    await first;
    await vi.waitFor(() => expect(state.sets).toHaveLength(2));
    release();
    await second;
    expect(state.sets).toEqual([{ theme: 'dark' }, { theme: 'system' }]);
    expect(store.getState().preferences.theme).toBe('system');
  });
});
