/** Geographic helpers shared by the API (nearby search, a commune's boundary) and the web (map). No dependencies. */
export interface LatLng {
  lat: number;
  lng: number;
}
/** [west, south, east, north] */
export type BBox = [number, number, number, number];

const EARTH_RADIUS_M = 6_371_008.8;
const toRad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function inBBox(p: LatLng, [w, s, e, n]: BBox): boolean {
  return p.lng >= w && p.lng <= e && p.lat >= s && p.lat <= n;
}

/** [lng, lat], as in GeoJSON. */
export type LngLat = readonly [number, number];
/** A commune's area (GeoJSON, lon/lat): its outer ring(s) and any hole; rings are closed (first = last). */
export type Boundary =
  | { type: 'Polygon'; coordinates: readonly (readonly LngLat[])[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly (readonly LngLat[])[])[] };

/** Whether a point lies on the segment a–b (within a few centimetres: coordinates are read from a map). */
function onSegment([x, y]: LngLat, [ax, ay]: LngLat, [bx, by]: LngLat): boolean {
  const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
  const len = Math.hypot(bx - ax, by - ay);
  if (Math.abs(cross) > 1e-9 * Math.max(len, 1e-12)) return false;
  return x >= Math.min(ax, bx) - 1e-12 && x <= Math.max(ax, bx) + 1e-12 && y >= Math.min(ay, by) - 1e-12 && y <= Math.max(ay, by) + 1e-12;
}

/** Where a point is with respect to a closed ring (even-odd ray casting, the edge itself told apart). */
function ringSide(p: LngLat, ring: readonly LngLat[]): 'inside' | 'edge' | 'outside' {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i],
      b = ring[j];
    if (onSegment(p, a, b)) return 'edge';
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

function inPolygon(p: LngLat, rings: readonly (readonly LngLat[])[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || ringSide(p, outer) === 'outside') return false;
  return holes.every((h) => ringSide(p, h) !== 'inside');
}

/** Whether a point is within a commune's boundary (its edge included, as the bbox's edges were). */
export function inBoundary(p: LatLng, b: Boundary): boolean {
  const pt: LngLat = [p.lng, p.lat];
  return b.type === 'Polygon' ? inPolygon(pt, b.coordinates) : b.coordinates.some((poly) => inPolygon(pt, poly));
}

/** [west, south, east, north] of a boundary. */
export function boundaryBBox(b: Boundary): BBox {
  const pts = (b.type === 'Polygon' ? b.coordinates : b.coordinates.flat()).flat();
  const lngs = pts.map((q) => q[0]),
    lats = pts.map((q) => q[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

/** Standard geohash of a point. */
export function geohashEncode(p: LatLng, precision = 6): string {
  let latLo = -90,
    latHi = 90,
    lngLo = -180,
    lngHi = 180;
  let hash = '',
    bit = 0,
    ch = 0,
    even = true;
  while (hash.length < precision) {
    if (even) {
      const mid = (lngLo + lngHi) / 2;
      if (p.lng >= mid) {
        ch = (ch << 1) | 1;
        lngLo = mid;
      } else {
        ch <<= 1;
        lngHi = mid;
      }
    } else {
      const mid = (latLo + latHi) / 2;
      if (p.lat >= mid) {
        ch = (ch << 1) | 1;
        latLo = mid;
      } else {
        ch <<= 1;
        latHi = mid;
      }
    }
    even = !even;
    if (++bit === 5) {
      hash += BASE32[ch];
      bit = 0;
      ch = 0;
    }
  }
  return hash;
}

/** Bounding box of a geohash cell. */
export function geohashBounds(hash: string): BBox {
  let latLo = -90,
    latHi = 90,
    lngLo = -180,
    lngHi = 180,
    even = true;
  for (const c of hash) {
    const v = BASE32.indexOf(c);
    if (v < 0) throw new Error(`invalid geohash character: ${c}`);
    for (let b = 4; b >= 0; b--) {
      const on = (v >> b) & 1;
      if (even) {
        const mid = (lngLo + lngHi) / 2;
        if (on) lngLo = mid;
        else lngHi = mid;
      } else {
        const mid = (latLo + latHi) / 2;
        if (on) latLo = mid;
        else latHi = mid;
      }
      even = !even;
    }
  }
  return [lngLo, latLo, lngHi, latHi];
}

/** The cell itself and its eight neighbours (computed from the cell size, valid away from the poles). */
export function geohashWithNeighbours(hash: string): string[] {
  const [w, s, e, n] = geohashBounds(hash);
  const dLng = e - w,
    dLat = n - s;
  const cLat = (s + n) / 2,
    cLng = (w + e) / 2;
  const out = new Set<string>();
  for (const dy of [-1, 0, 1])
    for (const dx of [-1, 0, 1]) {
      const lng = ((cLng + dx * dLng + 540) % 360) - 180;
      out.add(geohashEncode({ lat: cLat + dy * dLat, lng }, hash.length));
    }
  return [...out];
}

/** Precision 6 cells are about 1.2 km × 0.6 km: with neighbours they cover any radius below 600 m. */
export const NEARBY_GEOHASH_PRECISION = 6;
export const NEARBY_RADIUS_M = 250;
