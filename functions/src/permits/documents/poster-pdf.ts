/**
 * The poster put up on site (A4, readable from 2 m): what is going on, when, where, the authorisation's
 * number and a big QR code to check it live; for works or a move, the company on site (a business, whom
 * neighbours may call). It carries no personal data: never the holder's name.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { PermitDocumentInput, PosterVariant } from './document-input.js';
import { formatFrenchPeriodLines } from './french-dates.js';
import { A4, INK, MUTED, WHITE, embedFonts, hexColour, setMetadata, type Fonts } from './pdf-style.js';
import { clampLines, fitText, pdfSafeText, wrapText } from './pdf-text.js';
import { drawNoParkingSign, drawWarningSign } from './poster-signs.js';
import { drawQr } from './qr-draw.js';

const MARGIN = 36;
const WIDTH = A4.width - 2 * MARGIN;
const BAND = 62;
const BOTTOM_BLOCK = 206;

export const POSTER_HEADLINES: Record<PosterVariant, string> = {
  parking_ban: 'INTERDICTION DE STATIONNEMENT',
  works: 'CHANTIER',
  event: 'ÉVÈNEMENT',
};
export const EVENT_TRAFFIC_NOTE = "Circulation et stationnement réglementés aux abords de l'évènement";
export const SCAN_INVITATION = 'Scannez pour vérifier cette autorisation en direct';

interface Block {
  height: number;
  draw(page: PDFPage, top: number): void;
}

function centredLines(lines: string[], font: PDFFont, size: number, colour: RGB, leading = 1.15): Block {
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
function stacked(first: Block, gap: number, second: Block): Block {
  return {
    height: first.height + gap + second.height,
    draw(page, top) {
      first.draw(page, top);
      second.draw(page, top - first.height - gap);
    },
  };
}

/** The largest size ≤ max at which every line fits the width (lines too long even at min are wrapped). */
function sameSizeLines(texts: string[], font: PDFFont, max: number, min: number): { size: number; lines: string[] } {
  const safe = texts.map((t) => pdfSafeText(t, font)).filter(Boolean);
  let size = max;
  for (const t of safe) size = Math.min(size, (max * WIDTH) / Math.max(font.widthOfTextAtSize(t, max), 1));
  size = Math.max(min, Math.floor(size));
  return { size, lines: safe.flatMap((t) => wrapText(t, font, size, WIDTH)) };
}

function pictogram(variant: PosterVariant, factor: number): Block | undefined {
  const height = 150 * factor;
  if (variant === 'parking_ban')
    return { height, draw: (page, top) => drawNoParkingSign(page, A4.width / 2, top - height / 2, height / 2) };
  if (variant === 'works') {
    const side = height / (Math.sqrt(3) / 2);
    return { height, draw: (page, top) => drawWarningSign(page, A4.width / 2, top - height, side) };
  }
  return undefined;
}

function noteBox(text: string, fonts: Fonts, factor: number, accent: RGB): Block {
  const size = Math.max(14, Math.round(20 * factor));
  const lines = clampLines(wrapText(text, fonts.bold, size, WIDTH - 40), 2, fonts.bold, size, WIDTH - 40);
  const inner = centredLines(lines, fonts.bold, size, INK);
  const height = inner.height + 24;
  return {
    height,
    draw(page, top) {
      page.drawRectangle({
        x: MARGIN + 10,
        y: top - height,
        width: WIDTH - 20,
        height,
        color: rgb(1, 0.97, 0.85),
        borderColor: accent,
        borderWidth: 3,
      });
      inner.draw(page, top - 12);
    },
  };
}

/** "Entreprise" and its name, smaller than the place: who works on site. */
function companyBlock(company: string | undefined, fonts: Fonts, factor: number): Block | undefined {
  const name = company ? fitText(company, fonts.bold, WIDTH, 2, Math.round(20 * factor), 12) : undefined;
  if (!name?.lines.length) return undefined;
  return stacked(centredLines(['Entreprise'], fonts.regular, 13, MUTED), 4, centredLines(name.lines, fonts.bold, name.size, INK, 1.2));
}

function middleBlocks(input: PermitDocumentInput, variant: PosterVariant, fonts: Fonts, factor: number): Block[] {
  const primary = hexColour(input.commune.branding.primary);
  const headline = fitText(POSTER_HEADLINES[variant], fonts.bold, WIDTH, 2, Math.round(62 * factor), 24);
  const title = fitText(input.permit.title, fonts.bold, WIDTH, 2, Math.round(28 * factor), 14);
  const dates = sameSizeLines(formatFrenchPeriodLines(input.permit.period), fonts.bold, Math.round(30 * factor), 14);
  const place = fitText(input.permit.place.label, fonts.bold, WIDTH, 3, Math.round(26 * factor), 14);
  const blocks: (Block | undefined)[] = [
    pictogram(variant, factor),
    centredLines(headline.lines, fonts.bold, headline.size, INK, 1.05),
    title.lines.length ? centredLines(title.lines, fonts.bold, title.size, primary) : undefined,
    variant === 'event' ? noteBox(EVENT_TRAFFIC_NOTE, fonts, factor, hexColour(input.commune.branding.accent, primary)) : undefined,
    centredLines(dates.lines, fonts.bold, dates.size, INK, 1.25),
    stacked(centredLines(['Lieu'], fonts.regular, 13, MUTED), 4, centredLines(place.lines, fonts.bold, place.size, INK, 1.2)),
    companyBlock(input.permit.company, fonts, factor),
  ];
  return blocks.filter((b): b is Block => b !== undefined);
}

function drawBand(page: PDFPage, input: PermitDocumentInput, fonts: Fonts): void {
  const { branding } = input.commune;
  page.drawRectangle({ x: 0, y: A4.height - BAND, width: A4.width, height: BAND, color: hexColour(branding.primary) });
  page.drawRectangle({
    x: 0,
    y: A4.height - BAND - 5,
    width: A4.width,
    height: 5,
    color: hexColour(branding.accent, hexColour(branding.primary)),
  });
  const name = fitText(input.commune.name, fonts.bold, WIDTH, 1, 26, 12);
  centredLines(name.lines, fonts.bold, name.size, hexColour(branding.primaryText, WHITE)).draw(
    page,
    A4.height - BAND / 2 + name.size * 0.45,
  );
}

function drawBottom(page: PDFPage, input: PermitDocumentInput, fonts: Fonts): void {
  const qrSize = 186;
  const y = MARGIN - 6;
  page.drawLine({
    start: { x: MARGIN, y: y + BOTTOM_BLOCK - 4 },
    end: { x: A4.width - MARGIN, y: y + BOTTOM_BLOCK - 4 },
    thickness: 1,
    color: MUTED,
  });
  drawQr(page, input.trackingUrl, { x: MARGIN - 8, y, size: qrSize });
  const x = MARGIN + qrSize + 8;
  const width = A4.width - MARGIN - x;
  let top = y + qrSize - 14;
  const write = (lines: string[], font: PDFFont, size: number, colour: RGB, after: number) => {
    for (const line of lines) {
      page.drawText(line, { x, y: top - size * 0.85, size, font, color: colour });
      top -= size * 1.2;
    }
    top -= after;
  };
  write(wrapText(SCAN_INVITATION, fonts.bold, 19, width), fonts.bold, 19, INK, 12);
  const reference = fitText(`Autorisation n° ${input.permit.reference}`, fonts.bold, width, 1, 18, 10);
  write(reference.lines, fonts.bold, reference.size, INK, 2);
  write(
    clampLines(wrapText(`délivrée par ${input.commune.name}`, fonts.regular, 13, width), 2, fonts.regular, 13, width),
    fonts.regular,
    13,
    INK,
    8,
  );
  write(clampLines(wrapText(input.trackingUrl, fonts.regular, 9, width), 3, fonts.regular, 9, width), fonts.regular, 9, MUTED, 0);
}

export async function renderPosterPdf(input: PermitDocumentInput & { posterVariant: PosterVariant }): Promise<Uint8Array> {
  const variant: PosterVariant = POSTER_HEADLINES[input.posterVariant] ? input.posterVariant : 'event';
  const { permit, commune } = input;
  const doc = await PDFDocument.create({ updateMetadata: false });
  setMetadata(doc, {
    title: `Affiche — autorisation ${permit.reference}`,
    author: commune.name,
    subject: `${POSTER_HEADLINES[variant]} : ${permit.title}`,
    keywords: ['affiche', permit.reference],
    issuedAt: permit.issuedAt,
  });
  const fonts = await embedFonts(doc);
  const page = doc.addPage([A4.width, A4.height]);
  drawBand(page, input, fonts);

  const top = A4.height - BAND - 5 - 16;
  const bottom = MARGIN + BOTTOM_BLOCK + 8;
  let blocks = middleBlocks(input, variant, fonts, 1);
  const minGap = 10;
  for (let factor = 0.9; factor >= 0.5; factor -= 0.1) {
    if (blocks.reduce((a, b) => a + b.height, 0) + minGap * (blocks.length - 1) <= top - bottom) break;
    blocks = middleBlocks(input, variant, fonts, factor);
  }
  const free = top - bottom - blocks.reduce((a, b) => a + b.height, 0);
  const gap = Math.min(Math.max(free / Math.max(blocks.length - 1, 1), 0), 34);
  let y = top - Math.max(0, (free - gap * (blocks.length - 1)) / 2);
  for (const block of blocks) {
    block.draw(page, y);
    y -= block.height + gap;
  }
  drawBottom(page, input, fonts);
  return doc.save();
}
