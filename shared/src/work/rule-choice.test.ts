import { describe, expect, it } from 'vitest';
import { parseRrule } from './rrule.js';
import { choiceOfRule, defaultChoice, rruleOfChoice, RULE_KINDS } from './rule-choice.js';

describe('the rule builder', () => {
  it('makes the RRULE of each common choice, one the API reads', () => {
    const c = defaultChoice();
    expect(rruleOfChoice({ ...c, kind: 'workdays' })).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(rruleOfChoice({ ...c, kind: 'weekly', weekday: 'TH' })).toBe('FREQ=WEEKLY;BYDAY=TH');
    expect(rruleOfChoice({ ...c, kind: 'biweekly', weekday: 'FR' })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR');
    expect(rruleOfChoice({ ...c, kind: 'monthDay', monthDay: -1 })).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(rruleOfChoice({ ...c, kind: 'nthWeekday', nth: 1, weekday: 'MO' })).toBe('FREQ=MONTHLY;BYDAY=1MO');
    for (const kind of RULE_KINDS.filter((k) => k !== 'custom')) expect(parseRrule(rruleOfChoice({ ...c, kind })).ok).toBe(true);
  });

  it('finds the choice back from a stored rule, written any way; other rules stay typed', () => {
    expect(choiceOfRule('RRULE:FREQ=MONTHLY;BYDAY=2TU')).toMatchObject({ kind: 'nthWeekday', nth: 2, weekday: 'TU' });
    expect(choiceOfRule('FREQ=WEEKLY;BYDAY=WE;INTERVAL=2')).toMatchObject({ kind: 'biweekly', weekday: 'WE' });
    expect(choiceOfRule('FREQ=WEEKLY;BYDAY=FR,TH,WE,TU,MO')).toMatchObject({ kind: 'workdays' });
    expect(choiceOfRule('FREQ=MONTHLY;BYMONTHDAY=15')).toMatchObject({ kind: 'monthDay', monthDay: 15 });
    expect(choiceOfRule('FREQ=DAILY;COUNT=3')).toMatchObject({ kind: 'custom', text: 'FREQ=DAILY;COUNT=3' });
    expect(choiceOfRule('FREQ=NEVER')).toMatchObject({ kind: 'custom', text: 'FREQ=NEVER' });
  });
});
