/**
 * The maplibre style of every map (report pin, permit drawing, public map, staff and field maps), built once from
 * the commune's background (map-background.ts): the plain background, the background's tiles over it, the
 * commune's extent on top. web/src/components/report/map-view.ts (createBaseMap) is its only user; it lives here,
 * free of maplibre (plain style JSON), so that unit tests can read it.
 *
 * The plain background stays under the tiles: where an archive has no tile (outside its extent, or the file is
 * missing on one machine), the map is what it was without one.
 */
import { escapeHtml } from '../html-escape.js';
import type { BBox } from '../geo.js';
// The site path joined to the site's origin by concatenation: a template's {z}/{x}/{y} stay as they are.
import { absoluteUrl } from './feeds/feed-common.js';
import type { MapBackground } from './map-background.js';

/** maplibre's style JSON, as far as this file writes it (maplibregl.StyleSpecification accepts it). */
export interface StyleJson {
  version: 8;
  sources: Record<string, Record<string, unknown>>;
  layers: Record<string, unknown>[];
}

/** What createBaseMap gives maplibre: a style (or a provider's style URL and what to add to it) and the attribution. */
export interface BaseStyle {
  style: StyleJson | string;
  /** For a provider's style: adds the commune's extent on top once it is fetched (maplibre's transformStyle). */
  addOwnLayers?(style: StyleJson): StyleJson;
  /** The attribution control's text (HTML-escaped: maplibre writes it as HTML); absent for the plain background. */
  attribution?: string;
}

export const PLAIN_BACKGROUND_COLOUR = '#eef1ea';
const BACKGROUND_SOURCE = 'background-tiles';

function outlineSource(bbox: BBox) {
  const [w, s, e, n] = bbox;
  return {
    type: 'geojson',
    data: {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      },
    },
  };
}
const OUTLINE_LAYER = {
  id: 'outline',
  type: 'line',
  source: 'outline',
  paint: { 'line-color': '#4a5360', 'line-width': 2, 'line-dasharray': [3, 2] },
};
const PLAIN_LAYER = { id: 'background', type: 'background', paint: { 'background-color': PLAIN_BACKGROUND_COLOUR } };

/** A WMTS template's placeholders as maplibre's (Web Mercator tile matrix set: TileMatrix = zoom). */
export function wmtsToXyz(template: string): string {
  return template.replaceAll('{TileMatrix}', '{z}').replaceAll('{TileRow}', '{y}').replaceAll('{TileCol}', '{x}');
}

/**
 * A plain drawing of Protomaps basemap tiles (their v4 layers: earth, landcover, landuse, water, roads, buildings):
 * areas and streets without labels, so that no glyphs are fetched.
 */
export function protomapsLayers(source: string): Record<string, unknown>[] {
  const kinds = (list: string[]) => ['in', ['get', 'kind'], ['literal', list]];
  const width = (at12: number, at18: number) => ['interpolate', ['exponential', 1.6], ['zoom'], 12, at12, 18, at18];
  const layer = (id: string, type: string, sourceLayer: string, extra: Record<string, unknown>) => ({
    id: `background-${id}`,
    type,
    source,
    'source-layer': sourceLayer,
    ...extra,
  });
  return [
    layer('earth', 'fill', 'earth', { paint: { 'fill-color': '#f4f1ea' } }),
    layer('landcover', 'fill', 'landcover', { paint: { 'fill-color': '#dfe8d2', 'fill-opacity': 0.7 } }),
    layer('green', 'fill', 'landuse', {
      filter: kinds(['park', 'forest', 'wood', 'grass', 'garden', 'meadow', 'cemetery', 'nature_reserve', 'playground', 'pitch']),
      paint: { 'fill-color': '#d5e6c6' },
    }),
    layer('water', 'fill', 'water', { filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#b8d4e8' } }),
    layer('buildings', 'fill', 'buildings', { minzoom: 14, paint: { 'fill-color': '#e0dbd3', 'fill-outline-color': '#cfc8bd' } }),
    layer('paths', 'line', 'roads', {
      filter: kinds(['path']),
      minzoom: 14,
      paint: { 'line-color': '#c9c2b6', 'line-width': width(0.5, 2) },
    }),
    layer('streets-casing', 'line', 'roads', {
      filter: kinds(['minor_road', 'other', 'major_road', 'highway']),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#cbc4b8', 'line-width': width(1.5, 14) },
    }),
    layer('streets', 'line', 'roads', {
      filter: kinds(['minor_road', 'other']),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': width(0.8, 11) },
    }),
    layer('main-roads', 'line', 'roads', {
      filter: kinds(['major_road', 'highway']),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#f7e2a6', 'line-width': width(1.2, 12) },
    }),
  ];
}

/** The style of a commune's maps: its extent on a plain background, or on the configured background. */
export function baseStyle(bbox: BBox, background: MapBackground | undefined, siteOrigin: string): BaseStyle {
  const plain = (sources: StyleJson['sources'] = {}, layers: StyleJson['layers'] = []): StyleJson => ({
    version: 8,
    sources: { ...sources, outline: outlineSource(bbox) },
    layers: [PLAIN_LAYER, ...layers, OUTLINE_LAYER],
  });
  if (!background) return { style: plain() };
  const attribution = escapeHtml(background.attribution);
  switch (background.type) {
    case 'style':
      return {
        style: absoluteUrl(siteOrigin, background.url),
        addOwnLayers: (s) => ({
          ...s,
          sources: { ...s.sources, outline: outlineSource(bbox) },
          layers: [...s.layers.filter((l) => l.id !== OUTLINE_LAYER.id), OUTLINE_LAYER],
        }),
        attribution,
      };
    case 'raster':
      return {
        style: plain(
          {
            [BACKGROUND_SOURCE]: {
              type: 'raster',
              tiles: [wmtsToXyz(absoluteUrl(siteOrigin, background.tiles))],
              tileSize: background.tileSize,
              minzoom: background.minzoom,
              maxzoom: background.maxzoom,
            },
          },
          [{ id: 'background-tiles', type: 'raster', source: BACKGROUND_SOURCE }],
        ),
        attribution,
      };
    case 'pmtiles': {
      // The pmtiles protocol (registered by createBaseMap) reads the archive's header for zooms and extent.
      const url = `pmtiles://${absoluteUrl(siteOrigin, background.url)}`;
      const vector = background.tiles === 'vector';
      return {
        style: plain(
          { [BACKGROUND_SOURCE]: vector ? { type: 'vector', url } : { type: 'raster', url, tileSize: background.tileSize } },
          vector ? protomapsLayers(BACKGROUND_SOURCE) : [{ id: 'background-tiles', type: 'raster', source: BACKGROUND_SOURCE }],
        ),
        attribution,
      };
    }
  }
}
