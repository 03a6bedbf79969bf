/**
 * The A4 street poster's frame, shared by the permit poster (functions/src/permits/documents/poster-pdf.ts) and the
 * works poster (functions/src/worksites/works-poster-pdf.ts): the commune's band on top, the middle blocks (a
 * pictogram, a headline, dates, the place…) set as large as fits and spread over the free height, and the bottom
 * block with a big QR code to the live page and a few words beside it. Pure: the bytes are a function of the input.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { A4, INK, MUTED, WHITE, embedFonts, hexColour, setMetadata, type Fonts } from './pdf-style.js';
import { clampLines, fitText, pdfSafeText, wrapText } from './pdf-text.js';
import { drawNoParkingSign, drawWarningSign } from './poster-signs.js';
import { drawQr } from './qr-draw.js';

export const POSTER_MARGIN = 36;
/** The width the middle blocks may use. */
export const POSTER_WIDTH = A4.width - 2 * POSTER_MARGIN;
const BAND = 62;
const BOTTOM_BLOCK = 206;

/** Something drawn in the middle of the poster, `height` points tall, from `top` down. */
export interface Block {
  height: number;
  draw(page: PDFPage, top: number): void;
}

export function centredLines(lines: string[], font: PDFFont, size: number, colour: RGB, leading = 1.15): Block {
  const lineHeight = size * leading;
  return {
    height: lines.length * lineHeight,
    draw(page, top) {
      lines.forEach((line, i) => {
        const x = (A4.width - font.widthOfTextAtSize(line, size)) / 2;
        page.drawText(line, { x, y: top - i * lineHeight - size * 0.85, size, font, color: colour });
      });
    },
  };
}

/** Two blocks kept together, `gap` apart. */
export function stacked(first: Block, gap: number, second: Block): Block {
  return {
    height: first.height + gap + second.height,
    draw(page, top) {
      first.draw(page, top);
      second.draw(page, top - first.height - gap);
    },
  };
}

/** A small grey label ("Lieu", "Entreprise") above bold text set as large as `max` allows in `maxLines`. */
export function labelled(label: string, text: string, fonts: Fonts, maxLines: number, max: number, min: number): Block | undefined {
  const fitted = fitText(text, fonts.bold, POSTER_WIDTH, maxLines, max, min);
  if (!fitted.lines.length) return undefined;
  return stacked(centredLines([label], fonts.regular, 13, MUTED), 4, centredLines(fitted.lines, fonts.bold, fitted.size, INK, 1.2));
}

/** The largest size ≤ max at which every line fits the width (lines too long even at min are wrapped). */
export function sameSizeLines(texts: string[], font: PDFFont, max: number, min: number): { size: number; lines: string[] } {
  const safe = texts.map((t) => pdfSafeText(t, font)).filter(Boolean);
  let size = max;
  for (const t of safe) size = Math.min(size, (max * POSTER_WIDTH) / Math.max(font.widthOfTextAtSize(t, max), 1));
  size = Math.max(min, Math.floor(size));
  return { size, lines: safe.flatMap((t) => wrapText(t, font, size, POSTER_WIDTH)) };
}

export type Pictogram = 'no_parking' | 'warning';

/** A road sign, 150 points tall at full size. */
export function pictogramBlock(sign: Pictogram, factor: number): Block {
  const height = 150 * factor;
  if (sign === 'no_parking') return { height, draw: (page, top) => drawNoParkingSign(page, A4.width / 2, top - height / 2, height / 2) };
  const side = height / (Math.sqrt(3) / 2);
  return { height, draw: (page, top) => drawWarningSign(page, A4.width / 2, top - height, side) };
}

/** A framed note on a pale yellow ground (e.g. traffic regulated around an event), at most two lines. */
export function noteBox(text: string, fonts: Fonts, factor: number, accent: RGB): Block {
  const size = Math.max(14, Math.round(20 * factor));
  const lines = clampLines(wrapText(text, fonts.bold, size, POSTER_WIDTH - 40), 2, fonts.bold, size, POSTER_WIDTH - 40);
  const inner = centredLines(lines, fonts.bold, size, INK);
  const height = inner.height + 24;
  return {
    height,
    draw(page, top) {
      page.drawRectangle({
        x: POSTER_MARGIN + 10,
        y: top - height,
        width: POSTER_WIDTH - 20,
        height,
        color: rgb(1, 0.97, 0.85),
        borderColor: accent,
        borderWidth: 3,
      });
      inner.draw(page, top - 12);
    },
  };
}

export interface PosterCommune {
  name: string;
  branding: { primary: string; primaryText: string; accent: string };
}

export interface PosterFrame {
  commune: PosterCommune;
  metadata: { title: string; subject: string; keywords: string[]; issuedAt: string };
  /** The middle blocks at a size factor (1 = full size; smaller until they fit). */
  middle(fonts: Fonts, factor: number): Block[];
  /** The bottom block: the QR code's address and, beside it, an invitation, a heading and a byline. */
  qr: { url: string; invitation: string; heading: string; byline: string };
}

function drawBand(page: PDFPage, commune: PosterCommune, fonts: Fonts): void {
  const { branding } = commune;
  page.drawRectangle({ x: 0, y: A4.height - BAND, width: A4.width, height: BAND, color: hexColour(branding.primary) });
  page.drawRectangle({
    x: 0,
    y: A4.height - BAND - 5,
    width: A4.width,
    height: 5,
    color: hexColour(branding.accent, hexColour(branding.primary)),
  });
  const name = fitText(commune.name, fonts.bold, POSTER_WIDTH, 1, 26, 12);
  centredLines(name.lines, fonts.bold, name.size, hexColour(branding.primaryText, WHITE)).draw(
    page,
    A4.height - BAND / 2 + name.size * 0.45,
  );
}

function drawBottom(page: PDFPage, qr: PosterFrame['qr'], fonts: Fonts): void {
  const qrSize = 186;
  const y = POSTER_MARGIN - 6;
  page.drawLine({
    start: { x: POSTER_MARGIN, y: y + BOTTOM_BLOCK - 4 },
    end: { x: A4.width - POSTER_MARGIN, y: y + BOTTOM_BLOCK - 4 },
    thickness: 1,
    color: MUTED,
  });
  drawQr(page, qr.url, { x: POSTER_MARGIN - 8, y, size: qrSize });
  const x = POSTER_MARGIN + qrSize + 8;
  const width = A4.width - POSTER_MARGIN - x;
  let top = y + qrSize - 14;
  const write = (lines: string[], font: PDFFont, size: number, colour: RGB, after: number) => {
    for (const line of lines) {
      page.drawText(line, { x, y: top - size * 0.85, size, font, color: colour });
      top -= size * 1.2;
    }
    top -= after;
  };
  write(wrapText(qr.invitation, fonts.bold, 19, width), fonts.bold, 19, INK, 12);
  const heading = fitText(qr.heading, fonts.bold, width, 1, 18, 10);
  write(heading.lines, fonts.bold, heading.size, INK, 2);
  write(clampLines(wrapText(qr.byline, fonts.regular, 13, width), 2, fonts.regular, 13, width), fonts.regular, 13, INK, 8);
  write(clampLines(wrapText(qr.url, fonts.regular, 9, width), 3, fonts.regular, 9, width), fonts.regular, 9, MUTED, 0);
}

/** One A4 page: band, middle blocks (shrunk until they fit, then spread), bottom block with the QR code. */
export async function renderPoster(frame: PosterFrame): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  setMetadata(doc, { ...frame.metadata, author: frame.commune.name });
  const fonts = await embedFonts(doc);
  const page = doc.addPage([A4.width, A4.height]);
  drawBand(page, frame.commune, fonts);

  const top = A4.height - BAND - 5 - 16;
  const bottom = POSTER_MARGIN + BOTTOM_BLOCK + 8;
  let blocks = frame.middle(fonts, 1);
  const minGap = 10;
  for (let factor = 0.9; factor >= 0.5; factor -= 0.1) {
    if (blocks.reduce((a, b) => a + b.height, 0) + minGap * (blocks.length - 1) <= top - bottom) break;
    blocks = frame.middle(fonts, factor);
  }
  const free = top - bottom - blocks.reduce((a, b) => a + b.height, 0);
  const gap = Math.min(Math.max(free / Math.max(blocks.length - 1, 1), 0), 34);
  let y = top - Math.max(0, (free - gap * (blocks.length - 1)) / 2);
  for (const block of blocks) {
    block.draw(page, y);
    y -= block.height + gap;
  }
  drawBottom(page, frame.qr, fonts);
  return doc.save();
}
