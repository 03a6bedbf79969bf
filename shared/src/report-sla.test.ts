import { describe, expect, it } from 'vitest';
import { reportSla, slaDueAt } from './report-sla.js';

describe('report SLA', () => {
  it('counts Brussels calendar days: due at the Brussels midnight ending the last day', () => {
    // Filed 23:30 UTC on 2 March = 00:30 on 3 March in Brussels (winter, UTC+1): day 0 is 3 March.
    expect(slaDueAt('2026-03-02T23:30:00Z', 2)).toBe('2026-03-05T23:00:00.000Z');
    // Summer time (UTC+2).
    expect(slaDueAt('2026-07-01T10:00:00Z', 1)).toBe('2026-07-02T22:00:00.000Z');
  });

  it('is late only while open and past the due instant', () => {
    const r = { createdAt: '2026-03-02T10:00:00Z', state: 'new' as const };
    expect(reportSla(r, 3, '2026-03-05T22:59:59Z')).toEqual({ slaDueAt: '2026-03-05T23:00:00.000Z', slaLate: false });
    expect(reportSla(r, 3, '2026-03-05T23:00:00Z')?.slaLate).toBe(true);
    expect(reportSla({ ...r, state: 'fixed' }, 3, '2026-04-01T00:00:00Z')?.slaLate).toBe(false);
    expect(reportSla(r, undefined, '2026-04-01T00:00:00Z')).toBeUndefined();
  });
});
