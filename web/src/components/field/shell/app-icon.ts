/**
 * The field app's icons, drawn at build time in the commune's colours (no image library: a few signed distances and
 * a PNG written with node:zlib, so a clean `npm ci` on any machine draws the same bytes). The pictogram is a tick in
 * a ring, « tâche faite », in the readable text colour on the commune's primary colour. A « maskable » icon fills the
 * whole square and keeps the pictogram inside the central safe circle (40 % radius) that launchers never crop.
 */
import { encodePng } from '@tandem/shared/png-encode';

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

export const appIconPng = (size: number, colours: IconColours, maskable: boolean) =>
  encodePng(size, size, iconPixels(size, colours, maskable));
