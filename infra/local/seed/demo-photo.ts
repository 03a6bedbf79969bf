/**
 * The demo's one photo, drawn here rather than kept as a binary in the repository: a pavement with a broken kerb
 * and a puddle, as a small PNG (what the upload step and the photo checks accept). Deterministic: the same bytes at
 * every start, so a resumed seed sends the same request (same Idempotency-Key hash).
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG of `width`×`height` whose pixel colours `paint(x, y)` gives (RGB). */
export function png(width: number, height: number, paint: (x: number, y: number) => [number, number, number]): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    rows[row] = 0; // no filter
    for (let x = 0; x < width; x++) rows.set(paint(x, y), row + 1 + x * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The demo report's photo: asphalt, a kerb, and a dark puddle where the drain is blocked. */
export function demoDrainPhoto(): Buffer {
  return png(320, 240, (x, y) => {
    if (y < 70) return [150, 150, 145]; // pavement
    if (y < 80) return [205, 205, 200]; // kerb
    const dx = (x - 170) / 90;
    const dy = (y - 160) / 45;
    if (dx * dx + dy * dy < 1) return [45, 55, 65]; // puddle
    return (x * 7 + y * 13) % 17 === 0 ? [95, 95, 95] : [80, 80, 82]; // asphalt
  });
}
