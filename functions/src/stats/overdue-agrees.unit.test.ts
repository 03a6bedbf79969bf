/**
 * The statistics' overdue count and the inbox's SLA flag are one rule (docs/statistics.md): at any instant, the reports
 * the rollup counts are exactly those the inbox flags « Hors délai », for a category with `slaDays` and one without
 * (never late, never counted), across the spring clock change.
 */
import { describe, expect, it } from 'vitest';
import { type CommuneConfig, type ReportItem, type ReportState, overdueByDepartment, overdueCutoff } from '@tandem/shared';
import { planningOf } from '../reports/report-item.js';

const category = (code: string, department: string, slaDays?: number) => ({
  code,
  label: { fr: code },
  department,
  keywords: [],
  questions: [],
  ...(slaDays ? { slaDays } : {}),
});
const config = { categories: [category('voirie', 'travaux', 5), category('graffiti', 'environnement')] } as unknown as Pick<
  CommuneConfig,
  'categories'
>;

const filed = ['2026-01-05T10:00:00Z', '2026-03-01T09:00:00Z', '2026-03-02T23:30:00Z', '2026-03-24T12:00:00Z'];
const reports = filed.flatMap((createdAt) =>
  (['voirie', 'graffiti'] as const).flatMap((cat) =>
    (['new', 'in_progress'] as ReportState[]).map((state) => ({
      category: cat,
      department: cat === 'voirie' ? 'travaux' : 'environnement',
      createdAt,
      state,
    })),
  ),
);

/** What the rollup counts at `asOf`: the open reports its read returns (filed before the cutoff), by the shared rule. */
function counted(asOf: number): Record<string, number> {
  const cutoff = overdueCutoff(config, asOf);
  return cutoff
    ? overdueByDepartment(
        config,
        reports.filter((r) => r.createdAt < cutoff),
        asOf,
      )
    : {};
}

/** What the inbox flags at `asOf` (its rows' planning), per department. */
function flagged(asOf: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of reports) {
    if (planningOf(r as unknown as ReportItem, config, new Date(asOf).toISOString()).slaLate) {
      counts[r.department] = (counts[r.department] ?? 0) + 1;
    }
  }
  return counts;
}

describe('overdue in the statistics, late in the inbox', () => {
  it('agree at every instant, every three hours from February to mid-April', () => {
    let seen = 0;
    for (let t = Date.parse('2026-02-01T00:00:00Z'); t <= Date.parse('2026-04-15T00:00:00Z'); t += 3 * 3_600_000) {
      expect(counted(t), new Date(t).toISOString()).toEqual(flagged(t));
      seen += counted(t).travaux ?? 0;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('count a category with slaDays from the Brussels midnight ending its last day', () => {
    // Filed 1 March 10:00 in Brussels: five days after 1 March end at 23:00 UTC on 6 March (January's two already count).
    const before = Date.parse('2026-03-06T22:59:59Z');
    const after = Date.parse('2026-03-06T23:00:00Z');
    expect(counted(before)).toEqual({ travaux: 2 });
    expect(counted(after)).toEqual({ travaux: 4 });
    expect(flagged(after)).toEqual({ travaux: 4 });
  });

  it('never count a category without slaDays, however old the report (the inbox shows no flag for it)', () => {
    const later = Date.parse('2026-06-01T00:00:00Z');
    expect(counted(later).environnement).toBeUndefined();
    expect(flagged(later).environnement).toBeUndefined();
    expect(counted(later).travaux).toBe(8);
    const noSla = { categories: [category('graffiti', 'environnement')] } as unknown as Pick<CommuneConfig, 'categories'>;
    expect(overdueCutoff(noSla, later)).toBeUndefined();
  });
});
