/**
 * Sending the outbox, shared by the page and the service worker (no Preact here): each entry in turn, photos uploaded
 * first (their keys kept on the entry, so a retry does not upload them again), then the one request that does the
 * action, always with the entry's id as Idempotency-Key (the server answers a retry with the first result). A refused
 * action becomes a conflict said in words (ConflictReason); a stale version (409) is re-read and, when the move is still
 * legal, applied again on the new version. The runs of every tab and of the worker are one at a time (Web Locks), and
 * each run reads the entries afresh, so an action is never sent by two runs.
 *
 * A run sends only the entries of the person whose token it holds (a shared phone keeps several people's actions:
 * outbox-owner.ts), and checks the token's subject again before every request: a token that changed hands meanwhile
 * (someone else signed in, so the refresh cookie is theirs) stops the run, and the entry waits for its own person.
 * After a sign-out, no run takes a token until someone signs in (outbox-owner.ts, SIGNED_OUT_KEY).
 */
import { TASK_PROBLEM_TYPES } from '@tandem/shared/field/task-problem-types';
import type { TaskView } from '@tandem/shared/schemas/work';
import { canMoveTask } from '@tandem/shared/work/task-states';
import { ApiError, NetworkError, apiFetch, apiPath } from '../../../lib/api';
import { claims } from '../../../lib/jwt-claims';
import { uploadPhoto } from '../../../lib/upload';
import type { ConflictReason, FieldAction } from '../contract';
import { OUTBOX_STORE, dbDelete, dbPut } from './field-db';
import { readAllEntries, signedOutHere, type StoredEntry } from './outbox-owner';

export type { StoredEntry };

/** How a run gets the staff ID token: `fresh` after a 401 (from the refresh cookie). Undefined: signed out. */
export interface TokenSource {
  token(fresh?: boolean): Promise<string | undefined>;
}

type Outcome =
  | { kind: 'sent' }
  | { kind: 'conflict'; reason: ConflictReason; detail?: string }
  | { kind: 'later' }
  | { kind: 'signed-out' };

/** The ID token's subject (the person's id, as in a task's assignees); not verified: the API verifies. */
export function tokenSubject(jwt: string): string | undefined {
  const sub = claims(jwt).sub;
  return typeof sub === 'string' ? sub : undefined;
}

/** The reasons a task conflict's problem names (shared/src/field/task-problem-types.ts). */
const REASON_OF_TYPE: Record<string, ConflictReason> = {
  [TASK_PROBLEM_TYPES.reassigned]: 'reassigned',
  [TASK_PROBLEM_TYPES.cancelled]: 'cancelled',
  [TASK_PROBLEM_TYPES.alreadyDone]: 'already-done',
};
const reasonOfProblem = (e: ApiError): ConflictReason | undefined => REASON_OF_TYPE[`${e.problem?.type ?? ''}`];

const photoKeys = (a: FieldAction) => (a.kind === 'finish' || a.kind === 'report' ? a.photos : []);

class Sender {
  /** `person`: whose entries this run sends; every request goes with that person's token, or not at all. */
  constructor(
    private readonly commune: string,
    private readonly tokens: TokenSource,
    private readonly person: string,
  ) {}

  /** One API call with the staff token, once more with a fresh one after a 401. */
  private async call<T>(rest: string, init: RequestInit, idempotencyKey?: string): Promise<T> {
    const send = async (fresh: boolean) => {
      const token = await this.tokens.token(fresh);
      if (!token) throw new SignedOutError();
      // Someone else's session now (they signed in meanwhile): never their token for this person's action.
      if (tokenSubject(token) !== this.person) throw new SignedOutError();
      return apiFetch<T>(apiPath(this.commune, rest), {
        ...init,
        headers: { authorization: `Bearer ${token}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
      });
    };
    try {
      return await send(false);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return send(true);
      throw e;
    }
  }

  async send(entry: StoredEntry, save: (e: StoredEntry) => Promise<void>): Promise<Outcome> {
    const uploaded = [...(entry.uploaded ?? [])];
    try {
      const photos = photoKeys(entry.action);
      for (const blob of photos.slice(uploaded.length)) {
        uploaded.push(await uploadPhoto(this.commune, blob));
        await save({ ...entry, uploaded });
      }
      await this.act(entry.action, uploaded, entry.id);
      return { kind: 'sent' };
    } catch (e) {
      // With the photos uploaded in this run: a finish re-applied after a 409 must carry them (else it lands without proof).
      return this.outcomeOf(e, { ...entry, uploaded });
    }
  }

  private async outcomeOf(e: unknown, entry: StoredEntry): Promise<Outcome> {
    if (e instanceof SignedOutError) return { kind: 'signed-out' };
    if (e instanceof NetworkError || !(e instanceof ApiError)) return { kind: 'later' };
    if (e.status === 401) return { kind: 'signed-out' };
    // Busy or down: try again later (the server never half-did it: the key makes the retry safe).
    if (e.status >= 500 || e.status === 429 || e.status === 408) return { kind: 'later' };
    const named = reasonOfProblem(e);
    if (named) return { kind: 'conflict', reason: named, detail: e.problem?.title };
    const a = entry.action;
    if (e.status === 409 && (a.kind === 'move' || a.kind === 'finish')) {
      try {
        return await this.reapply(entry, a);
      } catch (again) {
        return this.outcomeOf(again, { ...entry, action: { ...a, version: Number.MAX_SAFE_INTEGER } });
      }
    }
    if ((e.status === 403 || e.status === 404) && a.kind !== 'report')
      return { kind: 'conflict', reason: 'reassigned', detail: e.problem?.title };
    return { kind: 'conflict', reason: 'refused', detail: e.problem?.detail ?? e.problem?.title ?? `HTTP ${e.status}` };
  }

  /** After a 409: the task as it is now says why; a move still legal is applied on the new version (once). */
  private async reapply(entry: StoredEntry, a: Extract<FieldAction, { kind: 'move' | 'finish' }>): Promise<Outcome> {
    // A second 409 after re-applying is not re-applied again (the caller gives it a version that stops here).
    if (a.version === Number.MAX_SAFE_INTEGER) return { kind: 'conflict', reason: 'refused', detail: 'HTTP 409' };
    const task = await this.call<TaskView>(`staff/tasks/${encodeURIComponent(a.taskId)}`, { method: 'GET' });
    if (task.status === 'cancelled') return { kind: 'conflict', reason: 'cancelled' };
    if (task.status === 'done') return { kind: 'conflict', reason: 'already-done' };
    if (!task.assignees.includes(this.person)) return { kind: 'conflict', reason: 'reassigned' };
    const to = a.kind === 'finish' ? 'done' : a.to;
    if (task.status !== to && !canMoveTask(task.status, to)) return { kind: 'conflict', reason: 'refused' };
    await this.act({ ...a, from: task.status, version: task.version }, entry.uploaded ?? [], entry.id, task);
    return { kind: 'sent' };
  }

  /** The one request of an action. `current`: the task re-read after a conflict (the phone's ticks go on its list). */
  private async act(a: FieldAction, photos: string[], key: string, current?: TaskView): Promise<void> {
    const json = (method: string, body: unknown) => ({ method, body: JSON.stringify(body) });
    switch (a.kind) {
      case 'move':
        if (current?.status === a.to) return;
        await this.call(`staff/tasks/${encodeURIComponent(a.taskId)}`, json('PATCH', { version: a.version, status: a.to }), key);
        return;
      case 'finish': {
        // The API replaces the whole list: the phone's (texts and ticks) as it was shown; after a conflict, the ticks
        // go on the task's list as it is now (an agent may have edited it meanwhile; an item gone stays gone).
        const ticks = new Map(a.checklist.map((c) => [c.id, c.done]));
        // A finish queued by the app's previous version kept the ticks only: the task's list is read first, as it did.
        const base =
          current ??
          (a.checklist.some((c) => typeof c.text !== 'string')
            ? await this.call<TaskView>(`staff/tasks/${encodeURIComponent(a.taskId)}`, { method: 'GET' })
            : undefined);
        const checklist = base ? base.checklist.map((c) => ({ ...c, done: ticks.get(c.id) ?? c.done })) : a.checklist;
        const body = {
          version: a.version,
          status: 'done',
          ...(checklist.length ? { checklist } : {}),
          ...(photos.length ? { addFiles: photos } : {}),
          ...(a.note.trim() ? { note: a.note.trim() } : {}),
        };
        await this.call(`staff/tasks/${encodeURIComponent(a.taskId)}`, json('PATCH', body), key);
        return;
      }
      case 'comment':
        await this.call(`staff/tasks/${encodeURIComponent(a.taskId)}/comments`, json('POST', { text: a.text }), key);
        return;
      case 'report':
        await this.call(
          'staff/reports',
          json('POST', {
            category: a.category,
            lng: a.lng,
            lat: a.lat,
            ...(a.accuracy === undefined ? {} : { accuracy: a.accuracy }),
            description: a.description,
            photos,
          }),
          key,
        );
        return;
    }
  }
}

class SignedOutError extends Error {}

/** Why a run stopped before the end: the network (or server) is away, or nobody is signed in. */
export type RunEnd = 'done' | 'later' | 'signed-out';

const lockName = (commune: string) => `tandem-field-outbox:${commune}`;

/** Runs `fn` alone among every tab and worker of this origin (Web Locks; without them, alone in this context). */
function exclusively<T>(commune: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(lockName(commune), fn) as Promise<T>) : fn();
}

/**
 * Sends the waiting entries of the person whose token `tokens` gives (no one else's), oldest first, and stops at the
 * first one the network or the session holds back (the order matters: a task is started before it is finished).
 * `changed` is called after each entry's state changes.
 */
export function sendOutbox(commune: string, tokens: TokenSource, changed: () => void = () => {}): Promise<RunEnd> {
  return exclusively(commune, async () => {
    const all = await readAllEntries(commune);
    if (!all.some((e) => e.state !== 'conflict')) return 'done';
    // Signed out and nobody since: the refresh cookie may still be the one who left (an offline sign-out).
    if (await signedOutHere(commune)) return 'signed-out';
    const token = await tokens.token();
    const person = token ? tokenSubject(token) : undefined;
    if (!person) return 'signed-out';
    const sender = new Sender(commune, tokens, person);
    for (const entry of all) {
      if (entry.state === 'conflict' || entry.person !== person) continue;
      const save = (e: StoredEntry) => dbPut(commune, OUTBOX_STORE, e);
      await save({ ...entry, state: 'sending' });
      changed();
      const outcome = await sender.send(entry, save);
      const now = (await readAllEntries(commune)).find((e) => e.id === entry.id) ?? entry;
      if (outcome.kind === 'sent') await dbDelete(commune, OUTBOX_STORE, entry.id);
      else if (outcome.kind === 'conflict')
        await save({
          ...now,
          state: 'conflict',
          conflict: { reason: outcome.reason, ...(outcome.detail ? { detail: outcome.detail } : {}) },
        });
      else await save({ ...now, state: 'waiting' });
      changed();
      if (outcome.kind === 'later' || outcome.kind === 'signed-out') return outcome.kind;
    }
    return 'done';
  });
}

/** A token source for a context without the page's session (the service worker): the refresh cookie gives one. */
export function cookieTokens(commune: string, staffHeader: string): TokenSource {
  let cached: string | undefined;
  return {
    async token(fresh = false) {
      if (cached && !fresh) return cached;
      try {
        const t = await apiFetch<{ idToken: string }>(apiPath(commune, 'auth/refresh'), {
          method: 'POST',
          credentials: 'same-origin',
          headers: { [staffHeader]: '1' },
        });
        cached = t.idToken;
      } catch {
        cached = undefined;
      }
      return cached;
    },
  };
}
