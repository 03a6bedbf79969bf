/**
 * How long a report may stay open before it counts as overdue: the category's `slaDays` when the commune config
 * gives one (the back office adds it to the categories), else the default below. Read defensively, so that this works
 * before and after the field joins the category schema.
 */
import type { ReportCategory } from '../commune-config.js';

/** Days a report of a category without `slaDays` may stay open (docs/statistics.md). */
export const DEFAULT_SLA_DAYS = 30;

export function slaDaysOf(category: ReportCategory | undefined): number {
  const sla = (category as { slaDays?: unknown } | undefined)?.slaDays;
  return typeof sla === 'number' && Number.isFinite(sla) && sla > 0 ? sla : DEFAULT_SLA_DAYS;
}
