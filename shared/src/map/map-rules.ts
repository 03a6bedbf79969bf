/** Pure rules of the map: which items are live on a day, geometry checks, and the geohash cells an item or a viewport covers. */
import { geohashBounds, geohashEncode, type BBox } from '../geo.js';
import { addDays, isoWeekday, type IsoDate } from '../permits/calendar.js';
import { positionsOf } from '../permits/permit-rules.js';
import type { PermitGeometry as Geometry, Position } from '../permits/permit-details.js';
import type { MapFeature, MapPeriod } from './map-items.js';

/** Cells of this precision (≈ 1.2 km × 0.6 km) index the map; a viewport reads only the cells it covers. */
export const MAP_CELL_PRECISION = 6;
/** An item covering more cells than this is "wide": kept in one commune-wide list that every query reads. */
export const MAP_MAX_ITEM_CELLS = 40;
/** A viewport covering more cells than this is refused (bbox too large: ask for the whole commune's feed). */
export const MAP_MAX_VIEWPORT_CELLS = 150;

/** Whether a period touches [from, to] (ISO days, both included), its weekly schedule included. */
export function periodMeets(p: Pick<MapPeriod, 'start' | 'end' | 'schedule'>, from: IsoDate, to: IsoDate = from): boolean {
  if (p.start > to || p.end < from) return false;
  if (!p.schedule) return true;
  // With a weekly schedule, some day of the overlap must be one of its weekdays.
  const lo = p.start > from ? p.start : from;
  const hi = p.end < to ? p.end : to;
  for (let d = lo, i = 0; d <= hi && i < 7; i++) {
    if (p.schedule.days.includes(isoWeekday(d))) return true;
    d = addDays(d, 1);
  }
  return false;
}

export function featureMeets(f: MapFeature, from: IsoDate, to: IsoDate = from): boolean {
  return periodMeets(f.properties, from, to);
}

/** The geometry's bounding box [w, s, e, n]. */
export function geometryBBox(g: Geometry): BBox {
  const ps = positionsOf(g);
  return [
    Math.min(...ps.map((p) => p[0])),
    Math.min(...ps.map((p) => p[1])),
    Math.max(...ps.map((p) => p[0])),
    Math.max(...ps.map((p) => p[1])),
  ];
}

export function bboxesMeet(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** The geohash cells of a precision that cover a bbox (row by row), or undefined beyond `max`. */
export function cellsCovering(bbox: BBox, precision = MAP_CELL_PRECISION, max = MAP_MAX_VIEWPORT_CELLS): string[] | undefined {
  const [w, s, e, n] = bbox;
  const first = geohashBounds(geohashEncode({ lat: s, lng: w }, precision));
  const dLng = first[2] - first[0];
  const dLat = first[3] - first[1];
  const cells = new Set<string>();
  for (let lat = s; lat <= n + dLat / 2; lat += dLat) {
    for (let lng = w; lng <= e + dLng / 2; lng += dLng) {
      cells.add(geohashEncode({ lat: Math.min(lat, n), lng: Math.min(lng, e) }, precision));
      if (cells.size > max) return undefined;
    }
  }
  return [...cells];
}

/** The cells an item is indexed under, or 'wide' when it covers too many. */
export function itemCells(g: Geometry): string[] | 'wide' {
  return cellsCovering(geometryBBox(g), MAP_CELL_PRECISION, MAP_MAX_ITEM_CELLS) ?? 'wide';
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

/** Whether a polygon's ring crosses itself (a bow tie): such an area has no inside. */
export function ringSelfIntersects(ring: Position[]): boolean {
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // first and last edges share a vertex
      if (segmentsCross(ring[i], ring[i + 1], ring[j], ring[j + 1])) return true;
    }
  }
  return false;
}
