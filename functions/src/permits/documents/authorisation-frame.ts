/** The frame of the authorisation's pages: the commune's header, the header of continued pages, the footers. */
import type { PDFPage } from 'pdf-lib';
import type { PermitDocumentInput } from './document-input.js';
import { formatFrenchDate } from '../../documents/french-dates.js';
import { A4, MUTED, RULE, WHITE, hexColour, type Fonts } from '../../documents/pdf-style.js';
import { clampLines, pdfSafeText, wrapText } from '../../documents/pdf-text.js';

export const MARGIN = { top: 40, bottom: 72, left: 50, right: 50 };

export function drawFirstHeader(page: PDFPage, fonts: Fonts, input: PermitDocumentInput): number {
  const { branding } = input.commune;
  const primary = hexColour(branding.primary);
  const onPrimary = hexColour(branding.primaryText, WHITE);
  const bandHeight = 74;
  page.drawRectangle({ x: 0, y: A4.height - bandHeight, width: A4.width, height: bandHeight, color: primary });
  page.drawRectangle({ x: 0, y: A4.height - bandHeight - 4, width: A4.width, height: 4, color: hexColour(branding.accent, primary) });
  let textX = MARGIN.left;
  const logo = Array.from(pdfSafeText(branding.logoText, fonts.bold)).slice(0, 4).join('');
  if (logo) {
    const size = 44;
    const y = A4.height - bandHeight / 2 - size / 2;
    page.drawRectangle({ x: MARGIN.left, y, width: size, height: size, borderColor: onPrimary, borderWidth: 2 });
    const fontSize = logo.length > 2 ? 13 : 18;
    page.drawText(logo, {
      x: MARGIN.left + (size - fonts.bold.widthOfTextAtSize(logo, fontSize)) / 2,
      y: y + size / 2 - fontSize * 0.35,
      size: fontSize,
      font: fonts.bold,
      color: onPrimary,
    });
    textX += size + 14;
  }
  const width = A4.width - MARGIN.right - textX;
  const name = clampLines(wrapText(input.commune.name, fonts.bold, 20, width), 1, fonts.bold, 20, width)[0] ?? '';
  page.drawText(name, { x: textX, y: A4.height - 38, size: 20, font: fonts.bold, color: onPrimary });
  const contact = clampLines(
    wrapText([input.commune.website, input.commune.email].filter(Boolean).join('  ·  '), fonts.regular, 9, width),
    1,
    fonts.regular,
    9,
    width,
  )[0];
  if (contact) page.drawText(contact, { x: textX, y: A4.height - 56, size: 9, font: fonts.regular, color: onPrimary });
  return A4.height - bandHeight - 4 - 22;
}

export function drawContinuedHeader(page: PDFPage, fonts: Fonts, input: PermitDocumentInput): number {
  const primary = hexColour(input.commune.branding.primary);
  page.drawRectangle({ x: 0, y: A4.height - 28, width: A4.width, height: 28, color: primary });
  const text = pdfSafeText(`${input.commune.name}  ·  Autorisation n° ${input.permit.reference} (suite)`, fonts.bold);
  const line = clampLines(wrapText(text, fonts.bold, 10, A4.width - 100), 1, fonts.bold, 10, A4.width - 100)[0] ?? '';
  page.drawText(line, {
    x: MARGIN.left,
    y: A4.height - 18,
    size: 10,
    font: fonts.bold,
    color: hexColour(input.commune.branding.primaryText, WHITE),
  });
  return A4.height - 28 - 24;
}

export function drawFooters(pages: PDFPage[], fonts: Fonts, input: PermitDocumentInput): void {
  const contact = [input.commune.name, input.commune.email, input.commune.website].filter(Boolean).join('  ·  ');
  const contactLine = clampLines(wrapText(contact, fonts.regular, 8, A4.width - 160), 1, fonts.regular, 8, A4.width - 160)[0] ?? '';
  const generated = pdfSafeText(
    `Document généré par Tandem le ${formatFrenchDate(input.permit.issuedAt, { weekday: false })}`,
    fonts.italic,
  );
  pages.forEach((page, i) => {
    page.drawLine({ start: { x: MARGIN.left, y: 52 }, end: { x: A4.width - MARGIN.right, y: 52 }, thickness: 0.6, color: RULE });
    page.drawText(contactLine, { x: MARGIN.left, y: 40, size: 8, font: fonts.regular, color: MUTED });
    page.drawText(generated, { x: MARGIN.left, y: 29, size: 8, font: fonts.italic, color: MUTED });
    const pageNo = `Page ${i + 1}/${pages.length}`;
    page.drawText(pageNo, {
      x: A4.width - MARGIN.right - fonts.regular.widthOfTextAtSize(pageNo, 8),
      y: 29,
      size: 8,
      font: fonts.regular,
      color: MUTED,
    });
  });
}
