/** Labels and formats the staff permit views share: states, kinds, dates, periods, fees, departments. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PermitState } from '@tandem/shared/permits/permit-states';
import type { PermitKind, PermitPeriod } from '@tandem/shared/permits/permit-details';
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import { reviewersFor } from '@tandem/shared/permits/permit-rules';
import { formatCalendarDay } from '@tandem/shared/brussels-time';
import { tr, dateLocale, type MessageKey } from '../../../lib/locale';

export const permitStateLabel = (s: PermitState): string => tr(`permit.state.${s}` as MessageKey);
export const permitKindLabel = (k: PermitKind): string => tr(`permit.kind.${k}` as MessageKey);

/** A department's name in the agent's language, its code when the commune does not know it. */
export { departmentName as deptName, departmentInSentence } from '../../Timeline';

/** An ISO calendar day (YYYY-MM-DD) in words, without any time-zone shift. */
export function formatDay(iso: string): string {
  try {
    return formatCalendarDay(iso.slice(0, 10), dateLocale(), { dateStyle: 'medium' });
  } catch {
    return iso;
  }
}

/** "12 mai 2026, 14:00 → 13 mai 2026, 02:00"; one day: "12 mai 2026, 14:00 – 23:00". */
export function formatPeriod(p: PermitPeriod): string {
  const start = formatDay(p.start);
  if (p.start === p.end) {
    if (p.startTime && p.endTime) return tr('permitStaff.period.oneDayTimes', { day: start, from: p.startTime, to: p.endTime });
    if (p.startTime) return tr('permitStaff.period.oneDayFrom', { day: start, from: p.startTime });
    return start;
  }
  const from = p.startTime ? `${start}, ${p.startTime}` : start;
  const end = formatDay(p.end);
  const to = p.endTime ? `${end}, ${p.endTime}` : end;
  return tr('permitStaff.period.range', { from, to });
}

/** Euro cents as money in the agent's language; zero is "Gratuit". */
export function formatFee(cents: number): string {
  if (!cents) return tr('permit.fee.free');
  try {
    return new Intl.NumberFormat(dateLocale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} €`;
  }
}

export function formatNumber(n: number): string {
  try {
    return new Intl.NumberFormat(dateLocale()).format(n);
  } catch {
    return String(n);
  }
}

/**
 * The departments asked (or to ask) for an opinion: the permit's own list once opinions were requested,
 * before that what the commune's rules give for this request (the same shared rule the API applies).
 */
export function reviewersOf(commune: PublicCommuneConfig, permit: StaffPermit): string[] {
  if (permit.reviewers.length) return permit.reviewers;
  return commune.permits ? reviewersFor(commune.permits, permit.kind, permit.details) : [];
}
