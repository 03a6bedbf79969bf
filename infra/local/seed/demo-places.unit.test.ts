/** Every demo report, map item and permit is inside its commune's boundary (the API would refuse it otherwise). */
import { describe, expect, it } from 'vitest';
import { CommuneConfig, geometryInside, inBoundary, type PermitGeometry } from '@tandem/shared';
import braine from '../../communes/braine-le-comte.json' with { type: 'json' };
import soignies from '../../communes/soignies.json' with { type: 'json' };
import { DEMO_REPORTS } from './demo-data.js';
import { DEMO_MAP_ITEMS } from './demo-map.js';
import { DEMO_PERMITS } from './demo-permits.js';
import { DEMO_TEAM_TASKS, DEMO_WORK_ORDER, DEMO_WORKER_TASKS } from './demo-work.js';

const configs = Object.fromEntries([soignies, braine].map((c) => [c.id, CommuneConfig.parse(c)]));

describe('demo data', () => {
  it.each(Object.keys(configs))('of %s is inside its boundary', (id) => {
    const area = configs[id].map.boundary;
    for (const r of DEMO_REPORTS[id] ?? []) expect(inBoundary(r.location, area), r.address).toBe(true);
    for (const m of DEMO_MAP_ITEMS[id] ?? []) expect(geometryInside(m.geometry, area), m.title).toBe(true);
    for (const p of DEMO_PERMITS[id] ?? []) {
      const place = p.details.place as { label: string; geometry: PermitGeometry };
      expect(geometryInside(place.geometry, area), place.label).toBe(true);
    }
    for (const t of [...(DEMO_WORKER_TASKS[id] ?? []), ...(DEMO_TEAM_TASKS[id] ?? [])])
      if (t.place) expect(inBoundary(t.place, area), t.title).toBe(true);
    if (DEMO_WORK_ORDER[id]) expect(inBoundary(DEMO_WORK_ORDER[id].report.location, area), DEMO_WORK_ORDER[id].title).toBe(true);
    expect((DEMO_REPORTS[id] ?? []).length + (DEMO_MAP_ITEMS[id] ?? []).length).toBeGreaterThan(0);
  });
});
