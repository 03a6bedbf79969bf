/**
 * A recurrence as its form holds it, checked before sending with the API's own schema (RecurrenceInput), turned into
 * the API's body (the whole input when new, only what changed for an edit), and the API's 422 fields put back next to
 * the form's fields.
 */
import { RecurrenceInput, type RecurrenceChange } from '@tandem/shared/schemas/recurring';
import { choiceOfRule, defaultChoice, rruleOfChoice, type RuleChoice } from '@tandem/shared/work/rule-choice';
import type { InvalidParam } from '@tandem/shared/problem';
import { tr } from '../../../../lib/locale';
import type { FieldErrors } from '../../../report/form-errors';
import type { RecurrenceView } from './recurrence-api';

export interface RecurrenceDraft {
  title: string;
  description: string;
  department: string;
  start: string;
  time: string;
  active: boolean;
  choice: RuleChoice;
}

/** The form's field ids (the error summary links to them), in the form's order. */
export const RF = {
  title: 'rf-title',
  description: 'rf-description',
  department: 'rf-department',
  rule: 'rf-rule',
  start: 'rf-start',
  time: 'rf-time',
  active: 'rf-active',
} as const;
export const RF_ORDER = Object.values(RF);

export const emptyRecurrenceDraft = (department: string, today: string): RecurrenceDraft => ({
  title: '',
  description: '',
  department,
  start: today,
  time: '08:00',
  active: true,
  choice: defaultChoice(),
});

export const draftOfRecurrence = (r: RecurrenceView): RecurrenceDraft => ({
  title: r.title,
  description: r.description,
  department: r.department,
  start: r.start,
  time: r.time,
  active: r.active,
  choice: choiceOfRule(r.rule),
});

/** The new recurrence's body (RecurrenceInput). */
export const recurrenceInputOf = (d: RecurrenceDraft) => ({
  title: d.title.trim(),
  description: d.description.trim(),
  department: d.department,
  rule: rruleOfChoice(d.choice),
  start: d.start,
  time: d.time,
  active: d.active,
});

/** What an edit changes (only the fields that differ); empty when nothing does. */
export function recurrenceChangeOf(d: RecurrenceDraft, r: RecurrenceView): Omit<RecurrenceChange, 'version'> {
  const now = recurrenceInputOf(d);
  const was = recurrenceInputOf(draftOfRecurrence(r));
  const c: Record<string, unknown> = {};
  for (const k of Object.keys(now) as (keyof typeof now)[]) if (now[k] !== was[k]) c[k] = now[k];
  return c;
}

/** The form's problems, by the API's rules (so that the form says them before sending). */
export function checkRecurrenceDraft(d: RecurrenceDraft): FieldErrors {
  const e: FieldErrors = {};
  if (d.title.trim().length < 3 || d.title.trim().length > 140) e[RF.title] = tr('recurring.ui.form.error.title');
  if (!d.start) e[RF.start] = tr('recurring.ui.form.error.start');
  if (!/^\d\d:\d\d$/.test(d.time)) e[RF.time] = tr('recurring.ui.form.error.time');
  if (!Object.keys(e).length) {
    const r = RecurrenceInput.safeParse(recurrenceInputOf(d));
    if (!r.success) for (const i of r.error.issues) e[fieldOf(i.path.map(String))] ??= i.message;
  }
  return e;
}

/** The API's refused fields (422), by the form's field ids; those it cannot place stay in the summary's text. */
export function serverFieldErrors(params: InvalidParam[]): FieldErrors {
  const e: FieldErrors = {};
  for (const p of params) e[fieldOf(p.name.split('.'))] ??= p.reason;
  return e;
}

function fieldOf(path: string[]): string {
  const known = path.find((s) => s in RF) as keyof typeof RF | undefined;
  return known ? RF[known] : RF.title;
}
