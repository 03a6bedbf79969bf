/**
 * A test-only page for the field app's stores on a shared phone: the shell's real outbox, sending, ownership and
 * « Aujourd’hui » modules over the page's real IndexedDB, put on `window.__store` for
 * tests/browser/field-outbox-store.test.ts (which bundles this with esbuild and answers the API itself). Tokens are
 * unsigned JWTs carrying only a subject: the code reads them, never verifies them (the API does).
 */
import { signal } from '@preact/signals';
import { session } from '../../../web/src/components/staff/session';
import type { FieldAction } from '../../../web/src/components/field/contract';
import { KEPT_STORE, OUTBOX_STORE, dbGet, dbGetAll, dbPut, fieldDbName } from '../../../web/src/components/field/shell/field-db';
import { createOutbox } from '../../../web/src/components/field/shell/outbox';
import {
  clearAllButOutbox,
  entriesOf,
  heldOnPhone,
  keepPerson,
  readAllEntries,
  todayKey,
  type StoredEntry,
} from '../../../web/src/components/field/shell/outbox-owner';
import { sendOutbox, type TokenSource } from '../../../web/src/components/field/shell/outbox-send';
import { createTodayStore } from '../../../web/src/components/field/shell/today-store';

const b64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** An unsigned JWT for `sub`. */
const jwt = (sub: string) => `${b64url('{"alg":"none"}')}.${b64url(JSON.stringify({ sub, name: sub }))}.x`;

/** Tokens as a session gives them: `subs[i]` for the i-th call (the last one again after), as a cookie changing hands. */
function tokensOf(...subs: string[]): TokenSource & { calls: number } {
  const source = {
    calls: 0,
    async token() {
      const sub = subs[Math.min(source.calls, subs.length - 1)];
      source.calls++;
      return sub ? jwt(sub) : undefined;
    },
  };
  return source;
}

const move = (taskId: string): FieldAction => ({ kind: 'move', taskId, from: 'todo', to: 'doing', version: 1 });
const comment = (taskId: string, text: string): FieldAction => ({ kind: 'comment', taskId, text });
/** « Terminer » as this version keeps it (the checklist's texts with the ticks), or as the one before did (`ticksOnly`). */
const finish = (taskId: string, ticksOnly = false): FieldAction => ({
  kind: 'finish',
  taskId,
  from: 'doing',
  version: 2,
  note: '',
  photos: [],
  checklist: ticksOnly
    ? ([{ id: 'c1', done: true }] as unknown as { id: string; text: string; done: boolean }[])
    : [{ id: 'c1', text: 'Baliser', done: true }],
});

/** An entry as a given version wrote it (`person` absent: as before people were kept apart). */
const entry = (id: string, action: FieldAction, person?: string, state: StoredEntry['state'] = 'waiting'): StoredEntry => ({
  id,
  action,
  createdAt: `2026-01-01T00:00:0${id.slice(-1)}.000Z`,
  state,
  ...(state === 'conflict' ? { conflict: { reason: 'reassigned' as const } } : {}),
  ...(person ? { person } : {}),
});

/** Writes the database as the version before people were kept apart did (version 1, the same two stores). */
function writeOldVersion(commune: string, entries: StoredEntry[], kept: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(fieldDbName(commune), 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(OUTBOX_STORE, { keyPath: 'id' });
      req.result.createObjectStore(KEPT_STORE);
    };
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction([OUTBOX_STORE, KEPT_STORE], 'readwrite');
      for (const e of entries) tx.objectStore(OUTBOX_STORE).put(e);
      for (const [k, v] of Object.entries(kept)) tx.objectStore(KEPT_STORE).put(v, k);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const databases = async () => (await indexedDB.databases()).map((d) => d.name);

/** The page outbox and today store of one phone, with the person signed in as a signal the test sets. */
function phone(commune: string, tokens: TokenSource) {
  const person = signal<string | undefined>(undefined);
  const outbox = createOutbox(commune, person, tokens);
  const today = createTodayStore(commune, outbox.entries, person);
  return {
    person,
    outbox,
    today,
    /** Signs `sub` in as the page's session (the today store reads with it). */
    session(sub: string) {
      session.value = { idToken: jwt(sub), expiresAt: Date.now() + 3600_000, name: sub };
    },
  };
}

const store = {
  jwt,
  tokensOf,
  move,
  comment,
  finish,
  entry,
  writeOldVersion,
  databases,
  phone,
  put: (commune: string, e: StoredEntry) => dbPut(commune, OUTBOX_STORE, e),
  rawEntries: (commune: string) => dbGetAll<StoredEntry>(commune, OUTBOX_STORE),
  kept: (commune: string, key: string) => dbGet<unknown>(commune, KEPT_STORE, key),
  todayKey,
  readAllEntries,
  entriesOf,
  keepPerson,
  clearAllButOutbox,
  heldOnPhone,
  sendOutbox,
};

declare global {
  interface Window {
    __store: typeof store;
  }
}

window.__store = store;
