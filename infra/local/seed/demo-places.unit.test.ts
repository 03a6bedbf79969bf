/** Every demo report, map item, permit and practical notice is inside its commune's boundary (the API would refuse it otherwise). */
import { describe, expect, it } from 'vitest';
import { CommuneConfig, distanceMetres, geometryInside, inBoundary, parseAddressCsv, type PermitGeometry } from '@tandem/shared';
import braine from '../../communes/braine-le-comte.json' with { type: 'json' };
import soignies from '../../communes/soignies.json' with { type: 'json' };
import { DEMO_REPORTS } from './demo-data.js';
import { DEMO_MAP_ITEMS } from './demo-map.js';
import { DEMO_PERMITS } from './demo-permits.js';
import { DEMO_TEAM_TASKS, DEMO_WORK_ORDER, DEMO_WORKER_TASKS } from './demo-work.js';
import { DEMO_ADDRESS_STREETS, demoAddressCsv, demoStreetPoints } from './demo-addresses.js';
import { DEMO_NEWS } from './demo-news.js';
import { NewsInput } from '@tandem/shared/schemas/news';

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
    for (const n of DEMO_NEWS[id] ?? []) {
      // Each notice is what the API takes (dated from any day), its point inside the commune.
      expect(NewsInput.safeParse({ ...n, from: '2026-12-02', until: '2026-12-31' }).success, n.title).toBe(true);
      if (n.place?.geometry) expect(geometryInside(n.place.geometry, area), n.title).toBe(true);
    }
    if (DEMO_WORK_ORDER[id]) expect(inBoundary(DEMO_WORK_ORDER[id].report.location, area), DEMO_WORK_ORDER[id].title).toBe(true);
    expect((DEMO_REPORTS[id] ?? []).length + (DEMO_MAP_ITEMS[id] ?? []).length).toBeGreaterThan(0);
    for (const street of DEMO_ADDRESS_STREETS[id] ?? [])
      for (const p of demoStreetPoints(street)) expect(inBoundary(p, area), `${street.name} ${p.number}`).toBe(true);
  });
});

describe('the demo address registers', () => {
  it.each(Object.keys(configs))('of %s import without a refused row, each street numbered along its line', (id) => {
    const [w, s, e, n] = configs[id].map.bbox;
    const parsed = parseAddressCsv(demoAddressCsv(id, configs[id].name)!, [w, s, e, n]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.points.length).toBe((DEMO_ADDRESS_STREETS[id] ?? []).reduce((k, st) => k + 2 * st.perSide, 0));
    // Odd and even numbers face each other across the street (about 12 m apart), consecutive odd ones follow it.
    const [one, two, three] = demoStreetPoints(DEMO_ADDRESS_STREETS[id][1]);
    expect(distanceMetres(one, two)).toBeGreaterThan(8);
    expect(distanceMetres(one, two)).toBeLessThan(16);
    expect(distanceMetres(one, three)).toBeGreaterThan(10);
  });
});
