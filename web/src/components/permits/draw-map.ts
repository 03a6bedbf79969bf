/**
 * The map on which a requester draws the place of a permit (a point, a line, an area), loaded on demand
 * with maplibre (this module is imported dynamically). Read-only on the tracking page.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Position } from '@tandem/shared/permits/permit-details';
import type { MapBackground } from '@tandem/shared/map/map-background';
import type { BBox } from '@tandem/shared/geo';
import { createBaseMap, loadMapCss } from '../report/map-view';
import type { Shape } from './request-draft';

export { loadMapCss };

export interface DrawMapOptions {
  container: HTMLElement;
  bbox: BBox;
  center: { lat: number; lng: number };
  zoom: number;
  background?: MapBackground;
  shape: Shape;
  points: Position[];
  labels: { map: string; zoomIn: string; zoomOut: string; resetBearing: string };
  /** A tap or click on the map (absent: read-only). */
  onPick?(p: Position): void;
}

export interface DrawMap {
  draw(shape: Shape, points: Position[]): void;
  /** The map's centre, as [lng, lat]. */
  center(): Position;
  destroy(): void;
}

type Feature = {
  type: 'Feature';
  properties: Record<string, number>;
  geometry: { type: 'Point' | 'LineString' | 'Polygon'; coordinates: unknown };
};

function features(shape: Shape, points: Position[]): maplibregl.GeoJSONSourceSpecification['data'] {
  const out: Feature[] = [];
  if (shape === 'Polygon' && points.length >= 3) {
    out.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...points, points[0]]] } });
  }
  if (shape !== 'Point' && points.length >= 2) {
    const line = shape === 'Polygon' && points.length >= 3 ? [...points, points[0]] : points;
    out.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } });
  }
  const shown = shape === 'Point' ? points.slice(-1) : points;
  shown.forEach((p, i) => {
    out.push({ type: 'Feature', properties: { n: i + 1 }, geometry: { type: 'Point', coordinates: p } });
  });
  return { type: 'FeatureCollection', features: out } as maplibregl.GeoJSONSourceSpecification['data'];
}

export function createDrawMap(o: DrawMapOptions): DrawMap {
  const map: maplibregl.Map = createBaseMap({ ...o });
  const brand = getComputedStyle(o.container).getPropertyValue('--brand').trim() || '#0b4f8a';
  let current = { shape: o.shape, points: o.points };
  let loaded = false;

  const render = () => {
    if (!loaded) return;
    const data = features(current.shape, current.points);
    const src = map.getSource('drawn') as maplibregl.GeoJSONSource | undefined;
    if (src) return void src.setData(data);
    map.addSource('drawn', { type: 'geojson', data });
    map.addLayer({
      id: 'drawn-fill',
      type: 'fill',
      source: 'drawn',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': brand, 'fill-opacity': 0.25 },
    });
    map.addLayer({
      id: 'drawn-line',
      type: 'line',
      source: 'drawn',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': brand, 'line-width': 4 },
    });
    map.addLayer({
      id: 'drawn-points',
      type: 'circle',
      source: 'drawn',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 8, 'circle-color': '#ffffff', 'circle-stroke-color': brand, 'circle-stroke-width': 4 },
    });
  };

  const fit = (points: Position[]) => {
    if (!points.length) return;
    if (points.length === 1) return void map.jumpTo({ center: points[0] as [number, number], zoom: Math.max(map.getZoom(), 16) });
    const lngs = points.map((p) => p[0]),
      lats = points.map((p) => p[1]);
    map.fitBounds(
      [
        [Math.min(...lngs), Math.min(...lats)],
        [Math.max(...lngs), Math.max(...lats)],
      ],
      { padding: 40, maxZoom: 17, duration: 0 },
    );
  };

  map.on('load', () => {
    loaded = true;
    render();
    fit(current.points);
  });
  if (o.onPick) {
    const pick = o.onPick;
    map.on('click', (ev) => pick([ev.lngLat.lng, ev.lngLat.lat]));
  }

  return {
    draw(shape, points) {
      current = { shape, points };
      render();
    },
    center() {
      const c = map.getCenter();
      return [c.lng, c.lat];
    },
    destroy() {
      map.remove();
    },
  };
}
