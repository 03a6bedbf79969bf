/** Geographic helpers shared by the API (nearby search, bounds checks) and the web (map). No dependencies. */
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
