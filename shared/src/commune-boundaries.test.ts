/** A commune's area is its boundary (a polygon), not its map extent: the two demo communes, side by side. */
import { describe, expect, it } from 'vitest';
import braineJson from '../../infra/communes/braine-le-comte.json' with { type: 'json' };
import soigniesJson from '../../infra/communes/soignies.json' with { type: 'json' };
import { CommuneConfig } from './commune-config.js';
import { type Boundary, type LatLng, inBBox, inBoundary } from './geo.js';
import { ringSelfIntersects } from './map/map-rules.js';

const soignies = CommuneConfig.parse(soigniesJson);
const braine = CommuneConfig.parse(braineJson);
const ringOf = (b: Boundary) => (b.type === 'Polygon' ? b.coordinates[0] : b.coordinates[0][0]);

/** Villages of each commune (approximate centres), its centre first. */
const PLACES: Record<string, [string, LatLng][]> = {
  soignies: [
    ['Soignies, Grand-Place', { lat: 50.5794, lng: 4.0714 }],
    ['Neufvilles', { lat: 50.553, lng: 3.975 }],
    ['Casteau', { lat: 50.511, lng: 4.006 }],
    ['Thieusies', { lat: 50.517, lng: 4.048 }],
    ['Naast', { lat: 50.551, lng: 4.1 }],
    ['Chaussée-Notre-Dame-Louvignies', { lat: 50.6, lng: 3.952 }],
    ['Horrues', { lat: 50.616, lng: 4.034 }],
  ],
  'braine-le-comte': [
    ['Braine-le-Comte, Grand-Place', { lat: 50.609, lng: 4.1375 }],
    ['Hennuyères', { lat: 50.651, lng: 4.178 }],
    ['Henripont', { lat: 50.568, lng: 4.168 }],
    ['Petit-Rœulx-lez-Braine', { lat: 50.583, lng: 4.117 }],
    ['Ronquières', { lat: 50.607, lng: 4.222 }],
    ['Steenkerque', { lat: 50.639, lng: 4.066 }],
  ],
};

describe('point in a boundary', () => {
  const concave: Boundary = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [2, 1],
        [0, 4],
        [0, 0],
      ],
    ],
  };
  it('follows a concave shape, where a bbox would not', () => {
    expect(inBoundary({ lng: 1, lat: 0.5 }, concave)).toBe(true);
    expect(inBoundary({ lng: 2, lat: 3 }, concave)).toBe(false); // in the notch
    expect(inBBox({ lng: 2, lat: 3 }, [0, 0, 4, 4])).toBe(true);
  });
  it('counts the edge and the vertices as inside, and nothing beyond', () => {
    expect(inBoundary({ lng: 2, lat: 0 }, concave)).toBe(true);
    expect(inBoundary({ lng: 0, lat: 4 }, concave)).toBe(true);
    expect(inBoundary({ lng: 3, lat: 2.5 }, concave)).toBe(true); // on the slanted edge (4,4)–(2,1)
    expect(inBoundary({ lng: 2, lat: -0.0001 }, concave)).toBe(false);
    expect(inBoundary({ lng: 4.0001, lat: 2 }, concave)).toBe(false);
  });
  it('leaves holes out, and takes any part of a MultiPolygon', () => {
    const square = (x: number, y: number, s: number) =>
      [
        [x, y],
        [x + s, y],
        [x + s, y + s],
        [x, y + s],
        [x, y],
      ] as [number, number][];
    const holed: Boundary = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] };
    expect(inBoundary({ lng: 5, lat: 5 }, holed)).toBe(false);
    expect(inBoundary({ lng: 4, lat: 5 }, holed)).toBe(true); // the hole's edge belongs to the area
    expect(inBoundary({ lng: 1, lat: 1 }, holed)).toBe(true);
    const two: Boundary = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] };
    expect(inBoundary({ lng: 5.5, lat: 5.5 }, two)).toBe(true);
    expect(inBoundary({ lng: 3, lat: 3 }, two)).toBe(false);
  });
});

describe('the demo communes’ boundaries', () => {
  it('are simple, closed rings of 20 to 40 points, inside their map extent', () => {
    for (const c of [soignies, braine]) {
      const ring = ringOf(c.map.boundary) as [number, number][];
      expect(ring.length, c.id).toBeGreaterThanOrEqual(20);
      expect(ring.length, c.id).toBeLessThanOrEqual(41);
      expect(ringSelfIntersects(ring), c.id).toBe(false);
    }
  });
  it('hold each commune’s centre and villages, and not the other’s', () => {
    for (const [mine, other] of [
      [soignies, braine],
      [braine, soignies],
    ]) {
      for (const [name, p] of PLACES[mine.id]) {
        expect(inBoundary(p, mine.map.boundary), `${name} in ${mine.id}`).toBe(true);
        expect(inBoundary(p, other.map.boundary), `${name} not in ${other.id}`).toBe(false);
      }
      expect(inBoundary(mine.map.center, mine.map.boundary)).toBe(true);
    }
    // What the bboxes got wrong: Soignies' centre is inside Braine-le-Comte's map extent, not inside its boundary.
    expect(inBBox(soignies.map.center, braine.map.bbox)).toBe(true);
    expect(inBoundary(soignies.map.center, braine.map.boundary)).toBe(false);
  });
  it('do not overlap: they only share their common edge', () => {
    const both: string[] = [];
    for (let lat = 50.48; lat <= 50.69; lat += 0.0013)
      for (let lng = 3.9; lng <= 4.26; lng += 0.0017) {
        const p = { lat, lng };
        if (inBoundary(p, soignies.map.boundary) && inBoundary(p, braine.map.boundary)) both.push(`${lat},${lng}`);
      }
    expect(both).toEqual([]);
    // Each vertex of one is outside the other, but on the shared edge.
    const shared = (ringOf(soignies.map.boundary) as [number, number][]).filter(([lng, lat]) =>
      inBoundary({ lng, lat }, braine.map.boundary),
    );
    const braineRing = (ringOf(braine.map.boundary) as [number, number][]).map(([x, y]) => `${x},${y}`);
    expect(shared.length).toBeGreaterThan(3);
    for (const [x, y] of shared) expect(braineRing).toContain(`${x},${y}`);
  });
  it('are refused when the centre is outside or the extent does not cover them', () => {
    expect(CommuneConfig.safeParse({ ...soigniesJson, map: { ...soigniesJson.map, center: braine.map.center } }).success).toBe(false);
    expect(CommuneConfig.safeParse({ ...soigniesJson, map: { ...soigniesJson.map, bbox: [3.96, 50.52, 4.14, 50.64] } }).success).toBe(
      false,
    );
    const open = { type: 'Polygon', coordinates: [ringOf(soignies.map.boundary).slice(0, -1)] };
    expect(CommuneConfig.safeParse({ ...soigniesJson, map: { ...soigniesJson.map, boundary: open } }).success).toBe(false);
  });
});
