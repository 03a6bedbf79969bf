/**
 * /tiles/… on one machine, over a real HTTP server: range requests as the PMTiles reader sends them, whole files,
 * HEAD, 416, missing tiles and paths that try to leave the tiles folder; and the startup line per commune.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PMTiles, FetchSource } from 'pmtiles';
import { MapBackground } from '@tandem/shared';
import { parseRange, serveTileFile } from './tile-files.js';
import { localBackground, localBackgroundLine } from '../tiles/local-backgrounds.js';
import { syntheticArchive, tileOf } from '../tiles/synthetic-archive.js';

const root = mkdtempSync(join(tmpdir(), 'tandem-tiles-'));
const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 256);
let server: Server;
let base = '';

beforeAll(async () => {
  mkdirSync(join(root, 'soignies', '12'), { recursive: true });
  writeFileSync(join(root, 'soignies', 'bytes.bin'), bytes);
  writeFileSync(join(root, 'soignies', 'fond.pmtiles'), syntheticArchive([3.92, 50.49, 4.13, 50.65], { min: 10, max: 12 }));
  writeFileSync(join(root, 'soignies', '12', 'tile.png'), new Uint8Array([1, 2, 3]));
  writeFileSync(join(tmpdir(), 'outside.txt'), 'secret');
  server = createServer((req, res) => serveTileFile(root, req.method ?? 'GET', (req.url ?? '/').split('?')[0], req.headers.range, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(root, { recursive: true, force: true });
});

describe('parseRange', () => {
  it('reads one range, clamps its end, and says when none can be served', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=0-16383', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-10', 1000)).toEqual({ start: 990, end: 999 });
    expect(parseRange('bytes=1000-1001', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=5-2', 1000)).toBe('unsatisfiable');
    expect(parseRange(undefined, 1000)).toBeUndefined();
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeUndefined();
  });
});

describe('serveTileFile', () => {
  it('answers a range with 206, its bytes, Content-Range, a strong ETag', async () => {
    const res = await fetch(`${base}/tiles/soignies/bytes.bin`, { headers: { range: 'bytes=10-19' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 10-19/1000');
    expect(res.headers.get('content-length')).toBe('10');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes.slice(10, 20));
  });

  it('answers the whole file without a range, HEAD without a body, and 416 beyond the end', async () => {
    const whole = await fetch(`${base}/tiles/soignies/bytes.bin`);
    expect(whole.status).toBe(200);
    expect((await whole.arrayBuffer()).byteLength).toBe(1000);
    const head = await fetch(`${base}/tiles/soignies/fond.pmtiles`, { method: 'HEAD' });
    expect(head.headers.get('content-type')).toBe('application/vnd.pmtiles');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(127);
    const beyond = await fetch(`${base}/tiles/soignies/bytes.bin`, { headers: { range: 'bytes=5000-5001' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */1000');
    expect((await fetch(`${base}/tiles/soignies/bytes.bin`, { method: 'POST' })).status).toBe(405);
  });

  it('serves a tile folder’s files; a missing tile is a 404; nothing outside the folder', async () => {
    const tile = await fetch(`${base}/tiles/soignies/12/tile.png`);
    expect(tile.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await tile.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await fetch(`${base}/tiles/soignies/13/tile.png`)).status).toBe(404);
    expect((await fetch(`${base}/tiles/soignies/12`)).status).toBe(404);
    expect((await fetch(`${base}/tiles/%2e%2e/outside.txt`)).status).toBe(404);
    expect((await fetch(`${base}/tiles/..%2Foutside.txt`)).status).toBe(404);
  });

  it('is read by the pmtiles package’s own HTTP reader (the browser’s), range by range', async () => {
    const archive = new PMTiles(new FetchSource(`${base}/tiles/soignies/fond.pmtiles`));
    const h = await archive.getHeader();
    expect([h.minZoom, h.maxZoom]).toEqual([10, 12]);
    expect(h.etag).toMatch(/^"/);
    const { x, y } = tileOf(4.0714, 50.5794, 12);
    expect((await archive.getZxy(12, x, y))?.data.byteLength).toBeGreaterThan(0);
  });
});

describe('the startup line of each commune', () => {
  const commune = (background?: unknown) => ({
    name: 'Soignies',
    map: { background: background === undefined ? undefined : MapBackground.parse(background) } as never,
  });
  const attribution = '© test';

  it('says the plain background stays without one, or when the configured file is absent', () => {
    expect(localBackgroundLine(commune(), root)).toBe(
      'Soignies : fond de carte uni (aucun map.background configuré, voir docs/map-backgrounds.md)',
    );
    const missing = commune({ type: 'pmtiles', url: '/tiles/soignies/absent.pmtiles', attribution });
    expect(localBackground(missing, root)).toEqual({ state: 'missing', file: join(root, 'soignies', 'absent.pmtiles') });
    expect(localBackgroundLine(missing, root)).toMatch(
      /^Soignies : fond de carte uni, .*absent\.pmtiles est absent \(PMTiles raster configuré/,
    );
  });

  it('names the served file or folder, or the remote address', () => {
    expect(localBackground(commune({ type: 'pmtiles', url: '/tiles/soignies/fond.pmtiles', attribution }), root)).toEqual({
      state: 'served',
      file: join(root, 'soignies', 'fond.pmtiles'),
    });
    expect(localBackground(commune({ type: 'raster', tiles: '/tiles/soignies/{z}/{x}/{y}.png', attribution }), root).state).toBe('served');
    expect(localBackground(commune({ type: 'raster', tiles: '/tiles/braine/{z}/{x}/{y}.png', attribution }), root).state).toBe('missing');
    expect(localBackgroundLine(commune({ type: 'raster', tiles: 'https://t.example/{z}/{x}/{y}.png', attribution }), root)).toBe(
      'Soignies : fond de carte tuiles raster chargé par le navigateur depuis https://t.example/{z}/{x}/{y}.png',
    );
  });
});
