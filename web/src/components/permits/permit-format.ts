/** How the permit pages write amounts, dates, periods and fee rules, in the visitor's language. */
import type { FeeRule } from '@tandem/shared/permits/permit-config';
import type { PermitPeriod } from '@tandem/shared/permits/permit-details';
import type { PermitState } from '@tandem/shared/permits/permit-states';
import { formatDayInWords } from '@tandem/shared/brussels-time';
import { periodInWords } from '@tandem/shared/permits/period-in-words';
import { dateLocale, locale, tr, type MessageKey } from '../../lib/locale';

/** Spaces inside amounts and dates never break ("25,00 €"). */
const nbsp = (s: string) => s.replace(/[\s\u202f]/g, '\u00a0');

/** Euro cents as money: "25,00 €" in French. */
export function formatEuros(cents: number): string {
  try {
    return nbsp(new Intl.NumberFormat(dateLocale(), { style: 'currency', currency: 'EUR' }).format(cents / 100));
  } catch {
    return `${(cents / 100).toFixed(2).replace('.', ',')}\u00a0€`;
  }
}

/** A fee: the amount, or "Gratuit". */
export function feeText(cents: number): string {
  return cents > 0 ? formatEuros(cents) : tr('permit.fee.free');
}

/** "jeudi 8 janvier 2027" from 2027-01-08 (a calendar day: no time zone involved). */
export function longDate(iso: string): string {
  return formatDayInWords(iso, locale.value);
}

/** A period in words: one day with its hours, or from a day to another. */
export function periodText(p: Partial<PermitPeriod>): string {
  return periodInWords(p, locale.value, tr);
}

/** A fee rule in words: "5,00 € par jour, minimum 15,00 €". */
export function feeRuleText(rule: FeeRule): string {
  const parts: string[] = [];
  if (rule.flat) parts.push(tr('permit.feeRule.flat', { amount: formatEuros(rule.flat) }));
  if (rule.perDay) parts.push(tr('permit.feeRule.perDay', { amount: formatEuros(rule.perDay) }));
  if (rule.perMetrePerDay) parts.push(tr('permit.feeRule.perMetrePerDay', { amount: formatEuros(rule.perMetrePerDay) }));
  if (!parts.length && !rule.minimum) return tr('permit.fee.free');
  if (rule.minimum && rule.minimum > (rule.flat || 0)) parts.push(tr('permit.feeRule.minimum', { amount: formatEuros(rule.minimum) }));
  if (rule.maximum !== undefined) parts.push(tr('permit.feeRule.maximum', { amount: formatEuros(rule.maximum) }));
  return parts.join(', ');
}

/** "30 jours" or "5 jours ouvrables". */
export function leadText(lead: { days: number; working: boolean }): string {
  return tr(lead.working ? 'permit.lead.working' : 'permit.lead.calendar', { days: lead.days });
}

export function permitStateLabel(s: PermitState): string {
  return tr(`permit.state.${s}` as MessageKey);
}
