/**
 * Whose is what on a shared phone. Every outbox entry carries `person`, the subject of the token of whoever took the
 * action, and is only ever shown to, sent with the token of, or dismissed by that person (outbox.ts, outbox-send.ts);
 * each person's « Aujourd’hui » is kept under their own key. Signing out leaves the person's waiting actions on the
 * phone, still theirs, and clears the rest (the PIN, the signed-in person, the kept tasks); they leave when that person
 * signs in again here. No Preact: the service worker reads the outbox through this too.
 *
 * Entries written before people were kept apart have no `person`. They were written by the person the phone then
 * kept as signed in (the old sign-out wiped everything, and the old sign-in of someone else sent them at once), so
 * they are given to the kept person (or the PIN's owner) the first time anything reads the outbox, in the same
 * transaction, before anyone else's sign-in can replace that record. A phone that kept no one gives them to the next
 * person who signs in (the only one who can have written them). The same goes for the old single « Aujourd’hui ».
 */
import type { TodayView } from '@tandem/shared/field/field-api';
import type { OutboxEntry } from '../contract';
import { KEPT_STORE, OUTBOX_STORE, PERSON_KEY, dbGet, dbTransaction, peekFieldDb } from './field-db';
import { PIN_KEY, type PinRecord } from './pin';

/** An entry as kept in IndexedDB: whose it is, and the photos already uploaded (by their keys). */
export interface StoredEntry extends OutboxEntry {
  /** The token subject of the person who took the action; absent only on entries written before this was kept. */
  person?: string;
  uploaded?: string[];
}

/** Who signed in on this phone (kept, so the app opens offline to their PIN). */
export interface KeptPerson {
  sub: string;
  name: string;
}

const TODAY_PREFIX = 'today:';
/** The `kept` key of a person's « Aujourd’hui ». */
export const todayKey = (sub: string) => `${TODAY_PREFIX}${sub}`;
/**
 * The `kept` key set by signing out while actions stay held, cleared by the next sign-in: until then no run takes a
 * token. A sign-out that could not reach the server (offline) leaves the refresh cookie valid until the next opening
 * revokes it, and the service worker's `sync` would otherwise take it and send the actions of a person who left.
 */
export const SIGNED_OUT_KEY = 'signed-out';

/** Where the single « Aujourd’hui » was kept before people were kept apart. */
const LEGACY_TODAY_KEY = 'today';

const byAge = (a: StoredEntry, b: StoredEntry) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * Every entry of the phone (every person's), oldest first, after giving the unowned ones to the kept person. Callers
 * keep to one person's: `entriesOf`.
 */
export function readAllEntries(commune: string): Promise<StoredEntry[]> {
  return dbTransaction<StoredEntry[]>(commune, [OUTBOX_STORE, KEPT_STORE], 'readwrite', (tx, result) => {
    const outbox = tx.objectStore(OUTBOX_STORE);
    const kept = tx.objectStore(KEPT_STORE);
    const all = outbox.getAll() as IDBRequest<StoredEntry[]>;
    all.onsuccess = () => {
      const entries = all.result;
      result(entries.sort(byAge));
      const person = kept.get(PERSON_KEY) as IDBRequest<KeptPerson | undefined>;
      person.onsuccess = () => {
        const pin = kept.get(PIN_KEY) as IDBRequest<PinRecord | undefined>;
        pin.onsuccess = () => {
          const owner = person.result?.sub || pin.result?.owner;
          if (!owner) return;
          for (const e of entries)
            if (!e.person) {
              e.person = owner;
              outbox.put(e);
            }
          const legacy = kept.get(LEGACY_TODAY_KEY) as IDBRequest<TodayView | undefined>;
          legacy.onsuccess = () => {
            if (!legacy.result) return;
            kept.put(legacy.result, todayKey(owner));
            kept.delete(LEGACY_TODAY_KEY);
          };
        };
      };
    };
  });
}

/** One person's entries, oldest first (none when nobody is known). */
export async function entriesOf(commune: string, person: string | undefined): Promise<StoredEntry[]> {
  if (!person) return [];
  return (await readAllEntries(commune)).filter((e) => e.person === person);
}

/**
 * Remembers who signed in on this phone and forgets the « Aujourd’hui » kept for anyone else (their session ended
 * here: they can no longer open the app offline, and their tasks are not this person's to see). Their waiting actions
 * stay theirs. Unowned entries are given to the kept person first (the one who wrote them), then this one.
 */
export async function keepPerson(commune: string, who: KeptPerson): Promise<void> {
  await readAllEntries(commune);
  await dbTransaction<void>(commune, [KEPT_STORE], 'readwrite', (tx) => {
    const kept = tx.objectStore(KEPT_STORE);
    const keys = kept.getAllKeys();
    keys.onsuccess = () => {
      for (const key of keys.result)
        if (typeof key === 'string' && key.startsWith(TODAY_PREFIX) && key !== todayKey(who.sub)) kept.delete(key);
      kept.put(who, PERSON_KEY);
      kept.delete(SIGNED_OUT_KEY);
    };
  });
}

/**
 * Signing out on a shared phone: clears what is kept (the PIN, the signed-in person, every kept « Aujourd’hui ») but
 * leaves the outbox, each entry still tied to its person, and marks the phone signed out (SIGNED_OUT_KEY). Answers
 * how many entries stay (0: the caller may delete the whole database).
 */
export async function clearAllButOutbox(commune: string): Promise<number> {
  await readAllEntries(commune);
  return dbTransaction<number>(commune, [OUTBOX_STORE, KEPT_STORE], 'readwrite', (tx, result) => {
    const kept = tx.objectStore(KEPT_STORE);
    kept.clear();
    const count = tx.objectStore(OUTBOX_STORE).count();
    count.onsuccess = () => {
      if (count.result > 0) kept.put(true, SIGNED_OUT_KEY);
      result(count.result);
    };
  });
}

/** Whether the phone was signed out and nobody signed in since (no run may take a token then). */
export const signedOutHere = (commune: string) => dbGet<boolean>(commune, KEPT_STORE, SIGNED_OUT_KEY).then(Boolean);

/** What the phone holds for people (the sign-in screen says so in words: how many, of how many people; no content). */
export interface Held {
  actions: number;
  people: number;
}

/** The actions kept on this phone, whoever they belong to, read without creating the database when there is none. */
export async function heldOnPhone(commune: string): Promise<Held> {
  const db = await peekFieldDb(commune);
  if (!db) return { actions: 0, people: 0 };
  try {
    if (!db.objectStoreNames.contains(OUTBOX_STORE)) return { actions: 0, people: 0 };
    const entries = await new Promise<StoredEntry[]>((resolve, reject) => {
      const req = db.transaction(OUTBOX_STORE, 'readonly').objectStore(OUTBOX_STORE).getAll() as IDBRequest<StoredEntry[]>;
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    // An unowned entry (not yet given to anyone) counts as one more person's.
    return { actions: entries.length, people: new Set(entries.map((e) => e.person ?? '')).size };
  } finally {
    db.close();
  }
}
