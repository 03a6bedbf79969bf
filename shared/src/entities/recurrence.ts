/**
 * A recurrence: the template of a task that comes back (« balayer la Grand-Place chaque lundi à 07:00 », « contrôle des
 * aires de jeux chaque 1er mardi du mois »), its rule (an RRULE subset, shared/src/work/rrule.ts), the first day it
 * applies from and the Brussels wall time its tasks are due at. The scheduler makes its tasks some days ahead and
 * remembers up to which day it made them (`generatedUntil`); each task's id is derived from the recurrence and the day
 * (shared/src/work/derived-id.ts), so no day is ever made twice. Own partition `C#c#RECURRENCE#<id>`; the commune's
 * recurrences are one gsi1 partition, read by the list and by the scheduler (no scan).
 */
import type { TaskPriority } from '../work/task-states.js';
import { communePrefix } from './key-parts.js';
import type { WorkPlace } from './task.js';

export const RECURRENCE_SK: '#RECURRENCE' = '#RECURRENCE';

const recurrencePk = (commune: string, id: string) => `${communePrefix(commune)}RECURRENCE#${id}`;

export const recurrenceKeys = {
  recurrence: (commune: string, id: string) => ({ pk: recurrencePk(commune, id), sk: RECURRENCE_SK }),
  recurrencePk,
  /** gsi1: every recurrence of the commune, by id. */
  recurrencesAll: (commune: string) => `${communePrefix(commune)}RECURRENCES`,
};

/** What each task made from the recurrence is. */
export interface RecurrenceTaskTemplate {
  title: string;
  description: string;
  department: string;
  assignees: string[];
  priority: TaskPriority;
  /** The checklist's lines, fresh (not done) on each task. */
  checklist: string[];
  place?: WorkPlace;
}

export interface RecurrenceItem extends RecurrenceTaskTemplate {
  pk: string;
  sk: typeof RECURRENCE_SK;
  type: 'recurrence';
  commune: string;
  id: string;
  /** The rule in RFC 5545's form, as `formatRrule` writes it (e.g. FREQ=MONTHLY;BYDAY=2TU). */
  rule: string;
  /** The first calendar day (Brussels) the rule applies from. */
  start: string;
  /** The Brussels wall time (HH:MM) each task is due at. */
  time: string;
  /** Paused: the scheduler makes no new task (those made stay). */
  active: boolean;
  /** The last day the scheduler made tasks up to (inclusive); absent before its first run. */
  generatedUntil?: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  version: number;
  gsi1pk: string;
  gsi1sk: string;
}

export type NewRecurrence = Omit<RecurrenceItem, 'pk' | 'sk' | 'type' | 'version' | 'gsi1pk' | 'gsi1sk' | 'updatedAt' | 'generatedUntil'>;

export function newRecurrenceItem(r: NewRecurrence): RecurrenceItem {
  return {
    ...recurrenceKeys.recurrence(r.commune, r.id),
    type: 'recurrence',
    ...r,
    updatedAt: r.createdAt,
    version: 1,
    gsi1pk: recurrenceKeys.recurrencesAll(r.commune),
    gsi1sk: r.id,
  };
}
