/**
 * The map of projects, loaded on demand with maplibre (this module is imported dynamically): each project's place as
 * a point, line or area in the house's brand colour; a click opens the project. The list beside the map says the same
 * for keyboards and screen readers.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { BBox, LatLng } from '@tandem/shared/geo';
import { createBaseMap, loadMapCss } from '../../report/map-view';
import type { ProjectView } from './project-format';

export { loadMapCss };

export interface ProjectsMapOptions {
  container: HTMLElement;
  bbox: BBox;
  center: LatLng;
  zoom: number;
  styleUrl?: string;
  labels: { map: string; zoomIn: string; zoomOut: string; resetBearing: string };
  onSelect(id: string): void;
}

export interface ProjectsMapView {
  setProjects(items: ProjectView[]): void;
  destroy(): void;
}

const COLOUR = '#0b4f8a';

export function createProjectsMap(o: ProjectsMapOptions): ProjectsMapView {
  const map: maplibregl.Map = createBaseMap(o);
  let data: FeatureCollection = { type: 'FeatureCollection', features: [] };
  let ready = false;
  const draw = () => (map.getSource('projects') as maplibregl.GeoJSONSource | undefined)?.setData(data);
  map.on('load', () => {
    map.addSource('projects', { type: 'geojson', data });
    map.addLayer({
      id: 'projects-fill',
      type: 'fill',
      source: 'projects',
      filter: ['==', '$type', 'Polygon'],
      paint: { 'fill-color': COLOUR, 'fill-opacity': 0.25 },
    });
    map.addLayer({
      id: 'projects-line',
      type: 'line',
      source: 'projects',
      filter: ['!=', '$type', 'Point'],
      paint: { 'line-color': COLOUR, 'line-width': 4 },
    });
    map.addLayer({
      id: 'projects-point',
      type: 'circle',
      source: 'projects',
      filter: ['==', '$type', 'Point'],
      paint: { 'circle-color': COLOUR, 'circle-radius': 9, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    });
    for (const layer of ['projects-fill', 'projects-line', 'projects-point']) {
      map.on('click', layer, (e) => {
        const id = e.features?.[0]?.properties?.id;
        if (typeof id === 'string') o.onSelect(id);
      });
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
    ready = true;
    draw();
  });
  return {
    setProjects(items) {
      data = {
        type: 'FeatureCollection',
        features: items
          .filter((p) => p.place)
          .map((p) => ({ type: 'Feature', id: p.id, geometry: p.place!.geometry as never, properties: { id: p.id, title: p.title } })),
      };
      if (ready) draw();
    },
    destroy: () => map.remove(),
  };
}
