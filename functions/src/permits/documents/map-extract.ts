/**
 * A small plan of the permit's place, without tiles: the geometry (point, line or area) scaled into a
 * framed box, with a north arrow and a scale bar in metres, and its WGS84 coordinates as text.
 * Longitudes and latitudes become metres on a local flat projection around the geometry's centre,
 * which is exact enough at street scale.
 */
import { LineCapStyle, rgb, type PDFPage, type RGB } from 'pdf-lib';
import type { PermitGeometry } from '@tandem/shared/permits/permit-details';
import type { Fonts } from '../../documents/pdf-style.js';
import { INK, MUTED, WHITE } from '../../documents/pdf-style.js';

type Lnglat = readonly [number, number];

const METRES_PER_DEGREE_LAT = 110_574;
const METRES_PER_DEGREE_LNG_AT_EQUATOR = 111_320;
/** The smallest width or height shown, in metres, so a point or a short line still shows its street. */
const MIN_EXTENT_METRES = 120;
const MARGIN = 0.2;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The geometry's positions, without any that are not finite numbers. */
export function geometryPositions(g: PermitGeometry): Lnglat[] {
  const raw: unknown[] =
    g?.type === 'Point'
      ? [g.coordinates]
      : g?.type === 'LineString'
        ? g.coordinates
        : g?.type === 'Polygon'
          ? (g.coordinates?.[0] ?? [])
          : [];
  return raw.filter((p): p is Lnglat => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));
}

export interface MapFrame {
  /** Page coordinates of a [lng, lat] position. */
  project(p: Lnglat): { x: number; y: number };
  metresPerPoint: number;
}

/** Fits the positions into the box with the same scale on both axes, centred. */
export function mapFrame(positions: Lnglat[], box: Box): MapFrame {
  const lngs = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  const lng0 = (Math.min(...lngs) + Math.max(...lngs)) / 2;
  const lat0 = (Math.min(...lats) + Math.max(...lats)) / 2;
  const kx = METRES_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  const ky = METRES_PER_DEGREE_LAT;
  const spanX = Math.max((Math.max(...lngs) - Math.min(...lngs)) * kx * (1 + 2 * MARGIN), MIN_EXTENT_METRES);
  const spanY = Math.max((Math.max(...lats) - Math.min(...lats)) * ky * (1 + 2 * MARGIN), MIN_EXTENT_METRES);
  const pointsPerMetre = Math.min(box.width / spanX, box.height / spanY);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return {
    project: (p) => ({ x: cx + (p[0] - lng0) * kx * pointsPerMetre, y: cy + (p[1] - lat0) * ky * pointsPerMetre }),
    metresPerPoint: 1 / pointsPerMetre,
  };
}

/** A round length (1, 2 or 5 × 10ⁿ metres) whose bar is at most maxPoints long. */
export function scaleBarMetres(metresPerPoint: number, maxPoints: number): number {
  const max = metresPerPoint * maxPoints;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [5, 2, 1]) if (step * power <= max) return step * power;
  return power;
}

function formatDistance(metres: number): string {
  return metres >= 1000 ? `${String(metres / 1000).replace('.', ',')} km` : `${metres} m`;
}

/** "50.57913, 4.07123" (latitude, longitude, 5 decimals). */
export function formatLatLng(p: Lnglat): string {
  return `${p[1].toFixed(5)}, ${p[0].toFixed(5)}`;
}

/** The coordinates as text lines: every position when there are few, else the ends or the centre. */
export function geometryCoordinateLines(g: PermitGeometry): string[] {
  const positions = geometryPositions(g);
  if (positions.length === 0) return [];
  const head = 'Coordonnées WGS84 (latitude, longitude)';
  if (g.type === 'Point') return [head, `Point : ${formatLatLng(positions[0])}`];
  if (g.type === 'LineString') {
    if (positions.length <= 4) return [head, `Tracé : ${positions.map(formatLatLng).join(' ; ')}`];
    return [
      head,
      `Tracé de ${positions.length} points, de ${formatLatLng(positions[0])} à ${formatLatLng(positions[positions.length - 1])}`,
    ];
  }
  const ring = positions.slice(0, -1);
  if (ring.length <= 4) return [head, `Zone : ${ring.map(formatLatLng).join(' ; ')}`];
  const centre: Lnglat = [ring.reduce((a, p) => a + p[0], 0) / ring.length, ring.reduce((a, p) => a + p[1], 0) / ring.length];
  return [head, `Zone de ${ring.length} sommets, centre ${formatLatLng(centre)}`];
}

function svgPath(points: { x: number; y: number }[], origin: { x: number; y: number }, close: boolean): string {
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${(p.x - origin.x).toFixed(2)} ${(origin.y - p.y).toFixed(2)}`).join(' ');
  return close ? `${d} Z` : d;
}

function drawNorthArrow(page: PDFPage, fonts: Fonts, x: number, top: number): void {
  const h = 22;
  const origin = { x, y: top };
  page.drawSvgPath(`M0 10 L7 ${h + 10} L0 ${h + 4} L-7 ${h + 10} Z`, { x: origin.x, y: origin.y, color: INK });
  page.drawText('N', { x: x - fonts.bold.widthOfTextAtSize('N', 9) / 2, y: top - 8, size: 9, font: fonts.bold, color: INK });
}

function drawScaleBar(page: PDFPage, fonts: Fonts, frame: MapFrame, box: Box): void {
  const metres = scaleBarMetres(frame.metresPerPoint, box.width * 0.3);
  const length = metres / frame.metresPerPoint;
  const x = box.x + 10;
  const y = box.y + 10;
  page.drawRectangle({
    x: x - 4,
    y: y - 4,
    width: length + 8 + fonts.regular.widthOfTextAtSize(formatDistance(metres), 7) + 4,
    height: 16,
    color: WHITE,
    opacity: 0.8,
  });
  page.drawRectangle({ x, y, width: length / 2, height: 3, color: INK });
  page.drawRectangle({ x: x + length / 2, y, width: length / 2, height: 3, color: WHITE, borderColor: INK, borderWidth: 0.5 });
  page.drawText(formatDistance(metres), { x: x + length + 4, y: y - 1, size: 7, font: fonts.regular, color: INK });
}

/** Draws the plan in the box: frame, faint grid, the geometry, a north arrow and a scale bar. */
export function drawMapExtract(page: PDFPage, fonts: Fonts, geometry: PermitGeometry, box: Box, colour: RGB): void {
  page.drawRectangle({ ...box, color: rgb(0.95, 0.96, 0.94), borderColor: MUTED, borderWidth: 0.8 });
  const positions = geometryPositions(geometry);
  if (positions.length === 0) {
    page.drawText('Plan non disponible', { x: box.x + 10, y: box.y + box.height / 2, size: 9, font: fonts.italic, color: MUTED });
    return;
  }
  const inner: Box = { x: box.x + 8, y: box.y + 8, width: box.width - 16, height: box.height - 16 };
  const frame = mapFrame(positions, inner);
  const grid = scaleBarMetres(frame.metresPerPoint, box.width / 4) / frame.metresPerPoint;
  for (let gx = box.x + grid; gx < box.x + box.width; gx += grid) {
    page.drawLine({ start: { x: gx, y: box.y }, end: { x: gx, y: box.y + box.height }, thickness: 0.3, color: rgb(0.85, 0.87, 0.85) });
  }
  for (let gy = box.y + grid; gy < box.y + box.height; gy += grid) {
    page.drawLine({ start: { x: box.x, y: gy }, end: { x: box.x + box.width, y: gy }, thickness: 0.3, color: rgb(0.85, 0.87, 0.85) });
  }
  const points = positions.map(frame.project);
  const origin = { x: box.x, y: box.y + box.height };
  if (geometry.type === 'Point') {
    const p = points[0];
    page.drawCircle({ x: p.x, y: p.y, size: 14, color: colour, opacity: 0.2 });
    page.drawCircle({ x: p.x, y: p.y, size: 5, color: colour, borderColor: WHITE, borderWidth: 1.5 });
  } else if (geometry.type === 'LineString') {
    page.drawSvgPath(svgPath(points, origin, false), {
      x: origin.x,
      y: origin.y,
      borderColor: colour,
      borderWidth: 4,
      borderLineCap: LineCapStyle.Round,
    });
    for (const end of [points[0], points[points.length - 1]])
      page.drawCircle({ x: end.x, y: end.y, size: 3.5, color: WHITE, borderColor: colour, borderWidth: 1.5 });
  } else {
    page.drawSvgPath(svgPath(points, origin, true), {
      x: origin.x,
      y: origin.y,
      color: colour,
      opacity: 0.25,
      borderColor: colour,
      borderWidth: 2,
    });
  }
  drawNorthArrow(page, fonts, box.x + box.width - 16, box.y + box.height - 12);
  drawScaleBar(page, fonts, frame, box);
}
