/** A recurrence as the API answers it (schemas/recurring.ts: RecurrenceView), with its rule in words and next days. */
import { addDays, type RecurrenceItem } from '@tandem/shared';
import type { RecurrenceView } from '@tandem/shared/schemas/recurring';
import { occurrences, parseRrule } from '@tandem/shared/work/rrule';
import { describeRrule } from '@tandem/shared/work/rrule-words';

export function recurrenceView(r: RecurrenceItem, today: string): RecurrenceView {
  const parsed = parseRrule(r.rule);
  const next = parsed.ok ? occurrences(parsed.rule, r.start, { from: today, to: addDays(today, 366 * 2) }).slice(0, 5) : [];
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    department: r.department,
    assignees: r.assignees,
    priority: r.priority,
    checklist: r.checklist,
    ...(r.place ? { place: r.place } : {}),
    rule: r.rule,
    ruleInWords: parsed.ok ? describeRrule(parsed.rule, r.start, 'fr', undefined, r.time) : r.rule,
    start: r.start,
    time: r.time,
    active: r.active,
    ...(r.generatedUntil ? { generatedUntil: r.generatedUntil } : {}),
    next,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}
