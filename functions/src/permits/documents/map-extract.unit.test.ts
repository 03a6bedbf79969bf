import { describe, expect, it } from 'vitest';
import { geometryCoordinateLines, mapFrame, scaleBarMetres } from './map-extract.js';

const box = { x: 100, y: 200, width: 300, height: 150 };

describe('mapFrame', () => {
  it('puts a point in the middle of the box', () => {
    const frame = mapFrame([[4.07, 50.58]], box);
    expect(frame.project([4.07, 50.58])).toEqual({ x: 250, y: 275 });
    // A lone point shows at least 120 m of street around it.
    expect(frame.metresPerPoint * box.height).toBeCloseTo(120, 5);
  });

  it('keeps the whole geometry inside the box, with north up and east right', () => {
    const positions: [number, number][] = [
      [4.0705, 50.579],
      [4.0722, 50.5791],
      [4.072, 50.5799],
      [4.0704, 50.5797],
    ];
    const frame = mapFrame(positions, box);
    for (const p of positions.map(frame.project)) {
      expect(p.x).toBeGreaterThan(box.x);
      expect(p.x).toBeLessThan(box.x + box.width);
      expect(p.y).toBeGreaterThan(box.y);
      expect(p.y).toBeLessThan(box.y + box.height);
    }
    expect(frame.project([4.0722, 50.5791]).x).toBeGreaterThan(frame.project([4.0705, 50.579]).x);
    expect(frame.project([4.072, 50.5799]).y).toBeGreaterThan(frame.project([4.0722, 50.5791]).y);
  });

  it('uses one scale on both axes: 100 m east and 100 m north are as long on paper', () => {
    // Degrees for 100 m here; the projection's centre is 50 m further north, hence 'close to'.
    const lat = 50.58;
    const dLat = 100 / 110_574;
    const dLng = 100 / (111_320 * Math.cos((lat * Math.PI) / 180));
    const frame = mapFrame(
      [
        [4.07, lat],
        [4.07 + dLng, lat + dLat],
      ],
      box,
    );
    const a = frame.project([4.07, lat]);
    const east = frame.project([4.07 + dLng, lat]);
    const north = frame.project([4.07, lat + dLat]);
    expect(east.x - a.x).toBeCloseTo(north.y - a.y, 2);
    expect((east.x - a.x) * frame.metresPerPoint).toBeCloseTo(100, 1);
  });
});

describe('scaleBarMetres', () => {
  it('picks the longest round length (1, 2 or 5 × 10ⁿ m) that fits', () => {
    expect(scaleBarMetres(1, 100)).toBe(100);
    expect(scaleBarMetres(0.37, 100)).toBe(20);
    expect(scaleBarMetres(3, 100)).toBe(200);
    expect(scaleBarMetres(6, 100)).toBe(500);
    expect(scaleBarMetres(0.011, 100)).toBe(1);
  });
});

describe('geometryCoordinateLines', () => {
  it('gives a point as latitude, longitude with 5 decimals', () => {
    expect(geometryCoordinateLines({ type: 'Point', coordinates: [4.071234, 50.5791] })).toEqual([
      'Coordonnées WGS84 (latitude, longitude)',
      'Point : 50.57910, 4.07123',
    ]);
  });

  it('lists the positions of a short line, and the ends of a long one', () => {
    expect(
      geometryCoordinateLines({
        type: 'LineString',
        coordinates: [
          [4.07, 50.58],
          [4.071, 50.581],
        ],
      })[1],
    ).toBe('Tracé : 50.58000, 4.07000 ; 50.58100, 4.07100');
    const long = Array.from({ length: 6 }, (_, i) => [4.07 + i / 1000, 50.58] as [number, number]);
    expect(geometryCoordinateLines({ type: 'LineString', coordinates: long })[1]).toBe(
      'Tracé de 6 points, de 50.58000, 4.07000 à 50.58000, 4.07500',
    );
  });

  it('lists the corners of a small area without repeating the first, and the centre of a large one', () => {
    const square: [number, number][] = [
      [4, 50],
      [4.001, 50],
      [4.001, 50.001],
      [4, 50.001],
      [4, 50],
    ];
    expect(geometryCoordinateLines({ type: 'Polygon', coordinates: [square] })[1]).toBe(
      'Zone : 50.00000, 4.00000 ; 50.00000, 4.00100 ; 50.00100, 4.00100 ; 50.00100, 4.00000',
    );
    const ring: [number, number][] = Array.from({ length: 8 }, (_, i) => [
      4 + Math.cos((i * Math.PI) / 4) / 1000,
      50 + Math.sin((i * Math.PI) / 4) / 1000,
    ]);
    expect(geometryCoordinateLines({ type: 'Polygon', coordinates: [[...ring, ring[0]]] })[1]).toBe(
      'Zone de 8 sommets, centre 50.00000, 4.00000',
    );
  });
});
