/**
 * The PMTiles writer, read back with the `pmtiles` package's own reader (the one the browser uses): header, root
 * directory, metadata and every tile's bytes; tile ids agree with the package's Hilbert curve.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PMTiles, TileType, zxyToTileId, type RangeResponse, type Source } from 'pmtiles';
import { FIRST_FETCH_BYTES, tileId, writePmtiles } from './pmtiles-writer.js';
import { SYNTHETIC_ATTRIBUTION, SYNTHETIC_COLOURS, syntheticArchive, syntheticTiles, tileOf } from './synthetic-archive.js';

/** An archive in memory, read by ranges as the browser's fetch source reads a file. */
class BytesSource implements Source {
  readonly reads: [number, number][] = [];
  constructor(private readonly bytes: Uint8Array) {}
  getKey() {
    return 'memory';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    this.reads.push([offset, length]);
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

const SOIGNIES_BBOX: [number, number, number, number] = [3.92, 50.49, 4.13, 50.65];

/** The first pixel's RGBA of an RGBA, non-interlaced, filter-0 PNG as png-encode.ts writes it. */
function firstPixel(png: Uint8Array): number[] {
  const buf = Buffer.from(png);
  const idat = buf.indexOf('IDAT');
  const length = buf.readUInt32BE(idat - 4);
  const raw = inflateSync(buf.subarray(idat + 4, idat + 4 + length));
  return [...raw.subarray(1, 5)];
}

describe('tile ids', () => {
  it('follow the Hilbert curve of the pmtiles package at every zoom', () => {
    for (const [z, x, y] of [
      [0, 0, 0],
      [1, 1, 0],
      [3, 5, 2],
      [12, 2093, 1391],
      [15, 16742, 11131],
      [20, 531000, 350000],
    ]) {
      expect(tileId(z, x, y)).toBe(zxyToTileId(z, x, y));
    }
    expect(() => tileId(2, 4, 0)).toThrow(/no tile/);
  });
});

describe('writePmtiles', () => {
  it('is read back by the pmtiles reader: header, metadata and each tile’s bytes', async () => {
    const tiles = [
      { z: 0, x: 0, y: 0, data: new Uint8Array([1, 2, 3]) },
      { z: 1, x: 1, y: 1, data: new Uint8Array([4, 5]) },
      { z: 1, x: 0, y: 1, data: new Uint8Array([1, 2, 3]) }, // same bytes as 0/0/0: stored once
      { z: 2, x: 3, y: 0, data: new Uint8Array([9]) },
    ];
    const bytes = writePmtiles(tiles, { tileType: 'png', bounds: [3.9, 50.4, 4.2, 50.7], metadata: { attribution: 'x' } });
    const archive = new PMTiles(new BytesSource(bytes));
    const h = await archive.getHeader();
    expect(h.specVersion).toBe(3);
    expect(h.tileType).toBe(TileType.Png);
    expect([h.minZoom, h.maxZoom]).toEqual([0, 2]);
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual([3.9, 50.4, 4.2, 50.7]);
    expect(h.numAddressedTiles).toBe(4);
    expect(h.numTileContents).toBe(3);
    expect(h.clustered).toBe(true);
    expect(await archive.getMetadata()).toEqual({ attribution: 'x' });
    for (const t of tiles) expect(new Uint8Array((await archive.getZxy(t.z, t.x, t.y))!.data)).toEqual(t.data);
    expect(await archive.getZxy(2, 0, 0)).toBeUndefined();
  });

  it('merges consecutive tiles with the same bytes into one run', async () => {
    // Tiles 1/0/0, 1/0/1, 1/1/1, 1/1/0 are ids 1, 2, 3, 4 on the curve.
    const same = new Uint8Array([7, 7]);
    const tiles = [
      { z: 1, x: 0, y: 0, data: same },
      { z: 1, x: 0, y: 1, data: same },
      { z: 1, x: 1, y: 1, data: same },
      { z: 1, x: 1, y: 0, data: new Uint8Array([8]) },
    ];
    const bytes = writePmtiles(tiles, { tileType: 'png', bounds: [-180, -85, 180, 85] });
    const archive = new PMTiles(new BytesSource(bytes));
    const h = await archive.getHeader();
    expect(h.numTileEntries).toBe(2);
    expect(h.numAddressedTiles).toBe(4);
    for (const t of tiles) expect(new Uint8Array((await archive.getZxy(t.z, t.x, t.y))!.data)).toEqual(t.data);
  });

  it('refuses a tile given twice, an empty archive, and a root directory beyond the first read', () => {
    const t = { z: 0, x: 0, y: 0, data: new Uint8Array([1]) };
    expect(() => writePmtiles([t, t], { tileType: 'png', bounds: [0, 0, 1, 1] })).toThrow(/twice/);
    expect(() => writePmtiles([], { tileType: 'png', bounds: [0, 0, 1, 1] })).toThrow(/at least one/);
    const many = Array.from({ length: 5000 }, (_, i) => ({ z: 14, x: i, y: 0, data: new Uint8Array([i % 251, i % 7]) }));
    expect(() => writePmtiles(many, { tileType: 'png', bounds: [0, 0, 1, 1] })).toThrow(/does not fit/);
  });
});

describe('the synthetic archive over a commune', () => {
  it('covers the bbox at each zoom with PNG tiles of its two colours, read within the first 16 KiB', async () => {
    const source = new BytesSource(syntheticArchive(SOIGNIES_BBOX, { min: 10, max: 14 }));
    const archive = new PMTiles(source);
    const h = await archive.getHeader();
    expect([h.minZoom, h.maxZoom]).toEqual([10, 14]);
    expect(h.numTileContents).toBe(2);
    expect(h.numAddressedTiles).toBe(syntheticTiles(SOIGNIES_BBOX, 10, 14).length);
    expect(((await archive.getMetadata()) as { attribution: string }).attribution).toBe(SYNTHETIC_ATTRIBUTION);
    // The commune's centre at zoom 14: a PNG whose first pixel is the tile edge colour.
    const { x, y } = tileOf(4.0714, 50.5794, 14);
    const tile = (await archive.getZxy(14, x, y))!;
    expect([...new Uint8Array(tile.data).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(firstPixel(new Uint8Array(tile.data))).toEqual([...SYNTHETIC_COLOURS.edge, 255]);
    expect(await archive.getZxy(14, x + 100, y)).toBeUndefined();
    // The reader's first fetch took the header and the whole root directory.
    expect(source.reads[0]).toEqual([0, FIRST_FETCH_BYTES]);
    expect(h.rootDirectoryOffset + h.rootDirectoryLength).toBeLessThanOrEqual(FIRST_FETCH_BYTES);
  });
});
