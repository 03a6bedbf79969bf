import { describe, expect, it } from 'vitest';
import { EVENT_RULES, PERMIT_EVENT_TYPES } from '../event-catalogue.js';
import { matchesPattern } from '../event-pattern.js';
import { TRACKING_CODE_PATTERN } from '../tracking-code.js';
import { derivedIds, derivedWorkId } from './derived-id.js';

describe('derived work ids', () => {
  it('look like work ids, are the same for the same seed and differ between seeds', () => {
    const a = derivedIds.recurrenceTask('ABCD-1234', '2026-12-01');
    expect(a).toMatch(TRACKING_CODE_PATTERN);
    expect(derivedIds.recurrenceTask('ABCD-1234', '2026-12-01')).toBe(a);
    expect(derivedIds.recurrenceTask('ABCD-1234', '2026-12-02')).not.toBe(a);
    expect(derivedIds.permitProject('ABCD-1234')).not.toBe(derivedIds.workOrder('ABCD-1234', 'ABCD-1234'));
  });

  it('spread: a year of days of a hundred recurrences never meet', () => {
    const seen = new Set<string>();
    for (let r = 0; r < 100; r++) for (let d = 0; d < 365; d++) seen.add(derivedWorkId(`recurrence#R${r}#${d}`));
    expect(seen.size).toBe(36_500);
  });
});

describe('the rule that starts a permit’s process', () => {
  const rule = EVENT_RULES.find((r) => r.name === 'start-permit-process')!;
  const event = (type: string, detail: Record<string, unknown>) => ({ source: 'tandem.permits', 'detail-type': type, detail });
  it('takes a request reaching « submitted », and nothing else', () => {
    expect(rule.target).toBe('work/permit-process');
    expect(matchesPattern(event(PERMIT_EVENT_TYPES.state_changed, { to: 'submitted', from: 'draft' }), rule.pattern)).toBe(true);
    expect(matchesPattern(event(PERMIT_EVENT_TYPES.state_changed, { to: 'under_review' }), rule.pattern)).toBe(false);
    expect(matchesPattern(event(PERMIT_EVENT_TYPES.public_update, { to: 'submitted' }), rule.pattern)).toBe(false);
  });
});
