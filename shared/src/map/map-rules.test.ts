import { describe, expect, it } from 'vitest';
import { geohashBounds, geohashEncode } from '../geo.js';
import { MapItemInput } from './map-items.js';
import { MAP_MAX_ITEM_CELLS, bboxesMeet, cellsCovering, geometryBBox, itemCells, periodMeets, ringSelfIntersects } from './map-rules.js';

describe('which items are live', () => {
  const works = { start: '2026-11-30', end: '2026-12-06' }; // Monday to Sunday
  it('meets a day or a window that touches its period, both ends included', () => {
    expect(periodMeets(works, '2026-11-30')).toBe(true);
    expect(periodMeets(works, '2026-12-06')).toBe(true);
    expect(periodMeets(works, '2026-11-29')).toBe(false);
    expect(periodMeets(works, '2026-12-07')).toBe(false);
    expect(periodMeets(works, '2026-11-20', '2026-11-30')).toBe(true);
    expect(periodMeets(works, '2026-12-07', '2026-12-31')).toBe(false);
  });
  it('with a weekday schedule, is off at the weekend', () => {
    const weekdays = { ...works, schedule: { days: [1, 2, 3, 4, 5], from: '07:00', to: '16:00' } };
    expect(periodMeets(weekdays, '2026-12-02')).toBe(true); // Wednesday
    expect(periodMeets(weekdays, '2026-12-05')).toBe(false); // Saturday
    expect(periodMeets(weekdays, '2026-12-05', '2026-12-06')).toBe(false);
    expect(periodMeets(weekdays, '2026-12-04', '2026-12-06')).toBe(true);
    expect(periodMeets({ ...works, schedule: { days: [7], from: '08:00', to: '12:00' } }, '2026-11-30', '2026-12-05')).toBe(false);
  });
});

describe('cells', () => {
  it('covers a viewport with every cell it touches, and refuses one too large', () => {
    const cells = cellsCovering([4.065, 50.575, 4.078, 50.584])!;
    expect(cells.length).toBeGreaterThan(4);
    // Every corner's cell is there, and every cell meets the viewport.
    for (const [lng, lat] of [
      [4.065, 50.575],
      [4.078, 50.584],
      [4.065, 50.584],
      [4.078, 50.575],
    ])
      expect(cells).toContain(geohashEncode({ lat, lng }, 6));
    for (const c of cells) expect(bboxesMeet(geohashBounds(c), [4.065, 50.575, 4.078, 50.584])).toBe(true);
    expect(cellsCovering([3.9, 50.4, 4.3, 50.8])).toBeUndefined();
  });
  it('puts a small item in its own cells and a long one in the wide list', () => {
    expect(itemCells({ type: 'Point', coordinates: [4.0714, 50.5794] })).toEqual([geohashEncode({ lat: 50.5794, lng: 4.0714 }, 6)]);
    const long = itemCells({
      type: 'LineString',
      coordinates: [
        [3.97, 50.53],
        [4.13, 50.63],
      ],
    });
    expect(long).toBe('wide');
    const short = itemCells({
      type: 'LineString',
      coordinates: [
        [4.065, 50.575],
        [4.078, 50.584],
      ],
    }) as string[];
    expect(short.length).toBeGreaterThan(1);
    expect(short.length).toBeLessThanOrEqual(MAP_MAX_ITEM_CELLS);
    expect(
      geometryBBox({
        type: 'LineString',
        coordinates: [
          [4.075, 50.58],
          [4.07, 50.579],
        ],
      }),
    ).toEqual([4.07, 50.579, 4.075, 50.58]);
  });
});

describe('areas', () => {
  it('finds a bow tie, accepts a square and a concave shape', () => {
    expect(
      ringSelfIntersects([
        [0, 0],
        [2, 2],
        [2, 0],
        [0, 2],
        [0, 0],
      ]),
    ).toBe(true);
    expect(
      ringSelfIntersects([
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ]),
    ).toBe(false);
    expect(
      ringSelfIntersects([
        [0, 0],
        [4, 0],
        [4, 4],
        [2, 1],
        [0, 4],
        [0, 0],
      ]),
    ).toBe(false);
  });
});

describe('staff input', () => {
  const base = {
    kind: 'works',
    title: 'Trottoirs',
    geometry: { type: 'Point', coordinates: [4.07, 50.58] },
    period: { start: '2026-12-01', end: '2026-12-03' },
  };
  it('names the failing field', () => {
    const bad = MapItemInput.safeParse({ ...base, period: { start: '2026-12-03', end: '2026-12-01' } });
    expect(bad.success || bad.error.issues.map((i) => i.path.join('.'))).toEqual(['period.end']);
    const kind = MapItemInput.safeParse({ ...base, kind: 'report' });
    expect(kind.success).toBe(false);
    expect(MapItemInput.parse(base)).toMatchObject({ description: '', streets: [] });
  });
});
