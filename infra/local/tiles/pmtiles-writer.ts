/**
 * A small PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md), enough for the tiny
 * synthetic archives of the tests and of a local trial (synthetic-archive.ts): the 127-byte header, one root
 * directory of varint-encoded entries (no leaf directories: the header and the root must fit the first 16 KiB a
 * reader fetches), the JSON metadata, and the tiles stored as they are given, identical ones once.
 * Real archives come from `pmtiles extract` (docs/map-backgrounds.md); this is no replacement for it.
 */

export type PmtilesTileType = 'mvt' | 'png' | 'jpeg' | 'webp';
const TILE_TYPE: Record<PmtilesTileType, number> = { mvt: 1, png: 2, jpeg: 3, webp: 4 };
/** Compression codes of the spec: 1 none, 2 gzip. */
const COMPRESSION = { none: 1, gzip: 2 } as const;

export const HEADER_BYTES = 127;
/** What a reader fetches first: the header and the root directory must lie within it. */
export const FIRST_FETCH_BYTES = 16_384;

export interface PmtilesTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface PmtilesOptions {
  tileType: PmtilesTileType;
  /** How the tiles themselves are compressed (vector tiles are usually gzip); default none. */
  tileCompression?: keyof typeof COMPRESSION;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** Where a viewer opens; default the middle of the bounds at the lowest zoom. */
  center?: { lng: number; lat: number; zoom: number };
  /** The JSON metadata (name, attribution, description…). */
  metadata?: Record<string, unknown>;
}

/** The Hilbert tile id of z/x/y: every tile of the lower zooms first, then the position on the zoom's curve. */
export function tileId(z: number, x: number, y: number): number {
  const n = 2 ** z;
  if (!Number.isInteger(z) || z < 0 || z > 26 || x < 0 || y < 0 || x >= n || y >= n) throw new Error(`no tile ${z}/${x}/${y}`);
  let id = (n * n - 1) / 3;
  let tx = x,
    ty = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = tx & s ? 1 : 0;
    const ry = ty & s ? 1 : 0;
    id += s * s * ((3 * rx) ^ ry);
    // Rotate the quadrant so that the curve stays continuous.
    if (ry === 0) {
      if (rx === 1) {
        tx = s - 1 - (tx % s);
        ty = s - 1 - (ty % s);
      }
      [tx, ty] = [ty, tx];
    }
  }
  return id;
}

/** Unsigned LEB128, with arithmetic rather than bit operators so that ids above 2³¹ stay exact. */
function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** The directory: entry count, then the id deltas, run lengths, lengths and offsets, each as varints. */
export function serializeDirectory(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0: right after the previous entry's bytes; otherwise the offset plus one.
    pushVarint(out, i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

function setUint64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 2 ** 32, true);
  view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
}
const e7 = (degrees: number) => Math.round(degrees * 1e7);

/** One PMTiles v3 archive of the tiles (at least one), clustered: tile data in tile-id order, duplicates stored once. */
export function writePmtiles(tiles: PmtilesTile[], o: PmtilesOptions): Uint8Array {
  if (!tiles.length) throw new Error('an archive needs at least one tile');
  const byId = tiles.map((t) => ({ id: tileId(t.z, t.x, t.y), tile: t })).sort((a, b) => a.id - b.id);
  for (let i = 1; i < byId.length; i++) {
    if (byId[i].id === byId[i - 1].id) throw new Error(`tile ${byId[i].tile.z}/${byId[i].tile.x}/${byId[i].tile.y} is given twice`);
  }

  const contents: Uint8Array[] = [];
  const offsets = new Map<string, number>();
  let dataLength = 0;
  const entries: Entry[] = [];
  for (const { id, tile } of byId) {
    const key = Buffer.from(tile.data).toString('base64');
    let offset = offsets.get(key);
    if (offset === undefined) {
      offset = dataLength;
      offsets.set(key, offset);
      contents.push(tile.data);
      dataLength += tile.data.length;
    }
    const prev = entries.at(-1);
    // A run: the next tile id with the same content extends the previous entry.
    if (prev && prev.offset === offset && prev.tileId + prev.runLength === id) prev.runLength++;
    else entries.push({ tileId: id, offset, length: tile.data.length, runLength: 1 });
  }

  const root = serializeDirectory(entries);
  if (HEADER_BYTES + root.length > FIRST_FETCH_BYTES) {
    throw new Error(
      `the root directory (${root.length} bytes) does not fit the first ${FIRST_FETCH_BYTES} bytes: fewer tiles or zoom levels`,
    );
  }
  const metadata = new TextEncoder().encode(JSON.stringify(o.metadata ?? {}));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leafOffset = metadataOffset + metadata.length;
  const dataOffset = leafOffset;

  const zooms = byId.map((t) => t.tile.z);
  const minZoom = Math.min(...zooms),
    maxZoom = Math.max(...zooms);
  const [w, s, e, n] = o.bounds;
  const center = o.center ?? { lng: (w + e) / 2, lat: (s + n) / 2, zoom: minZoom };

  const header = new Uint8Array(HEADER_BYTES);
  const v = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  v.setUint8(7, 3);
  setUint64(v, 8, rootOffset);
  setUint64(v, 16, root.length);
  setUint64(v, 24, metadataOffset);
  setUint64(v, 32, metadata.length);
  setUint64(v, 40, leafOffset);
  setUint64(v, 48, 0);
  setUint64(v, 56, dataOffset);
  setUint64(v, 64, dataLength);
  setUint64(v, 72, byId.length);
  setUint64(v, 80, entries.length);
  setUint64(v, 88, contents.length);
  v.setUint8(96, 1); // clustered
  v.setUint8(97, COMPRESSION.none); // directories and metadata
  v.setUint8(98, COMPRESSION[o.tileCompression ?? 'none']);
  v.setUint8(99, TILE_TYPE[o.tileType]);
  v.setUint8(100, minZoom);
  v.setUint8(101, maxZoom);
  v.setInt32(102, e7(w), true);
  v.setInt32(106, e7(s), true);
  v.setInt32(110, e7(e), true);
  v.setInt32(114, e7(n), true);
  v.setUint8(118, center.zoom);
  v.setInt32(119, e7(center.lng), true);
  v.setInt32(123, e7(center.lat), true);

  const archive = new Uint8Array(dataOffset + dataLength);
  archive.set(header, 0);
  archive.set(root, rootOffset);
  archive.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const c of contents) {
    archive.set(c, at);
    at += c.length;
  }
  return archive;
}
