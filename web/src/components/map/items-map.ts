/**
 * The map of the citizen map page, loaded on demand with maplibre (this module is imported dynamically).
 * One layer per kind: areas filled and outlined, lines drawn with the kind's dash pattern, points as the
 * kind's symbol, clustered per kind (maplibre's GeoJSON cluster option) so that thousands of items stay
 * smooth; a cluster shows the kind's symbol with a count badge. Symbols are drawn on a canvas: no sprite,
 * no font, no network.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { MapFeature } from '@tandem/shared/map/map-items';
import type { MapBackground } from '@tandem/shared/map/map-background';
import type { BBox, LatLng } from '@tandem/shared/geo';
import { createBaseMap, loadMapCss } from '../report/map-view';
import { KIND_LOOK, KINDS, type KindLook, type MapItemKind } from './map-kinds';

export { loadMapCss };

export interface ItemsMapOptions {
  container: HTMLElement;
  bbox: BBox;
  center: LatLng;
  zoom: number;
  background?: MapBackground;
  labels: { map: string; zoomIn: string; zoomOut: string; resetBearing: string };
  /** The viewport after a move (and once loaded). */
  onMove(bbox: BBox): void;
  /** The items under a click (one or more ids). */
  onSelect(ids: string[]): void;
  /** The map has drawn this many items and rests (tests and the bench wait for it). */
  onDrawn?(count: number): void;
}

export interface ItemsMap {
  /** Draws these items (already filtered), replacing the previous ones. */
  setItems(features: MapFeature[]): void;
  bbox(): BBox;
  /** Moves the map onto an item. */
  show(feature: MapFeature): void;
  destroy(): void;
}

type Data = FeatureCollection;
const SYMBOL = 30;
const CLUSTER = 44;

/** The kind's symbol: its shape in its colour with a white halo, and its white mark. */
function drawSymbol(ctx: CanvasRenderingContext2D, look: KindLook, x: number, y: number, size: number) {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(size / 24, size / 24);
  const shape = new Path2D(look.shape);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke(shape);
  ctx.fillStyle = look.colour;
  ctx.fill(shape);
  if (look.mark) {
    ctx.lineCap = 'round';
    ctx.lineWidth = 2.6;
    ctx.stroke(new Path2D(look.mark));
  }
  ctx.restore();
}

function canvasOf(w: number, h: number, ratio: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(w * ratio);
  canvas.height = Math.ceil(h * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  return [canvas, ctx];
}

function symbolImage(look: KindLook, ratio: number): ImageData {
  const [c, ctx] = canvasOf(SYMBOL, SYMBOL, ratio);
  drawSymbol(ctx, look, 1.5, 1.5, SYMBOL - 3);
  return ctx.getImageData(0, 0, c.width, c.height);
}

/** A cluster: the kind's symbol, larger, with a badge counting the items it holds. */
function clusterImage(look: KindLook, count: string, ratio: number): ImageData {
  const [c, ctx] = canvasOf(CLUSTER, CLUSTER, ratio);
  drawSymbol(ctx, look, 2, 10, 32);
  ctx.font = 'bold 13px system-ui, sans-serif';
  const w = Math.max(22, ctx.measureText(count).width + 10);
  const cx = CLUSTER - w / 2 - 1,
    cy = 12;
  ctx.beginPath();
  ctx.roundRect(cx - w / 2, cy - 11, w, 22, 11);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#1b1f24';
  ctx.stroke();
  ctx.fillStyle = '#1b1f24';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(count, cx, cy + 1);
  return ctx.getImageData(0, 0, c.width, c.height);
}

const isKind = (k: string): k is MapItemKind => (KINDS as string[]).includes(k);

/** Points per kind (clustered sources) and every line and area (one plain source). */
function split(features: MapFeature[]): { points: Record<MapItemKind, Data>; shapes: Data } {
  const points = Object.fromEntries(KINDS.map((k) => [k, { type: 'FeatureCollection', features: [] } as Data])) as Record<
    MapItemKind,
    Data
  >;
  const shapes: Data = { type: 'FeatureCollection', features: [] };
  for (const f of features) {
    const properties = { id: f.id, kind: f.properties.kind };
    const target = f.geometry.type === 'Point' ? points[f.properties.kind]?.features : shapes.features;
    target?.push({ type: 'Feature', properties, geometry: f.geometry as Geometry });
  }
  return { points, shapes };
}

export function createItemsMap(o: ItemsMapOptions): ItemsMap {
  const map: maplibregl.Map = createBaseMap(o);
  const ratio = Math.min(3, Math.max(1, Math.round(window.devicePixelRatio || 1)));
  let loaded = false;
  let pending: MapFeature[] | undefined;
  let generation = 0;

  const kindFilter = (k: MapItemKind, geometry: 'Polygon' | 'LineString'): maplibregl.FilterSpecification => [
    'all',
    ['==', ['geometry-type'], geometry],
    ['==', ['get', 'kind'], k],
  ];

  /** The sources (made with their first data: no empty round trip to the worker) and the layers. */
  const addLayers = (first: ReturnType<typeof split>) => {
    map.addSource('shapes', { type: 'geojson', data: first.shapes });
    for (const k of KINDS) {
      const look = KIND_LOOK[k];
      map.addImage(`kind-${k}`, symbolImage(look, ratio), { pixelRatio: ratio });
      map.addLayer({
        id: `fill-${k}`,
        type: 'fill',
        source: 'shapes',
        filter: kindFilter(k, 'Polygon'),
        paint: { 'fill-color': look.colour, 'fill-opacity': 0.18 },
      });
      for (const g of ['Polygon', 'LineString'] as const) {
        const id = `${g === 'Polygon' ? 'outline' : 'line'}-${k}`;
        map.addLayer({
          id,
          type: 'line',
          source: 'shapes',
          filter: kindFilter(k, g),
          layout: { 'line-cap': look.dash && look.dash[0] < 1 ? 'round' : 'butt', 'line-join': 'round' },
          paint: {
            'line-color': look.colour,
            'line-width': g === 'Polygon' ? 3 : look.lineWidth,
            ...(look.dash ? { 'line-dasharray': look.dash } : {}),
          },
        });
        if (look.stripe) {
          map.addLayer({
            id: `${id}-stripe`,
            type: 'line',
            source: 'shapes',
            filter: kindFilter(k, g),
            paint: { 'line-color': '#ffffff', 'line-width': g === 'Polygon' ? 1 : 2 },
          });
        }
      }
    }
    // Lines and areas carry their kind's symbol too (mid-line, inside the area): shape, not colour alone.
    for (const k of KINDS) {
      for (const [g, placement] of [
        ['LineString', 'line-center'],
        ['Polygon', 'point'],
      ] as const) {
        map.addLayer({
          id: `mark-${g === 'Polygon' ? 'area' : 'line'}-${k}`,
          type: 'symbol',
          source: 'shapes',
          filter: kindFilter(k, g),
          layout: {
            'symbol-placement': placement,
            'icon-image': `kind-${k}`,
            'icon-rotation-alignment': 'viewport',
            'icon-allow-overlap': true,
            'icon-ignore-placement': true,
          },
        });
      }
    }
    for (const k of KINDS) {
      map.addSource(`points-${k}`, {
        type: 'geojson',
        data: first.points[k],
        cluster: true,
        clusterRadius: 48,
        clusterMaxZoom: 17,
      });
      map.addLayer({
        id: `point-${k}`,
        type: 'symbol',
        source: `points-${k}`,
        filter: ['!', ['has', 'point_count']],
        layout: { 'icon-image': `kind-${k}`, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      });
      map.addLayer({
        id: `cluster-${k}`,
        type: 'symbol',
        source: `points-${k}`,
        filter: ['has', 'point_count'],
        layout: {
          'icon-image': ['concat', `cluster-${k}-`, ['get', 'point_count_abbreviated']],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      });
    }
  };

  // Cluster images are drawn when maplibre first needs them ("cluster-works-12").
  map.on('styleimagemissing', (e: { id: string }) => {
    const m = /^cluster-([a-z_]+)-(.+)$/.exec(e.id);
    if (!m || !isKind(m[1]) || map.hasImage(e.id)) return;
    map.addImage(e.id, clusterImage(KIND_LOOK[m[1]], m[2], ratio), { pixelRatio: ratio });
  });

  /** Says when these items are drawn and the map rests (only for the latest items given). */
  const reportDrawn = (count: number) => {
    const drawn = ++generation;
    map.once('idle', () => drawn === generation && o.onDrawn?.(count));
  };
  const draw = (features: MapFeature[]) => {
    const { points, shapes } = split(features);
    (map.getSource('shapes') as maplibregl.GeoJSONSource).setData(shapes);
    for (const k of KINDS) (map.getSource(`points-${k}`) as maplibregl.GeoJSONSource).setData(points[k]);
    reportDrawn(features.length);
  };

  const bbox = (): BBox => {
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  };

  const interactive = () =>
    KINDS.flatMap((k) => [`cluster-${k}`, `point-${k}`, `mark-line-${k}`, `mark-area-${k}`, `line-${k}`, `outline-${k}`, `fill-${k}`]);
  const under = (p: maplibregl.Point) =>
    map.queryRenderedFeatures(
      [
        [p.x - 6, p.y - 6],
        [p.x + 6, p.y + 6],
      ],
      { layers: interactive() },
    );

  // The items' layers go in as soon as the style is there, not at 'load' (after a first full drawing of the
  // background alone): the items are then drawn with the background, in fewer frames.
  const start = () => {
    if (loaded) return;
    loaded = true;
    addLayers(split(pending ?? []));
    if (pending) reportDrawn(pending.length);
    o.onMove(bbox());
  };
  map.once('style.load', start);
  map.once('load', start);
  map.on('moveend', () => loaded && o.onMove(bbox()));
  map.on('click', (ev) => {
    if (!loaded) return;
    const hits = under(ev.point);
    if (!hits.length) return;
    const top = hits[0];
    if (top.properties?.cluster) {
      const src = map.getSource(top.source) as maplibregl.GeoJSONSource;
      const center = (top.geometry as Point).coordinates as [number, number];
      void Promise.resolve(src.getClusterExpansionZoom(top.properties.cluster_id as number)).then((zoom) =>
        map.easeTo({ center, zoom: Math.min(zoom, 19) }),
      );
      return;
    }
    const ids = [...new Set(hits.filter((h) => !h.properties?.cluster).map((h) => String(h.properties?.id)))];
    if (ids.length) o.onSelect(ids);
  });
  map.on('mousemove', (ev) => {
    if (loaded) map.getCanvas().style.cursor = under(ev.point).length ? 'pointer' : '';
  });

  return {
    setItems(features) {
      pending = features;
      if (loaded) draw(features);
    },
    bbox,
    show(feature) {
      const g = feature.geometry;
      const ps: number[][] = g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
      const lngs = ps.map((p) => p[0]),
        lats = ps.map((p) => p[1]);
      map.fitBounds(
        [
          [Math.min(...lngs), Math.min(...lats)],
          [Math.max(...lngs), Math.max(...lats)],
        ],
        { padding: 60, maxZoom: 17, duration: 0 },
      );
    },
    destroy() {
      map.remove();
    },
  };
}
