/**
 * Where the field app's two halves meet: the shell (`shell/`: session and PIN lock, the « Aujourd’hui » store kept for
 * offline use, the outbox, the service worker) and the screens (`screens/`). The screens never call the API to
 * change anything: they put an action in the outbox, which sends it once, when it can, with its own Idempotency-Key.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { FieldTaskView, TodayView } from '@tandem/shared/field/field-api';
import type { TaskStatus } from '@tandem/shared/work/task-states';

export type { FieldTaskView, TodayView };

/** What a worker does, as kept in the outbox until the server has it. Photos are kept as resized JPEG blobs. */
export type FieldAction =
  /** Commencer (todo → doing), or any other move of the task's status but « fait ». */
  | { kind: 'move'; taskId: string; from: TaskStatus; to: TaskStatus; version: number }
  /** Terminer with proof: photos (one or more), an optional note, the checklist as ticked on the phone. */
  | {
      kind: 'finish';
      taskId: string;
      from: TaskStatus;
      version: number;
      note: string;
      /** The task's checklist with the phone's ticks (with its texts: the API replaces the whole list). */
      checklist: { id: string; text: string; done: boolean }[];
      photos: Blob[];
    }
  /** « Signaler ce que je vois »: becomes a report « signalé par le service ». */
  | { kind: 'report'; category: string; lng: number; lat: number; accuracy?: number; description: string; photos: Blob[] }
  | { kind: 'comment'; taskId: string; text: string };

/** Why an action could not be done as it was, said in words on the screen (never dropped silently). */
export type ConflictReason =
  /** The task was given to someone else meanwhile. */
  | 'reassigned'
  /** The task was cancelled meanwhile. */
  | 'cancelled'
  /** Someone else finished it meanwhile. */
  | 'already-done'
  /** The report was closed by an agent meanwhile. */
  | 'report-closed'
  /** The server refused it for another reason (its problem's title is kept in `detail`). */
  | 'refused';

export interface OutboxEntry {
  /** Also the Idempotency-Key of every request it makes (a retry is never done twice). */
  id: string;
  action: FieldAction;
  /** UTC ISO. */
  createdAt: string;
  state: 'waiting' | 'sending' | 'conflict';
  conflict?: { reason: ConflictReason; detail?: string };
}

export interface OutboxApi {
  /** Everything not yet accepted by the server, oldest first (conflicts stay until the worker decides). */
  readonly entries: ReadonlySignal<readonly OutboxEntry[]>;
  /** How many actions wait to be sent (not counting conflicts). */
  readonly waiting: ReadonlySignal<number>;
  /** Whether a send is running. */
  readonly sending: ReadonlySignal<boolean>;
  /** Keeps the action (IndexedDB) and tries to send it at once when online. Resolves once it is stored. */
  add(action: FieldAction): Promise<OutboxEntry>;
  /** « Envoyer maintenant », `online`, opening the app and the service worker's `sync` all call this; calls at once share one run. */
  flush(): Promise<void>;
  /** The worker read a conflict and lets it go (what it held is shown to them before). */
  dismiss(id: string): Promise<void>;
}

export interface TodayStore {
  /** What was last read (from the server, or kept on the phone when offline); undefined before the first read. */
  readonly today: ReadonlySignal<TodayView | undefined>;
  /** Whether what is shown comes from the phone (no network) rather than the server just now. */
  readonly offline: ReadonlySignal<boolean>;
  /** Reads GET staff/today when online (and keeps it and its photos), else shows what is kept. */
  refresh(): Promise<void>;
  /** One task as kept, with the outbox's pending actions applied on top (a started task shows « en cours » at once). */
  task(id: string): FieldTaskView | undefined;
}
