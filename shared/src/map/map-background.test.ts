import { describe, expect, it } from 'vitest';
import soigniesJson from '../../../infra/communes/soignies.json' with { type: 'json' };
import { CommuneConfig } from '../commune-config.js';
import { contentSecurityPolicy } from '../security-headers.js';
import { MapBackground, backgroundOrigins, communeMapOrigins, siteTilesPath } from './map-background.js';
import { PLAIN_BACKGROUND_COLOUR, baseStyle, protomapsLayers, wmtsToXyz, type StyleJson } from './background-style.js';
import { escapeHtml } from '../html-escape.js';

const attribution = '© Service public de Wallonie';
const WMTS_REST = 'https://tiles.example.be/wmts/1.0.0/ortho/default/GoogleMapsCompatible/{TileMatrix}/{TileRow}/{TileCol}.jpg';
const WMTS_KVP =
  'https://wmts.example.be/service?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=ortho&STYLE=default&FORMAT=image/png&TILEMATRIXSET=GoogleMapsCompatible&TileMatrix={TileMatrix}&TileRow={TileRow}&TileCol={TileCol}';

const WMS =
  'https://geoservices.wallonie.be/arcgis/services/IMAGERIE/ORTHO_LAST/MapServer/WMSServer?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=0&STYLES=&FORMAT=image/jpeg&SRS=EPSG:3857&WIDTH=256&HEIGHT=256&BBOX={bbox-epsg-3857}';

const issues = (value: unknown) => {
  const r = MapBackground.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('MapBackground (commune config map.background)', () => {
  it('takes a provider style, XYZ and WMTS (REST and KVP) templates, and PMTiles archives, with defaults', () => {
    expect(MapBackground.parse({ type: 'style', url: 'https://tiles.example/styles/light.json', attribution })).toEqual({
      type: 'style',
      url: 'https://tiles.example/styles/light.json',
      attribution,
      origins: [],
    });
    expect(MapBackground.parse({ type: 'raster', tiles: 'https://tiles.example/{z}/{x}/{y}.png', attribution })).toMatchObject({
      tileSize: 256,
      minzoom: 0,
      maxzoom: 19,
    });
    expect(issues({ type: 'raster', tiles: WMTS_REST, tileSize: 512, maxzoom: 20, attribution })).toEqual([]);
    expect(issues({ type: 'raster', tiles: WMTS_KVP, attribution })).toEqual([]);
    expect(issues({ type: 'raster', tiles: WMS, attribution })).toEqual([]);
    expect(MapBackground.parse({ type: 'pmtiles', url: '/tiles/soignies/fond.pmtiles', attribution })).toEqual({
      type: 'pmtiles',
      url: '/tiles/soignies/fond.pmtiles',
      tiles: 'raster',
      tileSize: 256,
      attribution,
    });
    expect(issues({ type: 'pmtiles', url: 'https://cdn.example/wallonie.pmtiles', tiles: 'vector', attribution })).toEqual([]);
  });

  it('refuses what a map could not use, naming the field', () => {
    expect(issues({ type: 'raster', tiles: 'https://tiles.example/{z}/{x}.png', attribution })).toEqual([
      'tiles: the template names {z}, {x} and {y} (XYZ), {TileMatrix}, {TileRow} and {TileCol} (WMTS) or {bbox-epsg-3857} (WMS)',
    ]);
    expect(issues({ type: 'raster', tiles: 'http://tiles.example/{z}/{x}/{y}.png', attribution })[0]).toMatch(/^tiles: a site path/);
    expect(issues({ type: 'pmtiles', url: '/tiles/../secret.pmtiles', attribution })[0]).toMatch(/^url: a site path/);
    expect(issues({ type: 'pmtiles', url: '/tiles/soignies/fond.mbtiles', attribution })).toEqual(['url: a .pmtiles file']);
    expect(issues({ type: 'pmtiles', url: '/tiles/soignies/fond.pmtiles' })).toEqual([
      'attribution: Invalid input: expected string, received undefined',
    ]);
    expect(issues({ type: 'raster', tiles: 'https://t.example/{z}/{x}/{y}.png', tileSize: 300, attribution })[0]).toMatch(/^tileSize/);
    expect(issues({ type: 'wms', url: 'https://x.example', attribution })[0]).toMatch(/^type/);
  });

  it('is where the commune config keeps it; the old styleUrl is refused, not dropped', () => {
    const { map, ...base } = soigniesJson;
    const background = { type: 'pmtiles', url: '/tiles/soignies/fond.pmtiles', attribution };
    const parsed = CommuneConfig.safeParse({ ...base, map: { ...map, background } });
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.map.background).toMatchObject(background);
    const old = CommuneConfig.safeParse({ ...base, map: { ...map, styleUrl: 'https://tiles.example/style.json' } });
    expect(old.error?.issues.map((i) => i.path.join('.'))).toEqual(['map.styleUrl']);
  });
});

describe('the origins the site’s Content-Security-Policy allows', () => {
  const communes = [
    { map: { background: MapBackground.parse({ type: 'raster', tiles: WMS, attribution }) } },
    {
      map: {
        background: MapBackground.parse({
          type: 'style',
          url: 'https://api.example/style.json',
          origins: ['https://tiles.example/v4', 'https://fonts.example'],
          attribution,
        }),
      },
    },
    { map: { background: MapBackground.parse({ type: 'pmtiles', url: '/tiles/braine-le-comte/fond.pmtiles', attribution }) } },
    { map: { background: MapBackground.parse({ type: 'raster', tiles: WMTS_KVP, attribution }) } },
    { map: {} },
  ];

  it('are each background’s own and named origins, none for the site’s own files, once each', () => {
    expect(backgroundOrigins(undefined)).toEqual([]);
    expect(backgroundOrigins(communes[2].map.background)).toEqual([]);
    expect(communeMapOrigins(communes)).toEqual([
      'https://api.example',
      'https://fonts.example',
      'https://geoservices.wallonie.be',
      'https://tiles.example',
      'https://wmts.example.be',
    ]);
  });

  it('reach img-src and connect-src of the one policy (CDK and the local server build it from them)', () => {
    const csp = contentSecurityPolicy({
      hashes: { scripts: [], styles: [], styleAttributes: [] },
      uploadsOrigins: [],
      mapOrigins: communeMapOrigins(communes),
      framing: 'self',
    });
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `))!;
    for (const origin of ['https://geoservices.wallonie.be', 'https://api.example', 'https://tiles.example', 'https://wmts.example.be']) {
      expect(directive('img-src')).toContain(origin);
      expect(directive('connect-src')).toContain(origin);
    }
    expect(directive('script-src')).not.toContain('geoservices');
  });
});

describe('siteTilesPath', () => {
  it('names the file or folder a site-hosted background needs under /tiles/', () => {
    expect(siteTilesPath(MapBackground.parse({ type: 'pmtiles', url: '/tiles/soignies/fond.pmtiles', attribution }))).toEqual({
      kind: 'file',
      path: 'soignies/fond.pmtiles',
    });
    expect(siteTilesPath(MapBackground.parse({ type: 'raster', tiles: '/tiles/soignies/ortho/{z}/{x}/{y}.png', attribution }))).toEqual({
      kind: 'folder',
      path: 'soignies/ortho/',
    });
    expect(siteTilesPath(MapBackground.parse({ type: 'raster', tiles: WMS, attribution }))).toBeUndefined();
    expect(siteTilesPath(undefined)).toBeUndefined();
  });
});

describe('baseStyle: the style every map is drawn with', () => {
  const bbox: [number, number, number, number] = [3.92, 50.49, 4.13, 50.65];
  const site = 'https://www.tandem.example';
  const layerIds = (s: StyleJson) => s.layers.map((l) => l.id);

  it('without a background: the plain colour and the commune’s extent, no source to fetch, no attribution', () => {
    const { style, attribution: a, addOwnLayers } = baseStyle(bbox, undefined, site);
    const s = style as StyleJson;
    expect(layerIds(s)).toEqual(['background', 'outline']);
    expect(s.layers[0]).toMatchObject({ paint: { 'background-color': PLAIN_BACKGROUND_COLOUR } });
    expect(Object.keys(s.sources)).toEqual(['outline']);
    expect(a).toBeUndefined();
    expect(addOwnLayers).toBeUndefined();
  });

  it('raster XYZ and WMTS: maplibre’s {z}/{x}/{y} template, the tile size and zooms, between the plain colour and the extent', () => {
    const wmts = baseStyle(bbox, MapBackground.parse({ type: 'raster', tiles: WMTS_REST, tileSize: 512, maxzoom: 20, attribution }), site);
    const s = wmts.style as StyleJson;
    expect(layerIds(s)).toEqual(['background', 'background-tiles', 'outline']);
    expect(s.sources['background-tiles']).toEqual({
      type: 'raster',
      tiles: [wmtsToXyz(WMTS_REST)],
      tileSize: 512,
      minzoom: 0,
      maxzoom: 20,
    });
    expect(wmtsToXyz(WMTS_REST)).toMatch(/GoogleMapsCompatible\/\{z\}\/\{y\}\/\{x\}\.jpg$/);
    expect(wmtsToXyz(WMTS_KVP)).toMatch(/&TileMatrix=\{z\}&TileRow=\{y\}&TileCol=\{x\}$/);
    // A WMS template goes to maplibre as it is: maplibre fills {bbox-epsg-3857} itself.
    const wms = baseStyle(bbox, MapBackground.parse({ type: 'raster', tiles: WMS, attribution }), site);
    expect((wms.style as StyleJson).sources['background-tiles'].tiles).toEqual([WMS]);
    expect(wmts.attribution).toBe(attribution);
    const folder = baseStyle(bbox, MapBackground.parse({ type: 'raster', tiles: '/tiles/soignies/{z}/{x}/{y}.png', attribution }), site);
    expect((folder.style as StyleJson).sources['background-tiles'].tiles).toEqual([`${site}/tiles/soignies/{z}/{x}/{y}.png`]);
  });

  it('PMTiles: a pmtiles:// source at the archive’s absolute address, raster tiles or the plain vector drawing', () => {
    const raster = baseStyle(bbox, MapBackground.parse({ type: 'pmtiles', url: '/tiles/soignies/fond.pmtiles', attribution }), site);
    expect((raster.style as StyleJson).sources['background-tiles']).toEqual({
      type: 'raster',
      url: `pmtiles://${site}/tiles/soignies/fond.pmtiles`,
      tileSize: 256,
    });
    const vector = baseStyle(
      bbox,
      MapBackground.parse({ type: 'pmtiles', url: 'https://cdn.example/x.pmtiles', tiles: 'vector', attribution }),
      site,
    );
    const s = vector.style as StyleJson;
    expect(s.sources['background-tiles']).toEqual({ type: 'vector', url: 'pmtiles://https://cdn.example/x.pmtiles' });
    expect(layerIds(s)).toEqual(['background', ...protomapsLayers('background-tiles').map((l) => l.id), 'outline']);
    // No labels: nothing asks for glyphs.
    expect(JSON.stringify(s)).not.toMatch(/text-field|glyphs/);
  });

  it('a provider’s style: its URL, with the commune’s extent added on top once fetched', () => {
    const b = baseStyle(bbox, MapBackground.parse({ type: 'style', url: '/tiles/soignies/style.json', attribution }), site);
    expect(b.style).toBe(`${site}/tiles/soignies/style.json`);
    const provider: StyleJson = { version: 8, sources: { osm: { type: 'vector' } }, layers: [{ id: 'water' }, { id: 'roads' }] };
    const merged = b.addOwnLayers!(provider);
    expect(layerIds(merged)).toEqual(['water', 'roads', 'outline']);
    expect(Object.keys(merged.sources)).toEqual(['osm', 'outline']);
  });

  it('writes the attribution as text: maplibre shows it as HTML', () => {
    expect(escapeHtml('<b>© SPW</b> & "IGN"')).toBe('&lt;b&gt;© SPW&lt;/b&gt; &amp; &quot;IGN&quot;');
    const b = baseStyle(
      bbox,
      MapBackground.parse({ type: 'pmtiles', url: '/tiles/a.pmtiles', attribution: '<img src=x onerror=alert(1)>' }),
      site,
    );
    expect(b.attribution).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});
