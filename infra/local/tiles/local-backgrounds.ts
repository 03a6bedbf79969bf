/**
 * What each commune's maps stand on when the platform runs on one machine: one startup log line per commune, saying
 * which background is served from the local tiles folder, fetched from elsewhere, or missing (then the maps keep
 * the plain background, as without one).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundLocation, siteTilesPath, type CommuneConfig } from '@tandem/shared';

export type LocalBackground =
  | { state: 'plain' }
  | { state: 'served'; file: string }
  | { state: 'missing'; file: string }
  | { state: 'remote'; location: string };

const exists = (path: string, kind: 'file' | 'folder') => {
  try {
    return existsSync(path) && (kind === 'file' ? statSync(path).isFile() : statSync(path).isDirectory());
  } catch {
    return false;
  }
};

export function localBackground(commune: Pick<CommuneConfig, 'map'>, tilesDir: string): LocalBackground {
  const b = commune.map.background;
  if (!b) return { state: 'plain' };
  const site = siteTilesPath(b);
  if (!site) return { state: 'remote', location: backgroundLocation(b) };
  const file = join(tilesDir, site.path);
  return exists(file, site.kind) ? { state: 'served', file } : { state: 'missing', file };
}

/** The startup line (French, like the rest of `npm start`'s output). */
export function localBackgroundLine(commune: Pick<CommuneConfig, 'name' | 'map'>, tilesDir: string): string {
  const found = localBackground(commune, tilesDir);
  const b = commune.map.background;
  const what = b ? (b.type === 'pmtiles' ? `PMTiles ${b.tiles}` : b.type === 'raster' ? 'tuiles raster' : 'style') : '';
  switch (found.state) {
    case 'plain':
      return `${commune.name} : fond de carte uni (aucun map.background configuré, voir docs/map-backgrounds.md)`;
    case 'served':
      return `${commune.name} : fond de carte ${what} servi depuis ${found.file}`;
    case 'missing':
      return `${commune.name} : fond de carte uni, ${found.file} est absent (${what} configuré, voir docs/map-backgrounds.md)`;
    case 'remote':
      return `${commune.name} : fond de carte ${what} chargé par le navigateur depuis ${found.location}`;
  }
}
