/**
 * The staff screens' map of places to open (projects, tasks, open reports), loaded on demand (dynamic import) with
 * maplibre on the commune's base map (report/map-view.ts, shared with the citizen maps). Each layer of shapes has its
 * colour: areas filled, lines drawn, points as ringed circles; a click on a shape opens its staff page. The list
 * beside the map is the way for keyboards and screen readers.
 */
import type * as maplibregl from 'maplibre-gl';
import { createBaseMap, loadMapCss, type BaseMapOptions } from '../../report/map-view';

export { loadMapCss };

/** A place to open: its staff page, its name, its shape. */
export interface MapShape {
  href: string;
  title: string;
  geometry: GeoJSON.Geometry;
}

export interface ShapeLayer {
  /** The source's name, and its map layers' prefix. */
  id: string;
  /** Default: the commune's brand colour (--brand on the map's box). */
  colour?: string;
  /** Points only, smaller and ringed dark, as the report form shows nearby reports (no fill, no line). */
  pointsOnly?: boolean;
}

export interface ShapesMapOptions extends BaseMapOptions {
  /** Drawn in this order (the last on top). */
  layers: readonly ShapeLayer[];
  onOpen(href: string): void;
}

export interface ShapesMap {
  /** Draws each layer's shapes (by layer id), replacing what it showed; a layer not named is left as it is. */
  show(shapes: Record<string, MapShape[]>): void;
  destroy(): void;
}

const collection = (shapes: MapShape[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: shapes.map((s) => ({ type: 'Feature', properties: { href: s.href, title: s.title }, geometry: s.geometry })),
});

/** The map layers that draw one layer of shapes. */
function styleLayers({ id, pointsOnly }: ShapeLayer, colour: string): maplibregl.LayerSpecification[] {
  if (pointsOnly)
    return [
      {
        id: `${id}-point`,
        type: 'circle',
        source: id,
        paint: { 'circle-radius': 8, 'circle-color': colour, 'circle-stroke-color': '#1b1f24', 'circle-stroke-width': 2 },
      },
    ];
  return [
    {
      id: `${id}-area`,
      type: 'fill',
      source: id,
      filter: ['==', '$type', 'Polygon'],
      paint: { 'fill-color': colour, 'fill-opacity': 0.25 },
    },
    {
      id: `${id}-line`,
      type: 'line',
      source: id,
      filter: ['!=', '$type', 'Point'],
      paint: { 'line-color': colour, 'line-width': 4 },
    },
    {
      id: `${id}-point`,
      type: 'circle',
      source: id,
      filter: ['==', '$type', 'Point'],
      paint: { 'circle-radius': 9, 'circle-color': colour, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    },
  ];
}

export function createShapesMap(o: ShapesMapOptions): ShapesMap {
  const map = createBaseMap(o);
  const brand = getComputedStyle(o.container).getPropertyValue('--brand').trim() || '#0b4f8a';
  const pending = new Map<string, MapShape[]>(o.layers.map((l) => [l.id, []]));
  let loaded = false;
  const draw = () => {
    for (const [id, shapes] of pending) (map.getSource(id) as maplibregl.GeoJSONSource | undefined)?.setData(collection(shapes));
  };
  map.on('load', () => {
    for (const l of o.layers) map.addSource(l.id, { type: 'geojson', data: collection(pending.get(l.id) ?? []) });
    for (const l of o.layers) {
      for (const layer of styleLayers(l, l.colour ?? brand)) {
        map.addLayer(layer);
        map.on('click', layer.id, (e) => {
          const href = e.features?.[0]?.properties?.href;
          if (typeof href === 'string') o.onOpen(href);
        });
        map.on('mouseenter', layer.id, () => (map.getCanvas().style.cursor = 'pointer'));
        map.on('mouseleave', layer.id, () => (map.getCanvas().style.cursor = ''));
      }
    }
    loaded = true;
  });
  return {
    show(shapes) {
      for (const [id, list] of Object.entries(shapes)) if (pending.has(id)) pending.set(id, list);
      if (loaded) draw();
    },
    destroy() {
      map.remove();
    },
  };
}
