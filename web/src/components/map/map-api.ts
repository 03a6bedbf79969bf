/** Reads the public map items: the whole commune (the list) or a viewport (the map), for a window of days. */
import type { MapFeature, MapFeatureCollection } from '@tandem/shared/map/map-items';
import type { BBox } from '@tandem/shared/geo';
import { apiFetch, apiPath } from '../../lib/api';
import { windowQuery, type DateWindow } from './map-dates';

/** The viewport, cut to the commune's extent and rounded (≈ 1 m), as the API's bbox. */
export function bboxParam(view: BBox, commune: BBox): string | undefined {
  const b: BBox = [
    Math.max(view[0], commune[0]),
    Math.max(view[1], commune[1]),
    Math.min(view[2], commune[2]),
    Math.min(view[3], commune[3]),
  ];
  if (b[0] >= b[2] || b[1] >= b[3]) return undefined;
  return b.map((v) => v.toFixed(5)).join(',');
}

export async function fetchMapItems(commune: string, w: DateWindow, bbox?: string, signal?: AbortSignal): Promise<MapFeature[]> {
  const q = windowQuery(w);
  if (bbox) q.set('bbox', bbox);
  const res = await apiFetch<MapFeatureCollection>(apiPath(commune, `map/items?${q}`), { signal });
  return res?.features ?? [];
}
