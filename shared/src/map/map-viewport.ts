/**
 * The part of the commune a map shows, before the map is there: the public map's list reads the items of the
 * map's viewport (docs/map.md), and it can start as soon as the page knows its map's box, without waiting for
 * the map's library. Web Mercator, as maplibre draws it (512-pixel tiles, the zoom being the tile pyramid's level).
 */
import type { BBox, LatLng } from '../geo.js';

/** maplibre's tile size: at zoom z the world is 512 × 2^z CSS pixels wide. */
const TILE_SIZE = 512;

const mercatorY = (lat: number) => 180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(((180 - y) * Math.PI) / 180)) - 90;

/** The west,south,east,north a map of `width` × `height` CSS pixels shows around `center` at `zoom` (no rotation). */
export function viewportBBox(center: LatLng, zoom: number, width: number, height: number): BBox {
  const degreesPerPixel = 360 / (TILE_SIZE * 2 ** zoom);
  const halfLng = (width / 2) * degreesPerPixel;
  const y = mercatorY(center.lat);
  const halfY = (height / 2) * degreesPerPixel;
  return [center.lng - halfLng, latitudeOf(y + halfY), center.lng + halfLng, latitudeOf(y - halfY)];
}

/** A bbox grown by `fraction` of its width and height on each side. */
export function padBBox([w, s, e, n]: BBox, fraction: number): BBox {
  const dx = (e - w) * fraction,
    dy = (n - s) * fraction;
  return [w - dx, s - dy, e + dx, n + dy];
}

/** Whether `inner` lies wholly inside `outer` (edges included). */
export function bboxContains(outer: BBox, inner: BBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}
