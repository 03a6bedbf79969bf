/** The submit rules read "today" in Brussels: at 00:30 the UTC date is still yesterday, and must not count. */
import { describe, expect, it } from 'vitest';
import { CommuneConfig, addDays, earliestStart, type PermitsConfig } from '@tandem/shared';
import { AFTER_MIDNIGHT, BRUSSELS_EDGES } from '@tandem/shared/brussels-time.test-support';
import soignies from '../../../infra/communes/soignies.json';
import { HttpError } from '../lib/http.js';
import { assertSubmittable, parseDetails } from './permit-input.js';

const config = CommuneConfig.parse(soignies);
const cfg = config.permits as PermitsConfig;
const occupation = (start: string) =>
  parseDetails('occupation', {
    use: 'container',
    description: 'Vidange de grenier',
    lengthMetres: 6,
    contractor: 'Conteneurs Hainaut',
    period: { start, end: addDays(start, 2) },
    place: { label: 'Rue de la Station 12, Soignies', geometry: { type: 'Point', coordinates: [4.0714, 50.5794] } },
    attachments: [],
  });
/** The codes of the issues a submission raises ([] when accepted). */
function issues(start: string, at: string, firstSubmittedAt?: string): string[] {
  try {
    assertSubmittable(config, 'occupation', occupation(start), firstSubmittedAt, new Date(at));
    return [];
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    return (e.extra.issues as { code: string }[]).map((i) => i.code);
  }
}

describe('submitting a request at the edges of a Brussels day', () => {
  it.each(BRUSSELS_EDGES)('at $wall ($name) the earliest first day counts from $day', (e) => {
    const earliest = earliestStart(cfg, 'occupation', { use: 'container' }, e.day);
    expect(issues(earliest, e.at)).toEqual([]);
    expect(issues(addDays(earliest, -1), e.at)).toEqual(['too_soon']);
  });

  it.each(AFTER_MIDNIGHT)('at 00:30 ($name) yesterday — the UTC date — is in the past', (e) => {
    expect(issues(addDays(e.day, -1), e.at)).toContain('start_in_past');
  });

  it('a request sent back keeps the lead time of the Brussels day it was first filed', () => {
    // First filed at 00:30 on Monday 26 October 2026 (still Sunday 25 in UTC), submitted again on the Tuesday.
    const filed = '2026-10-25T23:30:00Z';
    const again = '2026-10-27T10:00:00Z';
    const fromMonday = earliestStart(cfg, 'occupation', { use: 'container' }, '2026-10-26');
    const fromSunday = earliestStart(cfg, 'occupation', { use: 'container' }, '2026-10-25');
    const fromTuesday = earliestStart(cfg, 'occupation', { use: 'container' }, '2026-10-27');
    expect([fromSunday < fromMonday, fromMonday < fromTuesday]).toEqual([true, true]);
    expect(issues(fromMonday, again, filed)).toEqual([]);
    expect(issues(fromSunday, again, filed)).toEqual(['too_soon']);
  });
});
