/**
 * The map's items as a GeoJSON (RFC 7946) FeatureCollection: what /api/feeds/{commune}/map.geojson serves.
 * Only standard members plus one foreign member, `metadata`. Coordinates are [longitude, latitude] (WGS 84) as
 * stored; polygon rings are rewound to the right-hand rule (RFC 7946 §3.1.6: exterior counter-clockwise).
 * Properties are copied field by field from the public MapFeature shape, so nothing else that may ride along
 * on a stored object (a requester, a contact) can leak into the feed.
 */
import type { PermitGeometry, Position } from '../../permits/permit-details.js';
import type { MapFeature } from '../map-items.js';
import { feedOrder } from './feed-common.js';

export interface GeoJsonFeedMeta {
  commune: string;
  generatedAt: string;
}

export interface GeoJsonFeed {
  type: 'FeatureCollection';
  features: MapFeature[];
  /** Foreign member (RFC 7946 §6.1). */
  metadata: { commune: string; generatedAt: string; count: number };
}

/** Twice the signed area of a ring (shoelace): positive when counter-clockwise. */
export function ringSignedArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a;
}

function copyGeometry(g: PermitGeometry): PermitGeometry {
  if (g.type === 'Point') return { type: 'Point', coordinates: [g.coordinates[0], g.coordinates[1]] };
  if (g.type === 'LineString') return { type: 'LineString', coordinates: g.coordinates.map((p) => [p[0], p[1]] as Position) };
  const rings = g.coordinates.map((ring, i) => {
    const copy = ring.map((p) => [p[0], p[1]] as Position);
    const ccw = ringSignedArea(copy) > 0;
    // Exterior ring counter-clockwise, holes clockwise.
    return (i === 0) !== ccw ? copy.reverse() : copy;
  });
  return { type: 'Polygon', coordinates: rings };
}

/** The public properties, field by field (never a spread of what was stored). */
export function publicProperties(p: MapFeature['properties']): MapFeature['properties'] {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    description: p.description,
    streets: [...p.streets],
    start: p.start,
    end: p.end,
    ...(p.startTime ? { startTime: p.startTime } : {}),
    ...(p.endTime ? { endTime: p.endTime } : {}),
    ...(p.schedule ? { schedule: { days: [...p.schedule.days], from: p.schedule.from, to: p.schedule.to } } : {}),
    ...(p.managingParty ? { managingParty: p.managingParty } : {}),
    ...(p.phase ? { phase: p.phase } : {}),
    ...(p.causedBy ? { causedBy: p.causedBy } : {}),
    source: {
      type: p.source.type,
      ...(p.source.code ? { code: p.source.code } : {}),
      ...(p.source.url ? { url: p.source.url } : {}),
    },
    ...(p.url ? { url: p.url } : {}),
    ...(p.updates?.length ? { updates: p.updates.map((u) => ({ at: u.at, text: u.text })) } : {}),
    updatedAt: p.updatedAt,
  };
}

export function toGeoJson(features: readonly MapFeature[], meta: GeoJsonFeedMeta): GeoJsonFeed {
  const out = feedOrder(features).map(
    (f): MapFeature => ({
      type: 'Feature',
      id: f.id,
      geometry: copyGeometry(f.geometry),
      properties: publicProperties(f.properties),
    }),
  );
  return {
    type: 'FeatureCollection',
    features: out,
    metadata: { commune: meta.commune, generatedAt: meta.generatedAt, count: out.length },
  };
}
