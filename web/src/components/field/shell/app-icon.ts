/**
 * The field app's icons, drawn at build time in the commune's colours (no image library: a few signed distances and
 * a PNG written with node:zlib, so a clean `npm ci` on any machine draws the same bytes). The pictogram is a tick in
 * a ring, « tâche faite », in the readable text colour on the commune's primary colour. A « maskable » icon fills the
 * whole square and keeps the pictogram inside the central safe circle (40 % radius) that launchers never crop.
 */
import { deflateSync } from 'node:zlib';

export interface IconColours {
  background: string;
  foreground: string;
}

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255] as const;
};

/** Distance from p to the segment ab. */
function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Signed distance to a rounded square of half-side h and corner radius r, centred at 0. */
function roundedSquare(x: number, y: number, h: number, r: number): number {
  const qx = Math.abs(x) - h + r;
  const qy = Math.abs(y) - h + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Coverage (0…1) of a pixel by a shape at signed distance d (in pixels): one pixel of anti-aliasing. */
const cover = (d: number) => Math.max(0, Math.min(1, 0.5 - d));

/** RGBA pixels of the icon: `maskable` fills the square; else a rounded square on transparency. */
export function iconPixels(size: number, colours: IconColours, maskable: boolean): Uint8Array {
  const bg = rgb(colours.background);
  const fg = rgb(colours.foreground);
  const out = new Uint8Array(size * size * 4);
  const half = size / 2;
  // The pictogram's scale: within the safe circle for a maskable icon, larger on a plain one.
  const s = (maskable ? 0.3 : 0.36) * size;
  const stroke = 0.2 * s;
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++) {
      const x = i + 0.5 - half;
      const y = j + 0.5 - half;
      const shape = maskable ? 1 : cover(roundedSquare(x, y, half, size * 0.2));
      const ring = Math.abs(Math.hypot(x, y) - s) - stroke / 2;
      const tick =
        Math.min(segment(x, y, -0.45 * s, 0.02 * s, -0.12 * s, 0.35 * s), segment(x, y, -0.12 * s, 0.35 * s, 0.48 * s, -0.3 * s)) -
        stroke / 2;
      const ink = cover(Math.min(ring, tick));
      const o = (j * size + i) * 4;
      for (let c = 0; c < 3; c++) out[o + c] = Math.round(bg[c] * (1 - ink) + fg[c] * ink);
      out[o + 3] = Math.round(255 * shape);
    }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A PNG (8-bit RGBA, no interlace) of square RGBA pixels. */
export function encodePng(size: number, rgba: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const h = new DataView(header.buffer);
  h.setUint32(0, size);
  h.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8);
  // Each row starts with its filter type (0: none).
  const raw = new Uint8Array(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) raw.set(rgba.subarray(j * size * 4, (j + 1) * size * 4), j * (size * 4 + 1) + 1);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 }))),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

export const appIconPng = (size: number, colours: IconColours, maskable: boolean) => encodePng(size, iconPixels(size, colours, maskable));
