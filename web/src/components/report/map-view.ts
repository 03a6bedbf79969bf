/**
 * The map, loaded on demand only (dynamic import): maplibre-gl, its CSS and its worker live in this chunk.
 * Every map of the site is made by createBaseMap, on the commune's background (shared/src/map/background-style.ts):
 * without one, a plain background with the commune outline that needs no network at all.
 */
import * as maplibregl from 'maplibre-gl';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { LatLng, BBox } from '@tandem/shared/geo';
import type { MapBackground } from '@tandem/shared/map/map-background';
import { baseStyle, type StyleJson } from '@tandem/shared/map/background-style';

maplibregl.setWorkerUrl(workerUrl);

/**
 * pmtiles:// sources (a PMTiles archive read by range requests): the reader is fetched with the first tile asked,
 * so that maps on a plain or tiled background never load it.
 */
let pmtiles: Promise<maplibregl.AddProtocolAction> | undefined;
maplibregl.addProtocol('pmtiles', async (params, abort) => {
  pmtiles ??= import('pmtiles').then(
    ({ Protocol }) => {
      const protocol = new Protocol();
      return (p, a) => protocol.tile(p as Parameters<typeof protocol.tile>[0], a) as ReturnType<maplibregl.AddProtocolAction>;
    },
    (e: unknown) => {
      pmtiles = undefined; // offline: the next tile tries again
      throw e;
    },
  );
  return (await pmtiles)(params, abort);
});

/** The map's stylesheet is linked only when the map opens (a CSS import would be hoisted into every page). */
export function loadMapCss(): Promise<void> {
  if (document.querySelector('link[data-maplibre-css]')) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssUrl;
    link.dataset.maplibreCss = '';
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

export interface MapViewOptions {
  container: HTMLElement;
  bbox: BBox;
  center: LatLng;
  zoom: number;
  background?: MapBackground;
  pin?: LatLng;
  labels: { map: string; pin: string; zoomIn: string; zoomOut: string; resetBearing: string };
  onPick(p: LatLng): void;
}
export interface NearbyPoint extends LatLng {
  code: string;
}
export interface MapView {
  setPin(p: LatLng | undefined, fly?: boolean): void;
  setNearby(points: NearbyPoint[]): void;
  center(): LatLng;
  destroy(): void;
}

/** What every map shares (the report's pin map, the permit forms' drawing map). */
export interface BaseMapOptions {
  container: HTMLElement;
  bbox: BBox;
  center: LatLng;
  zoom: number;
  /** The commune's map background (config map.background); absent: the plain one. */
  background?: MapBackground;
  /** Where to open instead of the commune's centre (zoomed in). */
  focus?: LatLng;
  labels: { map: string; zoomIn: string; zoomOut: string; resetBearing: string };
}

/**
 * A map kept to the commune, on its background (plain unless one is configured) with the background's attribution
 * always in view, zoom buttons and a labelled canvas.
 */
export function createBaseMap(o: BaseMapOptions): maplibregl.Map {
  const [w, s, e, n] = o.bbox;
  const padX = (e - w) * 0.1,
    padY = (n - s) * 0.1;
  const base = baseStyle(o.bbox, o.background, window.location.origin);
  const addOwnLayers = base.addOwnLayers;
  const map = new maplibregl.Map({
    container: o.container,
    style: base.style as string | maplibregl.StyleSpecification,
    ...(addOwnLayers
      ? {
          transformStyle: (_: unknown, next: maplibregl.StyleSpecification) =>
            addOwnLayers(next as unknown as StyleJson) as unknown as maplibregl.StyleSpecification,
        }
      : {}),
    center: o.focus ?? o.center,
    zoom: o.focus ? Math.max(o.zoom, 16) : o.zoom,
    maxBounds: [
      [w - padX, s - padY],
      [e + padX, n + padY],
    ],
    // Not compact: the background's owner is named in view, not behind a button.
    attributionControl: base.attribution ? { compact: false, customAttribution: base.attribution } : false,
    locale: {
      'NavigationControl.ZoomIn': o.labels.zoomIn,
      'NavigationControl.ZoomOut': o.labels.zoomOut,
      'NavigationControl.ResetBearing': o.labels.resetBearing,
    },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', o.labels.map);
  return map;
}

export function createMapView(o: MapViewOptions): MapView {
  const map = createBaseMap({ ...o, focus: o.pin });

  let marker: maplibregl.Marker | undefined;
  const setPin = (p: LatLng | undefined, fly = false) => {
    if (!p) {
      marker?.remove();
      marker = undefined;
      return;
    }
    if (!marker) {
      marker = new maplibregl.Marker({
        draggable: true,
        color: getComputedStyle(o.container).getPropertyValue('--brand').trim() || '#0b4f8a',
      })
        .setLngLat(p)
        .addTo(map);
      marker.getElement().setAttribute('aria-label', o.labels.pin);
      marker.on('dragend', () => {
        const ll = marker!.getLngLat();
        o.onPick({ lat: ll.lat, lng: ll.lng });
      });
    } else marker.setLngLat(p);
    if (fly) map.easeTo({ center: p, zoom: Math.max(map.getZoom(), 16) });
  };
  if (o.pin) setPin(o.pin);
  map.on('click', (ev) => o.onPick({ lat: ev.lngLat.lat, lng: ev.lngLat.lng }));

  let pending: NearbyPoint[] = [];
  const drawNearby = () => {
    const data: maplibregl.GeoJSONSourceSpecification['data'] = {
      type: 'FeatureCollection',
      features: pending.map((p) => ({
        type: 'Feature',
        properties: { code: p.code },
        geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
      })),
    };
    const src = map.getSource('nearby') as maplibregl.GeoJSONSource | undefined;
    if (src) src.setData(data);
    else {
      map.addSource('nearby', { type: 'geojson', data });
      map.addLayer({
        id: 'nearby',
        type: 'circle',
        source: 'nearby',
        paint: { 'circle-radius': 8, 'circle-color': '#c9791a', 'circle-stroke-color': '#1b1f24', 'circle-stroke-width': 2 },
      });
    }
  };
  let loaded = false;
  map.on('load', () => {
    loaded = true;
    drawNearby();
  });

  return {
    setPin,
    setNearby(points) {
      pending = points;
      if (loaded) drawNearby();
    },
    center() {
      const c = map.getCenter();
      return { lat: c.lat, lng: c.lng };
    },
    destroy() {
      map.remove();
    },
  };
}
