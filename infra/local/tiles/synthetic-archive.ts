/**
 * A synthetic raster PMTiles archive over a commune: a checkerboard of two pale colours per tile with its edges
 * drawn, one PNG per tile (shared/src/png-encode.ts). It is no map: it only shows that a background is read and
 * drawn (the browser test, a local trial). No map data is shipped, none is downloaded.
 *
 *   npx tsx infra/local/tiles/synthetic-archive.ts soignies   # writes .data/tiles/soignies/synthetic.pmtiles
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodePng } from '@tandem/shared/png-encode';
import { writePmtiles, type PmtilesTile } from './pmtiles-writer.js';

export const SYNTHETIC_ATTRIBUTION = 'Fond synthétique de test (aucune donnée cartographique)';

/** The tile x/y of a point at zoom z (Web Mercator). */
export function tileOf(lng: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  const x = Math.floor(((lng + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

type RGB = [number, number, number];
/** Two colours far from the plain background (#eef1ea), and the tile edges. */
export const SYNTHETIC_COLOURS: { even: RGB; odd: RGB; edge: RGB } = {
  even: [0xb9, 0xd3, 0xe8],
  odd: [0xd8, 0xc8, 0xe6],
  edge: [0x5b, 0x6b, 0x7d],
};

function tilePng(colour: RGB, size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const edge = i < 2 || j < 2 || i >= size - 2 || j >= size - 2;
      rgba.set([...(edge ? SYNTHETIC_COLOURS.edge : colour), 255], (j * size + i) * 4);
    }
  }
  return encodePng(size, size, rgba);
}

/** Every tile of zooms minZoom…maxZoom that touches the bbox ([west, south, east, north]). */
export function syntheticTiles(bbox: [number, number, number, number], minZoom: number, maxZoom: number, size = 256): PmtilesTile[] {
  const pngs = [tilePng(SYNTHETIC_COLOURS.even, size), tilePng(SYNTHETIC_COLOURS.odd, size)];
  const [w, s, e, n] = bbox;
  const tiles: PmtilesTile[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const from = tileOf(w, n, z),
      to = tileOf(e, s, z);
    for (let x = from.x; x <= to.x; x++) for (let y = from.y; y <= to.y; y++) tiles.push({ z, x, y, data: pngs[(x + y) % 2] });
  }
  return tiles;
}

/** The archive's bytes: synthetic PNG tiles over the bbox, zooms 8 to 15 by default. */
export function syntheticArchive(
  bbox: [number, number, number, number],
  zooms: { min: number; max: number } = { min: 8, max: 15 },
): Uint8Array {
  return writePmtiles(syntheticTiles(bbox, zooms.min, zooms.max), {
    tileType: 'png',
    bounds: bbox,
    metadata: { name: 'Tandem synthetic background', attribution: SYNTHETIC_ATTRIBUTION, type: 'baselayer', format: 'png' },
  });
}

/** Writes the archive to `file` (folders made as needed). */
export function writeSyntheticArchive(file: string, bbox: [number, number, number, number], zooms?: { min: number; max: number }): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, syntheticArchive(bbox, zooms));
}

// Run as a script: a commune's synthetic archive in the local tiles folder, and the config lines that use it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { loadCommuneConfigs } = await import('../provision/communes.js');
  const { DEFAULT_DATA_DIR } = await import('../util/paths.js');
  const id = process.argv[2];
  const commune = loadCommuneConfigs().find((c) => c.id === id);
  if (!commune) {
    console.error(
      `Usage : tsx infra/local/tiles/synthetic-archive.ts <commune> (${loadCommuneConfigs()
        .map((c) => c.id)
        .join(', ')})`,
    );
    process.exit(1);
  }
  const file = join(process.env.TANDEM_DATA_DIR ?? DEFAULT_DATA_DIR, 'tiles', id, 'synthetic.pmtiles');
  writeSyntheticArchive(file, commune.map.bbox);
  console.log(`Archive synthétique écrite : ${file}`);
  console.log('Dans infra/communes/%s.json, sous "map" (à retirer avant de déployer) :', id);
  console.log(
    JSON.stringify({ background: { type: 'pmtiles', url: `/tiles/${id}/synthetic.pmtiles`, attribution: SYNTHETIC_ATTRIBUTION } }),
  );
}
