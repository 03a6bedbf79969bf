/** Reads the public map items of an area (or of the whole commune, when there is no map) for a window of days. */
import type { MapFeature, MapFeatureCollection } from '@tandem/shared/map/map-items';
import type { BBox } from '@tandem/shared/geo';
import { apiFetch, apiPath } from '../../lib/api';
import { windowQuery, type DateWindow } from './map-dates';

/** The part of `view` inside the commune's extent, rounded (≈ 1 m) as the API reads it; undefined when they do not meet. */
export function clipToCommune(view: BBox, commune: BBox): BBox | undefined {
  const b = [
    Math.max(view[0], commune[0]),
    Math.max(view[1], commune[1]),
    Math.min(view[2], commune[2]),
    Math.min(view[3], commune[3]),
  ].map((v) => Number(v.toFixed(5))) as BBox;
  return b[0] < b[2] && b[1] < b[3] ? b : undefined;
}

/** The items live in the window within `area` (the API's viewport query), or in the whole commune without one. */
export async function fetchMapItems(commune: string, w: DateWindow, area?: BBox, signal?: AbortSignal): Promise<MapFeature[]> {
  const q = windowQuery(w);
  if (area) q.set('bbox', area.join(','));
  const res = await apiFetch<MapFeatureCollection>(apiPath(commune, `map/items?${q}`), { signal });
  return res?.features ?? [];
}
