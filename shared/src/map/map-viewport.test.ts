import { describe, expect, it } from 'vitest';
import { distanceMetres } from '../geo.js';
import { bboxContains, padBBox, viewportBBox } from './map-viewport.js';

describe('the viewport of a map not drawn yet', () => {
  it('at zoom 0 a 512-pixel square shows the whole Web Mercator world', () => {
    const [w, s, e, n] = viewportBBox({ lat: 0, lng: 0 }, 0, 512, 512);
    expect([w, e]).toEqual([-180, 180]);
    // The projection's own limit: ±85.0511°.
    expect(n).toBeCloseTo(85.0511, 4);
    expect(s).toBeCloseTo(-85.0511, 4);
  });

  it('at street level, matches the ground resolution of Web Mercator (≈ 3.0 m a pixel at zoom 14 in Soignies)', () => {
    const centre = { lat: 50.5794, lng: 4.0714 };
    const [w, s, e, n] = viewportBBox(centre, 14, 800, 400);
    // 2π × 6,378,137 m ÷ (512 × 2^14) × cos(latitude): the resolution any Web Mercator map shows there.
    const metresPerPixel = ((2 * Math.PI * 6_378_137) / (512 * 2 ** 14)) * Math.cos((centre.lat * Math.PI) / 180);
    const wide = distanceMetres({ lat: centre.lat, lng: w }, { lat: centre.lat, lng: e });
    const high = distanceMetres({ lat: s, lng: centre.lng }, { lat: n, lng: centre.lng });
    expect(wide / 800).toBeCloseTo(metresPerPixel, 1);
    expect(high / 400).toBeCloseTo(metresPerPixel, 1);
    // Centred: as far west as east; north of the middle a little less than south (the projection stretches northwards).
    expect(centre.lng - w).toBeCloseTo(e - centre.lng, 10);
    expect(n - centre.lat).toBeLessThan(centre.lat - s);
  });

  it('grows a bbox on each side, and knows when one holds another', () => {
    const b: [number, number, number, number] = [4, 50, 4.2, 50.1];
    const grown = padBBox(b, 0.1);
    expect(grown.map((v) => Number(v.toFixed(6)))).toEqual([3.98, 49.99, 4.22, 50.11]);
    expect(bboxContains(grown, b)).toBe(true);
    expect(bboxContains(b, b)).toBe(true);
    expect(bboxContains(b, grown)).toBe(false);
    expect(bboxContains(b, [4.1, 50.05, 4.3, 50.08])).toBe(false);
  });
});
