/**
 * The inbox's map (loaded on demand, with maplibre, as the report form's map is): the listed reports that have a
 * point, as circles (late ones red); a click on one opens it. The list beside it stays the accessible way in.
 */
import type * as maplibregl from 'maplibre-gl';
import type { LatLng } from '@tandem/shared/geo';
import { createBaseMap, loadMapCss, type BaseMapOptions } from '../../report/map-view';

export { loadMapCss };

export interface InboxPoint extends LatLng {
  code: string;
  late: boolean;
}

export interface InboxMap {
  setPoints(points: InboxPoint[]): void;
  destroy(): void;
}

export function createInboxMap(o: BaseMapOptions & { onOpen(code: string): void }): InboxMap {
  const map = createBaseMap(o);
  let pending: InboxPoint[] = [];
  let loaded = false;
  const draw = () => {
    const data: maplibregl.GeoJSONSourceSpecification['data'] = {
      type: 'FeatureCollection',
      features: pending.map((p) => ({
        type: 'Feature',
        properties: { code: p.code, late: p.late },
        geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
      })),
    };
    const src = map.getSource('reports') as maplibregl.GeoJSONSource | undefined;
    if (src) return src.setData(data);
    map.addSource('reports', { type: 'geojson', data });
    map.addLayer({
      id: 'reports',
      type: 'circle',
      source: 'reports',
      paint: {
        'circle-radius': 7,
        'circle-color': ['case', ['get', 'late'], '#b3261e', '#0b4f8a'],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
  };
  map.on('load', () => {
    loaded = true;
    draw();
  });
  map.on('click', 'reports', (e) => {
    const code = e.features?.[0]?.properties?.code;
    if (typeof code === 'string') o.onOpen(code);
  });
  map.on('mouseenter', 'reports', () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', 'reports', () => (map.getCanvas().style.cursor = ''));
  return {
    setPoints(points) {
      pending = points;
      if (loaded) draw();
    },
    destroy() {
      map.remove();
    },
  };
}
