/**
 * QR codes drawn as vector squares: one SVG path (each run of dark modules in a row is one rectangle),
 * on a white square that includes the 4-module quiet zone scanners need.
 */
import QRCode from 'qrcode';
import type { QRCode as QrSymbol } from 'qrcode';
import { rgb, type PDFPage, type RGB } from 'pdf-lib';

const QUIET_ZONE = 4;

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  modules: number;
  /** An SVG path in module units, origin top-left. */
  path: string;
}

/** The QR code of a text (error correction M), as a path; undefined when the text is too long for a QR code. */
export function qrPath(text: string): QrPath | undefined {
  let qr: QrSymbol;
  try {
    qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  } catch {
    return undefined;
  }
  const n = qr.modules.size;
  const dark = (row: number, col: number) => Boolean(qr.modules.get(row, col));
  let path = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!dark(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < n && dark(row, end)) end++;
      path += `M${col} ${row}h${end - col}v1h${col - end}z`;
      col = end;
    }
  }
  return { modules: n, path };
}

/**
 * Draws the QR code of text in a square of side `size` points whose bottom-left corner is (x, y), quiet
 * zone included. Returns false (and draws a framed empty square) when the text cannot be encoded.
 */
export function drawQr(page: PDFPage, text: string, box: { x: number; y: number; size: number }, colour: RGB = rgb(0, 0, 0)): boolean {
  page.drawRectangle({ x: box.x, y: box.y, width: box.size, height: box.size, color: rgb(1, 1, 1) });
  const qr = qrPath(text);
  if (!qr) {
    page.drawRectangle({ x: box.x, y: box.y, width: box.size, height: box.size, borderColor: colour, borderWidth: 1 });
    return false;
  }
  const moduleSize = box.size / (qr.modules + 2 * QUIET_ZONE);
  page.drawSvgPath(qr.path, {
    x: box.x + QUIET_ZONE * moduleSize,
    y: box.y + box.size - QUIET_ZONE * moduleSize,
    scale: moduleSize,
    color: colour,
  });
  return true;
}
