/**
 * The staff app's friendly rule builder (web/src/components/staff/tasks/recurrences/): the common choices (every working day, every week on a day, every 2 weeks,
 * every month on a date, the nth weekday of the month) and « another rule » typed as an RRULE. A choice becomes the
 * RRULE string the API stores (`formatRrule`'s canonical form), and a stored rule becomes the choice it is, so that
 * editing shows the same radio the agent picked.
 */
import { formatRrule, parseRrule, WEEKDAY_CODES, type RecurrenceRule, type WeekdayCode } from './rrule.js';

export const RULE_KINDS = ['workdays', 'weekly', 'biweekly', 'monthDay', 'nthWeekday', 'custom'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
/** The places in the month the builder offers (-1: the last). */
export const NTHS = [1, 2, 3, 4, -1] as const;

export interface RuleChoice {
  kind: RuleKind;
  weekday: WeekdayCode;
  /** 1…31, or -1 for the month's last day. */
  monthDay: number;
  nth: number;
  /** The typed RRULE (kind « custom »). */
  text: string;
}

export const defaultChoice = (): RuleChoice => ({ kind: 'weekly', weekday: 'MO', monthDay: 1, nth: 1, text: '' });

function ruleOf(c: RuleChoice): RecurrenceRule | undefined {
  switch (c.kind) {
    case 'workdays':
      return { freq: 'WEEKLY', interval: 1, byDay: WEEKDAY_CODES.slice(0, 5).map((weekday) => ({ weekday })) };
    case 'weekly':
      return { freq: 'WEEKLY', interval: 1, byDay: [{ weekday: c.weekday }] };
    case 'biweekly':
      return { freq: 'WEEKLY', interval: 2, byDay: [{ weekday: c.weekday }] };
    case 'monthDay':
      return { freq: 'MONTHLY', interval: 1, byMonthDay: [c.monthDay] };
    case 'nthWeekday':
      return { freq: 'MONTHLY', interval: 1, byDay: [{ weekday: c.weekday, ordinal: c.nth }] };
    default:
      return undefined;
  }
}

/** The RRULE string of a choice (the typed text for « another rule »). */
export function rruleOfChoice(c: RuleChoice): string {
  const r = ruleOf(c);
  return r ? formatRrule(r) : c.text.trim();
}

/** The choice a stored rule is: one of the common ones when it is exactly that, else « another rule » with its text. */
export function choiceOfRule(rule: string): RuleChoice {
  const base = defaultChoice();
  const parsed = parseRrule(rule);
  if (!parsed.ok) return { ...base, kind: 'custom', text: rule };
  // Days in the week's order, so that « FR,TH,WE,TU,MO » is the working days too.
  const order = (d: { weekday: WeekdayCode }) => WEEKDAY_CODES.indexOf(d.weekday);
  const r = { ...parsed.rule, ...(parsed.rule.byDay ? { byDay: [...parsed.rule.byDay].sort((a, b) => order(a) - order(b)) } : {}) };
  const canonical = formatRrule(r);
  const candidate: RuleChoice = {
    ...base,
    weekday: r.byDay?.[0]?.weekday ?? base.weekday,
    nth: r.byDay?.[0]?.ordinal ?? base.nth,
    monthDay: r.byMonthDay?.[0] ?? base.monthDay,
  };
  for (const kind of RULE_KINDS) {
    if (kind !== 'custom' && rruleOfChoice({ ...candidate, kind }) === canonical) return { ...candidate, kind };
  }
  return { ...base, kind: 'custom', text: canonical };
}
