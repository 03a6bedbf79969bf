/** Road-sign pictograms drawn with vectors for the posters: no parking (Belgian E1) and a warning triangle. */
import { LineCapStyle, rgb, type PDFPage } from 'pdf-lib';

export const SIGN_BLUE = rgb(0, 0.32, 0.65);
export const SIGN_RED = rgb(0.8, 0.07, 0.12);
const BLACK = rgb(0, 0, 0);
const WHITE = rgb(1, 1, 1);

/** A blue disc in a red ring, crossed by a red diagonal, centred on (cx, cy). */
export function drawNoParkingSign(page: PDFPage, cx: number, cy: number, radius: number): void {
  const ring = radius * 0.16;
  page.drawCircle({ x: cx, y: cy, size: radius, color: SIGN_RED });
  page.drawCircle({ x: cx, y: cy, size: radius - ring, color: SIGN_BLUE });
  const inner = radius - ring * 0.9;
  const d = inner * Math.SQRT1_2;
  page.drawLine({
    start: { x: cx - d, y: cy + d },
    end: { x: cx + d, y: cy - d },
    thickness: ring,
    color: SIGN_RED,
    lineCap: LineCapStyle.Butt,
  });
}

/** A red-bordered white triangle with a black exclamation mark; its base is `side` wide, centred on cx at baseY. */
export function drawWarningSign(page: PDFPage, cx: number, baseY: number, side: number): void {
  // SVG paths: origin at the base's middle, y downwards.
  const triangle = (s: number) => `M${-s / 2} 0 L${s / 2} 0 L0 ${(-s * Math.sqrt(3)) / 2} Z`;
  const border = side * 0.13;
  page.drawSvgPath(triangle(side), { x: cx, y: baseY, color: SIGN_RED });
  // Same centre as the outer triangle, so the border is even on all three sides.
  const innerSide = side - 2 * Math.sqrt(3) * border;
  const innerBase = baseY + border;
  const innerHeight = (innerSide * Math.sqrt(3)) / 2;
  page.drawSvgPath(triangle(innerSide), { x: cx, y: innerBase, color: WHITE });
  const barWidth = side * 0.075;
  const barBottom = innerBase + innerHeight * 0.3;
  page.drawRectangle({ x: cx - barWidth / 2, y: barBottom, width: barWidth, height: innerHeight * 0.42, color: BLACK });
  page.drawCircle({ x: cx, y: innerBase + innerHeight * 0.17, size: barWidth * 0.62, color: BLACK });
}
