/** The object stores the browser edition keeps: recovery copies, preferences, recent files. */
export type StoreName = 'recovery' | 'preferences' | 'recent';

/**
 * A small key-value storage with one table per kind of record. IndexedDB in the page; a Map in
 * the unit tests, so the browser host's logic is tested without a browser.
 */
export interface BrowserStorage {
  get<T>(store: StoreName, key: string): Promise<T | undefined>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  /** Every value of a store, in key order. */
  values<T>(store: StoreName): Promise<T[]>;
  /** Every key with its value, in key order: a record too damaged to name itself is still reached by its key. */
  entries<T>(store: StoreName): Promise<[string, T][]>;
}
