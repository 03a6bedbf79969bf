/**
 * The phone's copy of the field app, one IndexedDB database per commune (`tandem-field-<commune>`), read by the page
 * and by the service worker alike: `outbox` (the actions not yet accepted by the server, with their photos as
 * blobs, each tied to the person who took it: `person`, their token's subject) and `kept` (the PIN's hash, the
 * signed-in person, and each person's last « Aujourd’hui » read under `today:<sub>`). A shared phone keeps several
 * people's actions apart in the one database (see outbox-owner.ts). No library: a few calls.
 */
export const OUTBOX_STORE = 'outbox';
export const KEPT_STORE = 'kept';
/** The `kept` key of the person signed in on this phone (`{ sub, name }`): the app opens offline to their PIN. */
export const PERSON_KEY = 'person';

export const fieldDbName = (commune: string) => `tandem-field-${commune}`;

const opened = new Map<string, Promise<IDBDatabase>>();

/** The commune's database, opened once per page or worker. */
export function fieldDb(commune: string): Promise<IDBDatabase> {
  let db = opened.get(commune);
  if (!db) {
    db = new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(fieldDbName(commune), 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore(OUTBOX_STORE, { keyPath: 'id' });
        req.result.createObjectStore(KEPT_STORE);
      };
      req.onsuccess = () => {
        // Another tab wiping the phone's copy (sign out) deletes the database: let it.
        req.result.onversionchange = () => {
          req.result.close();
          opened.delete(commune);
        };
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    });
    opened.set(commune, db);
    db.catch(() => opened.delete(commune));
  }
  return db;
}

const done = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

async function run<T>(commune: string, store: string, mode: IDBTransactionMode, call: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await fieldDb(commune);
  const tx = db.transaction(store, mode);
  const result = done(call(tx.objectStore(store)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
  return result;
}

export const dbGetAll = <T>(commune: string, store: string) => run<T[]>(commune, store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);
export const dbGet = <T>(commune: string, store: string, key: string) =>
  run<T | undefined>(commune, store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
/** Puts a value (with `key` for the `kept` store, whose keys are out of line). */
export const dbPut = (commune: string, store: string, value: unknown, key?: string) =>
  run(commune, store, 'readwrite', (s) => (key === undefined ? s.put(value) : s.put(value, key))).then(() => undefined);
export const dbDelete = (commune: string, store: string, key: string) =>
  run(commune, store, 'readwrite', (s) => s.delete(key)).then(() => undefined);

/**
 * One transaction over several stores: `body` queues its requests (chained in their callbacks, never across an
 * await) and the promise settles when the transaction completes, with what `body` left in its result.
 */
export async function dbTransaction<T>(
  commune: string,
  stores: string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction, result: (value: T) => void) => void,
): Promise<T> {
  const db = await fieldDb(commune);
  const tx = db.transaction(stores, mode);
  let value: T | undefined;
  body(tx, (v) => {
    value = v;
  });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
  return value as T;
}

/**
 * The commune's database if this phone has one, else undefined, without creating it (the sign-in screen reads it:
 * a phone signed out with nothing held must keep no database). The caller closes it.
 */
export function peekFieldDb(commune: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    const req = indexedDB.open(fieldDbName(commune));
    req.onupgradeneeded = () => {
      // No database yet (version 0): abort, so that none is created.
      if (!req.result.objectStoreNames.contains(OUTBOX_STORE)) req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(undefined);
  });
}

/** Deletes the whole database (signing out wipes the phone's copy); waits for the other tabs to let go. */
export async function deleteFieldDb(commune: string): Promise<void> {
  const db = opened.get(commune);
  opened.delete(commune);
  if (db) (await db.catch(() => undefined))?.close();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(fieldDbName(commune));
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    // Blocked by a tab that did not close its connection: it resolves once that tab lets go.
  });
}
