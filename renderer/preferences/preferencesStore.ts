import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { DEFAULT_PREFERENCES, type HostApi, type Preferences } from '../../shared/host/hostApi';
import type { HostResult } from '../../shared/host/hostResult';
import { getHost } from '../host/host';

/** A change to some preferences, as the host accepts it. */
export type PreferencesPatch = Parameters<HostApi['preferences:set']>[0];

/** What the store needs of the host. */
export type PreferencesHost = Pick<HostApi, 'preferences:get' | 'preferences:set'>;

/** Why the host refused a change, with the preferences it was about. */
export interface PreferencesFailure {
  readonly keys: readonly (keyof Preferences)[];
  readonly message: string;
}

interface PreferencesState {
  /** The preferences as the host last confirmed them; the defaults until they are loaded. */
  readonly preferences: Preferences;
  readonly loaded: boolean;
  /** Why they could not be read at start (the defaults are in use then), in the host's words. */
  readonly loadFailure: string | null;
  /** The last change the host refused; cleared by the next change it accepts. */
  readonly failure: PreferencesFailure | null;
  /** Reads the preferences from the host. Whether it could. */
  load(): Promise<boolean>;
  /**
   * Saves a change through the host and keeps what the host answers. A refused change leaves the
   * preferences as they were and is kept in `failure`. Changes are sent one after another, so a
   * slow answer never overwrites a newer one. Whether it was saved.
   */
  change(patch: PreferencesPatch): Promise<boolean>;
  dismissFailure(): void;
}

/** A host call's result; a call that throws anyway (a broken bridge) is a failure like any other, not a crash. */
async function settled(call: () => Promise<HostResult<Preferences>>): Promise<HostResult<Preferences>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, error: { code: 'unreachable', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** A preferences store over a host; the app's is `usePreferencesStore`, tests make their own over a fake host. */
export function createPreferencesStore(host: () => PreferencesHost): UseBoundStore<StoreApi<PreferencesState>> {
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(act: () => Promise<T>): Promise<T> => {
    const next = queue.then(act, act);
    queue = next.catch(() => undefined);
    return next;
  };

  return create<PreferencesState>()((set) => ({
    preferences: DEFAULT_PREFERENCES,
    loaded: false,
    loadFailure: null,
    failure: null,
    load: () =>
      inTurn(async () => {
        const result = await settled(() => host()['preferences:get']());
        if (!result.ok) {
          set({ loadFailure: result.error.message });
          return false;
        }
        set({ preferences: result.value, loaded: true, loadFailure: null });
        return true;
      }),
    change: (patch) =>
      inTurn(async () => {
        const keys = Object.keys(patch) as (keyof Preferences)[];
        const result = await settled(() => host()['preferences:set'](patch));
        if (!result.ok) {
          set({ failure: { keys, message: result.error.message } });
          return false;
        }
        set({ preferences: result.value, failure: null });
        return true;
      }),
    dismissFailure: () => set({ failure: null }),
  }));
}

/** The user's preferences, loaded from the page's host at start (see usePreferences). */
export const usePreferencesStore = createPreferencesStore(getHost);
