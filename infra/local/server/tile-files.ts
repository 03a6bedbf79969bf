/**
 * The site's /tiles/… on one machine: map backgrounds (PMTiles archives, tile folders, styles) from the local tiles
 * folder (.data/tiles/ by default), the stand-in for the site bucket's tiles/ folder behind CloudFront
 * (docs/map-backgrounds.md). PMTiles is read by HTTP range requests: one range per request (206 with its
 * Content-Range, 416 beyond the end), a strong ETag so that the reader notices a replaced file, and HEAD.
 */
import { createReadStream, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { SITE_TILES_PATH } from '@tandem/shared';
import { contentTypeOf } from './static-site.js';

const TILE_TYPES: Record<string, string> = {
  '.pmtiles': 'application/vnd.pmtiles',
  '.pbf': 'application/x-protobuf',
  '.mvt': 'application/vnd.mapbox-vector-tile',
};

export const isTilePath = (path: string) => path.startsWith(SITE_TILES_PATH);

/** The file under `root` a /tiles/… path names, or undefined when it escapes root or is not a file. */
export function resolveTileFile(root: string, path: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(path.slice(SITE_TILES_PATH.length));
  } catch {
    return undefined;
  }
  if (!rel || rel.includes('\0') || rel.includes('\\')) return undefined;
  const base = resolve(root);
  const file = resolve(base, rel);
  if (!file.startsWith(base + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** One byte range of a `Range` header (bytes=a-b, a-, -n) within `size`; 'unsatisfiable', or undefined when absent or several. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** Answers a GET or HEAD of /tiles/… from the local tiles folder. */
export function serveTileFile(root: string, method: string, path: string, range: string | undefined, res: ServerResponse): void {
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Méthode non autorisée');
    return;
  }
  const file = resolveTileFile(root, path);
  if (!file) {
    // A tile folder's missing tile is an ordinary answer: maplibre leaves the place to the plain background.
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(method === 'HEAD' ? undefined : 'Tuile introuvable');
    return;
  }
  const { size, mtimeMs } = statSync(file);
  const headers = {
    'content-type': TILE_TYPES[extname(file).toLowerCase()] ?? contentTypeOf(file),
    'accept-ranges': 'bytes',
    etag: `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`,
    'cache-control': 'no-cache',
  };
  const r = parseRange(range, size);
  if (r === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` });
    res.end();
    return;
  }
  const { start, end } = r ?? { start: 0, end: size - 1 };
  res.writeHead(r ? 206 : 200, {
    ...headers,
    'content-length': String(end - start + 1),
    ...(r ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  createReadStream(file, { start, end }).pipe(res);
}
