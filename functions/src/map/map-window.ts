/** The day window, the viewport and the kinds of a map query, checked (400 naming the parameter). */
import { MAP_ITEM_KINDS, daysBetween, type BBox, type MapItemKind, type MapQuery } from '@tandem/shared';
import { badRequest } from '../lib/http.js';

/** Longest window one query may ask for. */
export const MAX_WINDOW_DAYS = 92;

export interface MapWindow {
  from: string;
  to: string;
  bbox?: BBox;
  kinds?: MapItemKind[];
}

export function mapWindow(q: MapQuery, today: string): MapWindow {
  const from = q.from ?? q.date ?? today;
  const to = q.to ?? q.date ?? from;
  if (to < from) throw badRequest('the window ends before it starts', [{ name: 'to', reason: 'before from' }]);
  if (daysBetween(from, to) >= MAX_WINDOW_DAYS)
    throw badRequest(`ask for ${MAX_WINDOW_DAYS} days at most`, [{ name: 'to', reason: 'window too long' }]);
  let bbox: BBox | undefined;
  if (q.bbox) {
    const [w, s, e, n] = q.bbox.split(',').map(Number);
    if (!(w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n))
      throw badRequest('bbox must be west,south,east,north within WGS84', [{ name: 'bbox', reason: 'out of range or reversed' }]);
    bbox = [w, s, e, n];
  }
  let kinds: MapItemKind[] | undefined;
  if (q.kind) {
    const asked = q.kind.split(',');
    const unknown = asked.filter((k) => !(MAP_ITEM_KINDS as readonly string[]).includes(k));
    if (unknown.length)
      throw badRequest(`unknown kind: ${unknown.join(', ')}`, [{ name: 'kind', reason: `one of ${MAP_ITEM_KINDS.join(', ')}` }]);
    kinds = asked as MapItemKind[];
  }
  return { from, to, ...(bbox ? { bbox } : {}), ...(kinds ? { kinds } : {}) };
}
