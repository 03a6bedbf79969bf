/**
 * In-memory stand-ins of the field app's TodayStore and OutboxApi (web/src/components/field/contract.ts), for the
 * screens' browser test: what the screens read, and every action they put in the outbox, kept for the test to read.
 * The real ones (IndexedDB, the network) are the shell's, tested by field-offline.test.ts.
 */
import { computed, signal } from '@preact/signals';
import type {
  ConflictReason,
  FieldAction,
  FieldTaskView,
  OutboxApi,
  OutboxEntry,
  TodayStore,
  TodayView,
} from '../../../web/src/components/field/contract';

export interface MemoryOutbox extends OutboxApi {
  /** Every action added, in order (kept after a flush or a dismiss). */
  readonly added: FieldAction[];
  flushes: number;
  /** Puts an action in the outbox as a conflict, as the shell does when the server refused it. */
  conflict(action: FieldAction, reason: ConflictReason, detail?: string): OutboxEntry;
}

export function memoryOutbox(): MemoryOutbox {
  const entries = signal<readonly OutboxEntry[]>([]);
  let n = 0;
  const entry = (action: FieldAction, state: OutboxEntry['state'], conflict?: OutboxEntry['conflict']): OutboxEntry => ({
    id: `entry-${++n}`,
    action,
    createdAt: new Date().toISOString(),
    state,
    ...(conflict ? { conflict } : {}),
  });
  const outbox: MemoryOutbox = {
    entries,
    waiting: computed(() => entries.value.filter((e) => e.state !== 'conflict').length),
    sending: signal(false),
    added: [],
    flushes: 0,
    async add(action) {
      const e = entry(action, 'waiting');
      outbox.added.push(action);
      entries.value = [...entries.value, e];
      return e;
    },
    async flush() {
      outbox.flushes++;
    },
    async dismiss(id) {
      entries.value = entries.value.filter((e) => e.id !== id);
    },
    conflict(action, reason, detail) {
      const e = entry(action, 'conflict', { reason, ...(detail ? { detail } : {}) });
      entries.value = [...entries.value, e];
      return e;
    },
  };
  return outbox;
}

/** A store over one TodayView; `task(id)` applies the outbox's pending moves and finishes, as the shell's does. */
export function memoryStore(view: TodayView | undefined, outbox: OutboxApi, offline = false): TodayStore & { refreshes: number } {
  const store = {
    today: signal(view),
    offline: signal(offline),
    refreshes: 0,
    async refresh() {
      store.refreshes++;
    },
    task(id: string): FieldTaskView | undefined {
      const v = store.today.value;
      const found = [...(v?.mine ?? []), ...(v?.team ?? [])].find((t) => t.id === id);
      if (!found) return undefined;
      let status = found.status;
      for (const { action: a, state } of outbox.entries.value) {
        if (state === 'conflict' || !('taskId' in a) || a.taskId !== id) continue;
        if (a.kind === 'move') status = a.to;
        if (a.kind === 'finish') status = 'done';
      }
      return { ...found, status };
    },
  };
  return store;
}
