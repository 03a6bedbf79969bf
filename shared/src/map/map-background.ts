/**
 * A commune's map background (commune config `map.background`, docs/map-backgrounds.md), defined once: the web
 * builds the maplibre style from it (shared/src/map/background-style.ts), the site's Content-Security-
 * Policy allows the origins it names (CDK and the local server, `communeMapOrigins()`), and the local platform serves
 * site-hosted archives and tile folders from its tiles folder (infra/local/server/tile-files.ts).
 *
 * Without one, every map draws its layers on a plain background and needs no network.
 */
import * as z from 'zod';

/**
 * Where site-hosted backgrounds live: `/tiles/…` in the site bucket (left alone by the site's upload, which prunes
 * everything else), and in `.data/tiles/…` on one machine.
 */
export const SITE_TILES_DIR = 'tiles';
export const SITE_TILES_PATH = `/${SITE_TILES_DIR}/`;

/** A site path (`/tiles/…`, same origin) or an https URL; http only on this machine (localhost, 127.0.0.1). */
const TileLocation = z
  .string()
  .min(2)
  .max(500)
  .refine((s) => (s.startsWith('/') && !s.startsWith('//') && !s.includes('..')) || originOf(s) !== undefined, {
    message: 'a site path (/tiles/…) or an https URL',
  });

/** What the map shows in its attribution control, as plain text (« © Service public de Wallonie »). */
const Attribution = z.string().trim().min(2).max(300);

const TileSize = z.union([z.literal(256), z.literal(512)]).default(256);
const Zoom = z.number().int().min(0).max(24);

/**
 * Placeholders a raster tile template may use: XYZ ({z}/{x}/{y}), WMTS ({TileMatrix}/{TileRow}/{TileCol}), or one
 * tile's Web Mercator extent ({bbox-epsg-3857}: a WMS GetMap or ArcGIS `export` request, reprojected by the server).
 */
const XYZ = ['{z}', '{x}', '{y}'] as const;
const WMTS = ['{TileMatrix}', '{TileRow}', '{TileCol}'] as const;
const BBOX = ['{bbox-epsg-3857}'] as const;
const hasAll = (s: string, keys: readonly string[]) => keys.every((k) => s.includes(k));

export const MapBackground = z.discriminatedUnion('type', [
  /** A provider's vector (or raster) maplibre style; the commune's outline and layers are drawn on top. */
  z.object({
    type: z.literal('style'),
    url: TileLocation,
    attribution: Attribution,
    /** Further origins the style fetches tiles, glyphs or sprites from (for the Content-Security-Policy). */
    origins: z.array(z.string().url()).max(10).default([]),
  }),
  /**
   * Raster tiles from a URL template: XYZ (`…/{z}/{x}/{y}.png`); WMTS in a Web Mercator tile matrix set
   * (GoogleMapsCompatible: TileMatrix = zoom), REST or KVP (`…&TileMatrix={TileMatrix}&TileRow={TileRow}&TileCol={TileCol}`);
   * or a WMS GetMap in EPSG:3857 (`…&BBOX={bbox-epsg-3857}&WIDTH=256&HEIGHT=256`). maplibre draws Web Mercator only:
   * a WMTS in Lambert 72 (EPSG:31370) cannot be used as such (docs/map-backgrounds.md).
   */
  z.object({
    type: z.literal('raster'),
    tiles: TileLocation.refine((s) => hasAll(s, XYZ) || hasAll(s, WMTS) || hasAll(s, BBOX), {
      message: 'the template names {z}, {x} and {y} (XYZ), {TileMatrix}, {TileRow} and {TileCol} (WMTS) or {bbox-epsg-3857} (WMS)',
    }),
    tileSize: TileSize,
    minzoom: Zoom.default(0),
    /** The deepest level the service has (deeper views enlarge it). */
    maxzoom: Zoom.default(19),
    attribution: Attribution,
  }),
  /** A PMTiles archive (one file, read by HTTP range requests), usually in the site bucket under /tiles/. */
  z.object({
    type: z.literal('pmtiles'),
    url: TileLocation.refine((s) => /\.pmtiles$/i.test(new URL(s, 'https://site.invalid').pathname), {
      message: 'a .pmtiles file',
    }),
    /** raster: PNG/JPEG/WebP tiles; vector: Protomaps basemap tiles, drawn with the site's own plain style. */
    tiles: z.enum(['raster', 'vector']).default('raster'),
    tileSize: TileSize,
    attribution: Attribution,
  }),
]);
export type MapBackground = z.infer<typeof MapBackground>;

/** Origin of an https URL (or http on this machine), else undefined (a site path, a bad URL). */
function originOf(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const local = u.hostname === 'localhost' || u.hostname === '127.0.0.1';
  return u.protocol === 'https:' || (u.protocol === 'http:' && local) ? u.origin : undefined;
}

/** Where the background's files are: its URL or template (a site path for site-hosted ones). */
export function backgroundLocation(b: MapBackground): string {
  return b.type === 'raster' ? b.tiles : b.url;
}

/** The origins a background fetches from besides the site's own ('self'): none for site-hosted files. */
export function backgroundOrigins(b: MapBackground | undefined): string[] {
  if (!b) return [];
  const own = originOf(backgroundLocation(b));
  const more = b.type === 'style' ? b.origins.map(originOf) : [];
  return [...new Set([own, ...more].filter((o): o is string => !!o))];
}

/**
 * The map origins the site's Content-Security-Policy allows (img-src, connect-src): every commune's background,
 * once each. CDK (infra/stacks/tandem-app.ts) and the local server (infra/local/platform.ts) both call this.
 */
export function communeMapOrigins(communes: readonly { map: { background?: MapBackground } }[]): string[] {
  return [...new Set(communes.flatMap((c) => backgroundOrigins(c.map.background)))].sort();
}

/** The file (PMTiles) or folder (tile template) under the site's /tiles/ a site-hosted background needs, or undefined. */
export function siteTilesPath(b: MapBackground | undefined): { kind: 'file' | 'folder'; path: string } | undefined {
  if (!b) return undefined;
  const location = backgroundLocation(b);
  if (!location.startsWith(SITE_TILES_PATH)) return undefined;
  if (b.type === 'pmtiles') return { kind: 'file', path: location.slice(SITE_TILES_PATH.length) };
  if (b.type === 'raster') {
    // The folder before the first placeholder: /tiles/soignies/{z}/{x}/{y}.png → soignies/
    const fixed = location.slice(SITE_TILES_PATH.length).split('{')[0];
    return { kind: 'folder', path: fixed.slice(0, fixed.lastIndexOf('/') + 1) };
  }
  return { kind: 'file', path: location.slice(SITE_TILES_PATH.length) };
}
