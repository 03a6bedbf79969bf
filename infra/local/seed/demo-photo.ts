/**
 * The demo's one photo, drawn here rather than kept as a binary in the repository: a pavement with a broken kerb
 * and a puddle, as a small PNG (what the upload step and the photo checks accept). Deterministic: the same bytes at
 * every start, so a resumed seed sends the same request (same Idempotency-Key hash).
 */
import { encodePng } from '@tandem/shared/png-encode';

/** A PNG of `width`×`height` whose pixel colours `paint(x, y)` gives (RGB, opaque). */
export function png(width: number, height: number, paint: (x: number, y: number) => [number, number, number]): Buffer {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set([...paint(x, y), 255], (y * width + x) * 4);
  return Buffer.from(encodePng(width, height, rgba));
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
