import { describe, expect, it } from 'vitest';
import { BRUSSELS_EDGES } from '@tandem/shared/brussels-time.test-support';
import { reportFeature } from './report-features.js';
import type { ReportItem } from '@tandem/shared';

const config = { id: 'soignies', categories: [{ code: 'voirie', label: { fr: 'Voirie' } }] } as never;
const report = (createdAt: string) =>
  ({
    code: 'ABCD-1234',
    category: 'voirie',
    description: 'Un trou',
    location: { lat: 50.58, lng: 4.07 },
    createdAt,
    updatedAt: createdAt,
  }) as unknown as ReportItem;

describe('an open report on the map', () => {
  it.each(BRUSSELS_EDGES)('filed at $wall in Brussels ($name) was reported on $day', (e) => {
    const f = reportFeature(report(new Date(e.at).toISOString()), config, e.day)!;
    expect(f.properties.start).toBe(e.day);
    expect(f.properties).toMatchObject({ kind: 'report', title: 'Voirie', end: e.day, source: { url: '/soignies/suivi/ABCD-1234/' } });
  });
});
