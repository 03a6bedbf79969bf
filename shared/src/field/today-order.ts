/**
 * The order of the field app's « Aujourd’hui » list: by due time (overdue first, as they are due earliest), then by
 * distance from the worker when the phone gave its position, then by title; tasks without a due time come last.
 * Pure (no clock, no zod): the screens import it before the task list is shown.
 */
import { distanceMetres, type LatLng } from '../geo.js';

/** A task's place, as the field app reads it (a GeoJSON Point, LineString or Polygon in lng/lat). */
export type FieldGeometry =
  | { type: 'Point'; coordinates: readonly number[] }
  | { type: 'LineString'; coordinates: readonly (readonly number[])[] }
  | { type: 'Polygon'; coordinates: readonly (readonly (readonly number[])[])[] };

/** The point to go to for a place: the point itself, a line's middle vertex, an area's mean corner. */
export function placePoint(geometry: FieldGeometry | undefined): LatLng | undefined {
  if (!geometry) return undefined;
  if (geometry.type === 'Point') return { lng: geometry.coordinates[0], lat: geometry.coordinates[1] };
  if (geometry.type === 'LineString') {
    const mid = geometry.coordinates[Math.floor((geometry.coordinates.length - 1) / 2)];
    return mid ? { lng: mid[0], lat: mid[1] } : undefined;
  }
  const ring = geometry.coordinates[0] ?? [];
  // A closed ring repeats its first corner last: count it once.
  const corners = ring.length > 1 ? ring.slice(0, -1) : ring;
  if (!corners.length) return undefined;
  return {
    lng: corners.reduce((s, p) => s + p[0], 0) / corners.length,
    lat: corners.reduce((s, p) => s + p[1], 0) / corners.length,
  };
}

export interface OrderableTask {
  title: string;
  dueAt?: string;
  place?: { geometry: FieldGeometry };
}

/** The tasks in the order the list shows them (a new array; the input is left as it is). */
export function orderToday<T extends OrderableTask>(tasks: readonly T[], from?: LatLng): T[] {
  const due = (t: T) => (t.dueAt ? Date.parse(t.dueAt) : Number.POSITIVE_INFINITY);
  const away = (t: T) => {
    const p = from && placePoint(t.place?.geometry);
    return p && from ? distanceMetres(from, p) : Number.POSITIVE_INFINITY;
  };
  return tasks
    .map((t) => ({ t, due: due(t), away: away(t) }))
    .sort((a, b) => cmp(a.due, b.due) || cmp(a.away, b.away) || a.t.title.localeCompare(b.t.title))
    .map((x) => x.t);
}

const cmp = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);
