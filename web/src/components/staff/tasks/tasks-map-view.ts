/**
 * The map of tasks and open reports, loaded on demand (dynamic import) with maplibre, on the commune's base map
 * (report/map-view.ts): tasks in the brand colour (points, lines, areas), open reports in amber. A click on a
 * shape opens its staff page; the list beside the map (TasksMap) is the keyboard's and screen readers' way.
 */
import type * as maplibregl from 'maplibre-gl';
import { createBaseMap, loadMapCss, type BaseMapOptions } from '../../report/map-view';

export { loadMapCss };

export interface MapShape {
  href: string;
  title: string;
  geometry: GeoJSON.Geometry;
}

export interface TasksMapView {
  show(tasks: MapShape[], reports: MapShape[]): void;
  destroy(): void;
}

const collection = (shapes: MapShape[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: shapes.map((s) => ({ type: 'Feature', properties: { href: s.href, title: s.title }, geometry: s.geometry })),
});

export function createTasksMap(o: BaseMapOptions & { onOpen(href: string): void }): TasksMapView {
  const map = createBaseMap(o);
  const brand = getComputedStyle(o.container).getPropertyValue('--brand').trim() || '#0b4f8a';
  let pending: [MapShape[], MapShape[]] = [[], []];
  let loaded = false;
  const draw = () => {
    const [tasks, reports] = pending;
    for (const [id, shapes] of [
      ['tasks', tasks],
      ['reports', reports],
    ] as const) {
      const src = map.getSource(id) as maplibregl.GeoJSONSource | undefined;
      if (src) src.setData(collection(shapes));
      else map.addSource(id, { type: 'geojson', data: collection(shapes) });
    }
    if (map.getLayer('tasks-point')) return;
    map.addLayer({
      id: 'tasks-area',
      type: 'fill',
      source: 'tasks',
      filter: ['==', '$type', 'Polygon'],
      paint: { 'fill-color': brand, 'fill-opacity': 0.25 },
    });
    map.addLayer({
      id: 'tasks-line',
      type: 'line',
      source: 'tasks',
      filter: ['!=', '$type', 'Point'],
      paint: { 'line-color': brand, 'line-width': 4 },
    });
    map.addLayer({
      id: 'tasks-point',
      type: 'circle',
      source: 'tasks',
      filter: ['==', '$type', 'Point'],
      paint: { 'circle-radius': 9, 'circle-color': brand, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    });
    map.addLayer({
      id: 'reports-point',
      type: 'circle',
      source: 'reports',
      paint: { 'circle-radius': 8, 'circle-color': '#c9791a', 'circle-stroke-color': '#1b1f24', 'circle-stroke-width': 2 },
    });
  };
  map.on('load', () => {
    loaded = true;
    draw();
  });
  for (const layer of ['tasks-area', 'tasks-line', 'tasks-point', 'reports-point']) {
    map.on('click', layer, (e) => {
      const href = e.features?.[0]?.properties?.href;
      if (typeof href === 'string') o.onOpen(href);
    });
  }
  return {
    show(tasks, reports) {
      pending = [tasks, reports];
      if (loaded) draw();
    },
    destroy() {
      map.remove();
    },
  };
}
