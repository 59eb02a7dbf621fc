import type { BrowserStorage, StoreName } from './browserStorage';

const DATABASE = 'outside-in';
const VERSION = 1;
const STORES: readonly StoreName[] = ['recovery', 'preferences', 'recent'];

const settled = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed.'));
  });

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new DOMException('This browser keeps no local storage for the page.', 'NotSupportedError'));
  const request = indexedDB.open(DATABASE, VERSION);
  request.onupgradeneeded = () => {
    for (const store of STORES) if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
  };
  return settled(request);
}

/**
 * The browser edition's storage in IndexedDB: one database, opened on first use. A write resolves
 * when its transaction has committed, so a copy reported written survives a reload.
 */
export function indexedDbStorage(): BrowserStorage {
  let database: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    database ??= openDatabase().catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };

  async function run<T>(store: StoreName, mode: IDBTransactionMode, act: (objects: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const transaction = (await open()).transaction(store, mode);
    const result = settled(act(transaction.objectStore(store)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed.'));
      transaction.onabort = () => reject(transaction.error ?? new DOMException('The browser stopped writing to its storage.', 'AbortError'));
    });
    return result;
  }

  return {
    get: (store, key) => run(store, 'readonly', (objects) => objects.get(key)),
    put: async (store, key, value) => {
      await run(store, 'readwrite', (objects) => objects.put(value, key));
    },
    delete: async (store, key) => {
      await run(store, 'readwrite', (objects) => objects.delete(key));
    },
    values: (store) => run(store, 'readonly', (objects) => objects.getAll()),
    entries: async <T>(store: StoreName) => {
      // Keys and values from one transaction, so they pair up.
      const objects = (await open()).transaction(store, 'readonly').objectStore(store);
      const [keys, values] = await Promise.all([settled(objects.getAllKeys()), settled(objects.getAll())]);
      return keys.map((key, index): [string, T] => [String(key), values[index] as T]);
    },
  };
}
