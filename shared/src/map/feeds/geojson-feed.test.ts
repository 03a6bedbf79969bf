import { describe, expect, it } from 'vitest';
import type { MapFeature } from '../map-items.js';
import { ringSignedArea, toGeoJson } from './geojson-feed.js';
import { feature, GENERATED_AT, GRAND_PLACE_CLOCKWISE, SAMPLES } from './soignies-samples.fixture.js';

const meta = { commune: 'soignies', generatedAt: GENERATED_AT };

/** Every key anywhere in a JSON value. */
function allKeys(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) allKeys(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      allKeys(x, out);
    }
  return out;
}

describe('GeoJSON feed (RFC 7946)', () => {
  const feed = JSON.parse(JSON.stringify(toGeoJson(SAMPLES, meta)));

  it('is a FeatureCollection of Features with only standard members and the metadata foreign member', () => {
    expect(Object.keys(feed).sort()).toEqual(['features', 'metadata', 'type']);
    expect(feed.type).toBe('FeatureCollection');
    expect(feed.metadata).toEqual({ commune: 'soignies', generatedAt: GENERATED_AT, count: SAMPLES.length });
    expect(feed.features).toHaveLength(SAMPLES.length);
    for (const f of feed.features) {
      expect(Object.keys(f).sort()).toEqual(['geometry', 'id', 'properties', 'type']);
      expect(f.type).toBe('Feature');
      expect(typeof f.id).toBe('string');
      expect(f.properties.id).toBe(f.id);
      expect(['Point', 'LineString', 'Polygon']).toContain(f.geometry.type);
    }
  });

  it('keeps positions as [longitude, latitude]', () => {
    const positions: number[][] = feed.features.flatMap((f: MapFeature) =>
      f.geometry.type === 'Point'
        ? [f.geometry.coordinates]
        : f.geometry.type === 'LineString'
          ? f.geometry.coordinates
          : f.geometry.coordinates.flat(),
    );
    expect(positions.length).toBeGreaterThan(20);
    for (const [lng, lat] of positions) {
      // Soignies: about 4.07° E, 50.58° N.
      expect(lng).toBeGreaterThan(4);
      expect(lng).toBeLessThan(4.2);
      expect(lat).toBeGreaterThan(50.5);
      expect(lat).toBeLessThan(50.7);
    }
    const station = feed.features.find((f: MapFeature) => f.id === 'works-station');
    expect(station.geometry.coordinates[0]).toEqual([4.0655, 50.576]);
  });

  it('rewinds polygon rings to the right-hand rule without touching the input', () => {
    const square = feed.features.find((f: MapFeature) => f.id === 'permit-EV7K2P');
    const ring = square.geometry.coordinates[0];
    expect(ringSignedArea(GRAND_PLACE_CLOCKWISE)).toBeLessThan(0);
    expect(ringSignedArea(ring)).toBeGreaterThan(0);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect([...ring].reverse()).toEqual(GRAND_PLACE_CLOCKWISE);
    // The stored feature is not modified.
    const input = SAMPLES.find((f) => f.id === 'permit-EV7K2P')!;
    expect(input.geometry.coordinates[0]).toEqual(GRAND_PLACE_CLOCKWISE);
  });

  it('orders items by first day then id, whatever order they came in', () => {
    const again = toGeoJson([...SAMPLES].reverse(), meta);
    expect(JSON.stringify(again)).toBe(JSON.stringify(feed));
    const starts = feed.features.map((f: MapFeature) => f.properties.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('never carries personal data, even when a stored object has some', () => {
    const leaky = feature(
      'closure-leak',
      { type: 'Point', coordinates: [4.07, 50.58] },
      { kind: 'road_closure', title: 'Fuite', start: '2026-05-01', end: '2026-05-01' },
    );
    Object.assign(leaky.properties, {
      requester: { name: 'Luc Martin', email: 'luc.martin@example.org' },
      email: 'x@example.org',
      phone: '0470 11 22 33',
      organiserName: 'Comité',
    });
    Object.assign(leaky.properties.source, { requesterEmail: 'x@example.org' });
    Object.assign(leaky, { requester: { name: 'Luc Martin' } });
    const out = toGeoJson([...SAMPLES, leaky], meta);
    const keys = allKeys(out);
    expect(keys).toContain('managingParty'); // the walk does reach the properties
    expect(keys.filter((k) => /e-?mail|name|phone|requester|address|organi[sz]er/i.test(k))).toEqual([]);
    expect(JSON.stringify(out)).not.toMatch(/luc\.martin|0470/);
  });
});
