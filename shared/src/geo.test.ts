import { describe, expect, it } from 'vitest';
import {
  distanceMetres,
  geohashBounds,
  geohashEncode,
  geohashWithNeighbours,
  inBBox,
  NEARBY_GEOHASH_PRECISION,
  NEARBY_RADIUS_M,
} from './geo.js';

const grandPlaceSoignies = { lat: 50.5794, lng: 4.0714 };

describe('geo helpers', () => {
  it('measures distances like a map does', () => {
    // Soignies → Braine-le-Comte centres: about 5.4 km.
    const d = distanceMetres(grandPlaceSoignies, { lat: 50.609, lng: 4.1375 });
    expect(d).toBeGreaterThan(5_000);
    expect(d).toBeLessThan(6_000);
    expect(distanceMetres(grandPlaceSoignies, grandPlaceSoignies)).toBe(0);
  });
  it('encodes known geohashes', () => {
    expect(geohashEncode({ lat: 57.64911, lng: 10.40744 }, 11)).toBe('u4pruydqqvj');
    const cell = geohashEncode(grandPlaceSoignies, 6);
    const [w, s, e, n] = geohashBounds(cell);
    expect(inBBox(grandPlaceSoignies, [w, s, e, n])).toBe(true);
  });
  it('returns nine distinct neighbour cells that cover the nearby radius in every direction', () => {
    const cell = geohashEncode(grandPlaceSoignies, NEARBY_GEOHASH_PRECISION);
    const cells = geohashWithNeighbours(cell);
    expect(new Set(cells).size).toBe(9);
    for (const bearing of [0, 45, 90, 135, 180, 225, 270, 315]) {
      const rad = (bearing * Math.PI) / 180;
      const p = {
        lat: grandPlaceSoignies.lat + (NEARBY_RADIUS_M / 111_320) * Math.cos(rad),
        lng: grandPlaceSoignies.lng + (NEARBY_RADIUS_M / (111_320 * Math.cos((grandPlaceSoignies.lat * Math.PI) / 180))) * Math.sin(rad),
      };
      expect(cells).toContain(geohashEncode(p, NEARBY_GEOHASH_PRECISION));
    }
  });
});
