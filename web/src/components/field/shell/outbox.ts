/**
 * The field app's OutboxApi (contract.ts) in the page: the entries as signals for the screens, `add` keeps an action in
 * IndexedDB then tries to send it, `flush` sends (calls at once share one run; an action added during a run is sent
 * by one more run right after). What triggers a flush: `online`, opening the app, « Envoyer maintenant », and the
 * service worker's `sync` (Background Sync, registered at each add where the browser has it; the worker sends by
 * itself when no page is open, else asks the page). The sending itself is outbox-send.ts, shared with the worker.
 *
 * On a shared phone the outbox shows, takes and dismisses the actions of the person signed in (`person`, their token's
 * subject) only; the others' stay on the phone, tied to them (outbox-owner.ts). A flush sends the actions of the person
 * whose token the session holds, with that token.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { uuid } from '../../../lib/api';
import { withStaffToken, refresh, session } from '../../staff/session';
import type { FieldAction, OutboxApi, OutboxEntry } from '../contract';
import { OUTBOX_STORE, dbDelete, dbGet, dbPut } from './field-db';
import { entriesOf, type StoredEntry } from './outbox-owner';
import { sendOutbox, type RunEnd, type TokenSource } from './outbox-send';

import { OUTBOX_SYNC_TAG_NAME as OUTBOX_SYNC_TAG } from '../../../field-sw/sync-tag';

/** The page's session: its ID token, refreshed from the cookie when it is about to expire or was refused. */
const pageTokens = (commune: string): TokenSource => ({
  async token(fresh = false) {
    if (fresh) return (await refresh(commune))?.idToken;
    try {
      return await withStaffToken(commune, async (t) => t);
    } catch {
      return undefined;
    }
  },
});

export interface FieldOutbox extends OutboxApi {
  /** Re-reads the entries (the worker sent some, another tab added some). */
  reload(): Promise<void>;
  /** How the last run ended (« later »: no network; « signed-out »: the session is gone). */
  readonly lastRun: { value: RunEnd | undefined };
  /** Forgets the entries shown (after the phone's copy was wiped; reading would create the database again). */
  forget(): void;
}

/** `person`: the token subject of who is signed in (or unlocked with their PIN) on the phone; undefined: nobody. */
export function createOutbox(
  commune: string,
  person: ReadonlySignal<string | undefined>,
  tokens: TokenSource = pageTokens(commune),
): FieldOutbox {
  const entries = signal<readonly OutboxEntry[]>([]);
  const sending = signal(false);
  const lastRun = signal<RunEnd | undefined>(undefined);
  const waiting = computed(() => entries.value.filter((e) => e.state !== 'conflict').length);

  // What the screens see: no photo keys, no internal fields.
  // When entries left (the server has them), « Aujourd’hui » is read again: a started task then shows « en cours »
  // from the server, no longer from the outbox's pending copy.
  const reload = async () => {
    const before = entries.value.length;
    const who = person.value;
    const read = await entriesOf(commune, who);
    // The person changed while reading: the next reload (from the subscription below) shows theirs.
    if (who !== person.value) return;
    entries.value = read.map(({ uploaded: _uploaded, person: _person, ...e }) => e);
    if (entries.value.length < before && typeof window !== 'undefined') window.dispatchEvent(new Event('field-today-changed'));
  };

  let run: Promise<void> | undefined;
  let again = false;
  const flush = (): Promise<void> => {
    if (run) {
      // A run is going: the entries it already read are sent by it; one more run (at most) sends the others.
      again = true;
      return run;
    }
    run = (async () => {
      sending.value = true;
      try {
        do {
          again = false;
          if (!session.value) await refresh(commune);
          lastRun.value = await sendOutbox(commune, tokens, () => void reload());
        } while (again && lastRun.value === 'done');
      } catch {
        lastRun.value = 'later';
      } finally {
        await reload().catch(() => {});
        sending.value = false;
        run = undefined;
      }
    })();
    return run;
  };

  // Another person (or nobody): show theirs, never the previous person's (subscribe's callback is untracked).
  person.subscribe((who) => {
    if (who) void reload().catch(() => {});
    else entries.value = [];
  });

  const add = async (action: FieldAction): Promise<OutboxEntry> => {
    const who = person.value;
    if (!who) throw new Error('nobody is signed in on this phone');
    const entry: StoredEntry = { id: uuid(), action, createdAt: new Date().toISOString(), state: 'waiting', person: who };
    await dbPut(commune, OUTBOX_STORE, entry);
    await reload();
    void registerSync();
    if (navigator.onLine) void flush();
    const { person: _person, ...shown } = entry;
    return shown;
  };

  const dismiss = async (id: string) => {
    const entry = await dbGet<StoredEntry>(commune, OUTBOX_STORE, id);
    if (entry?.state === 'conflict' && entry.person === person.value) await dbDelete(commune, OUTBOX_STORE, id);
    await reload();
  };

  const forget = () => {
    entries.value = [];
  };

  return { entries, waiting, sending, add, flush, dismiss, reload, lastRun, forget };
}

/** Asks the browser to wake the service worker when the network is back (Chromium's Background Sync; elsewhere a no-op). */
export async function registerSync(): Promise<void> {
  try {
    const reg = (await navigator.serviceWorker?.getRegistration()) as
      | (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
      | undefined;
    await reg?.sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // No Background Sync (Safari, Firefox) or refused: `online`, opening and the button still send.
  }
}

/** The page's triggers: `online`, the worker's request (after its `sync`), and now (opening the app). */
export function startOutboxTriggers(outbox: FieldOutbox): () => void {
  const online = () => void outbox.flush();
  const message = (e: MessageEvent) => {
    const kind = (e.data as { type?: string } | undefined)?.type;
    if (kind === 'field-outbox-flush') void outbox.flush();
    if (kind === 'field-outbox-changed') void outbox.reload();
    if (kind === 'field-today-changed') window.dispatchEvent(new Event('field-today-changed'));
  };
  window.addEventListener('online', online);
  navigator.serviceWorker?.addEventListener('message', message);
  void outbox.reload().then(() => outbox.flush());
  return () => {
    window.removeEventListener('online', online);
    navigator.serviceWorker?.removeEventListener('message', message);
  };
}
