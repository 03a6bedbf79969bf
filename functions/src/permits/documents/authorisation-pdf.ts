/**
 * The authorisation handed to the holder (A4, French): what is allowed, where, when, on which
 * conditions and for which fee, with a plan of the place and a QR code to the live tracking page.
 */
import { PDFDocument, rgb } from 'pdf-lib';
import type { PermitDocumentInput } from './document-input.js';
import { formatFrenchDate, formatFrenchPeriod } from '../../documents/french-dates.js';
import { formatFee } from '../../documents/french-money.js';
import { drawMapExtract, geometryCoordinateLines } from './map-extract.js';
import { PdfFlow } from './pdf-flow.js';
import { drawContinuedHeader, drawFirstHeader, drawFooters, MARGIN } from './authorisation-frame.js';
import { INK, MUTED, RULE, embedFonts, hexColour, setMetadata, type Fonts } from '../../documents/pdf-style.js';
import { clampLines, pdfSafeText, wrapText } from '../../documents/pdf-text.js';
import { drawQr } from '../../documents/qr-draw.js';

const LABEL_WIDTH = 110;
const BODY = 10.5;

export const AUTHORISATION_TITLES = {
  event: "Autorisation d'organiser un évènement",
  occupation: "Autorisation d'occupation du domaine public",
} as const;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function decisionLines(input: PermitDocumentInput): string[] {
  const { decision } = input.permit;
  const what = decision.outcome === 'approved_with_conditions' ? 'Autorisation accordée sous conditions' : 'Autorisation accordée';
  const lines = [`${what} le ${formatFrenchDate(decision.at, { weekday: false })}`];
  if (decision.college) {
    lines.push(
      `Décision du Collège communal du ${formatFrenchDate(decision.college.date, { weekday: false })} (réf. ${decision.college.reference})`,
    );
  }
  return lines;
}

/** A label in the left column and its value lines beside it. */
function row(flow: PdfFlow, fonts: Fonts, label: string, values: string[]): void {
  const valueWidth = flow.width - LABEL_WIDTH;
  const lines = values.flatMap((v) => wrapText(v, fonts.regular, BODY, valueWidth));
  if (lines.length === 0) return;
  const lineHeight = BODY * 1.35;
  flow.ensure(lineHeight * Math.min(lines.length, 2));
  flow.page.drawText(pdfSafeText(label, fonts.bold), {
    x: MARGIN.left,
    y: flow.y - lineHeight * 0.75,
    size: 8.5,
    font: fonts.bold,
    color: MUTED,
  });
  flow.lines(lines, MARGIN.left + LABEL_WIDTH, fonts.regular, BODY, { lineHeight });
  flow.gap(5);
}

function sectionHeading(flow: PdfFlow, fonts: Fonts, text: string): void {
  flow.ensure(40);
  flow.gap(6);
  flow.lines([pdfSafeText(text, fonts.bold)], MARGIN.left, fonts.bold, 12);
  flow.page.drawLine({
    start: { x: MARGIN.left, y: flow.y - 2 },
    end: { x: MARGIN.left + flow.width, y: flow.y - 2 },
    thickness: 0.6,
    color: RULE,
  });
  flow.gap(6);
}

function numberedList(flow: PdfFlow, fonts: Fonts, items: string[]): void {
  const indent = 20;
  const lineHeight = BODY * 1.35;
  const wrapped = items.map((item) => wrapText(item, fonts.regular, BODY, flow.width - indent)).filter((lines) => lines.length > 0);
  wrapped.forEach((lines, i) => {
    flow.ensure(lineHeight);
    flow.page.drawText(`${i + 1}.`, { x: MARGIN.left, y: flow.y - lineHeight * 0.75, size: BODY, font: fonts.bold, color: INK });
    flow.lines(lines, MARGIN.left + indent, fonts.regular, BODY, { lineHeight });
    flow.gap(3);
  });
}

function referenceBox(flow: PdfFlow, fonts: Fonts, input: PermitDocumentInput): void {
  const height = 38;
  flow.ensure(height);
  const top = flow.y;
  flow.page.drawRectangle({
    x: MARGIN.left,
    y: top - height,
    width: flow.width,
    height,
    color: rgb(0.95, 0.96, 0.97),
    borderColor: RULE,
    borderWidth: 0.6,
  });
  const cells: [string, string][] = [
    ['Référence', input.permit.reference],
    ['Code de suivi', input.permit.code],
    ['Délivrée le', formatFrenchDate(input.permit.issuedAt, { weekday: false })],
  ];
  const cellWidth = flow.width / cells.length;
  cells.forEach(([label, value], i) => {
    const x = MARGIN.left + 10 + i * cellWidth;
    const text = clampLines(wrapText(value, fonts.bold, 12, cellWidth - 16), 1, fonts.bold, 12, cellWidth - 16)[0] ?? '';
    flow.page.drawText(label, { x, y: top - 14, size: 8, font: fonts.regular, color: MUTED });
    flow.page.drawText(text, { x, y: top - 30, size: 12, font: fonts.bold, color: INK });
  });
  flow.gap(height + 12);
}

function planAndTracking(flow: PdfFlow, fonts: Fonts, input: PermitDocumentInput): void {
  const qrSize = 118;
  const sideWidth = 140;
  const mapWidth = flow.width - sideWidth - 18;
  const mapHeight = 150;
  const coordinates = geometryCoordinateLines(input.permit.place.geometry).flatMap((l) => wrapText(l, fonts.regular, 7.5, mapWidth));
  const urlLines = clampLines(wrapText(input.trackingUrl, fonts.regular, 7, sideWidth), 4, fonts.regular, 7, sideWidth);
  flow.ensure(22 + mapHeight + 6 + coordinates.length * 10);
  flow.gap(6);
  const top = flow.y;
  const page = flow.page;
  page.drawText('Plan de situation', { x: MARGIN.left, y: top - 10, size: 10, font: fonts.bold, color: INK });
  const sideX = MARGIN.left + mapWidth + 18;
  page.drawText('Suivi en ligne', { x: sideX, y: top - 10, size: 10, font: fonts.bold, color: INK });
  const boxTop = top - 18;
  drawMapExtract(
    page,
    fonts,
    input.permit.place.geometry,
    { x: MARGIN.left, y: boxTop - mapHeight, width: mapWidth, height: mapHeight },
    hexColour(input.commune.branding.primary),
  );
  coordinates.forEach((line, i) => {
    page.drawText(line, { x: MARGIN.left, y: boxTop - mapHeight - 11 - i * 10, size: 7.5, font: fonts.regular, color: MUTED });
  });
  drawQr(page, input.trackingUrl, { x: sideX + (sideWidth - qrSize) / 2, y: boxTop - qrSize, size: qrSize });
  urlLines.forEach((line, i) => {
    page.drawText(line, { x: sideX, y: boxTop - qrSize - 10 - i * 9, size: 7, font: fonts.regular, color: INK });
  });
  flow.y = Math.min(boxTop - mapHeight - 6 - coordinates.length * 10, boxTop - qrSize - 6 - urlLines.length * 9);
}

export async function renderAuthorisationPdf(input: PermitDocumentInput): Promise<Uint8Array> {
  const { permit, commune } = input;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const kindTitle = AUTHORISATION_TITLES[permit.kind] ?? AUTHORISATION_TITLES.occupation;
  setMetadata(doc, {
    title: `Autorisation ${permit.reference} — ${permit.title}`,
    author: commune.name,
    subject: `${kindTitle} : ${permit.title}`,
    keywords: ['autorisation', permit.reference, permit.code],
    issuedAt: permit.issuedAt,
  });
  const fonts = await embedFonts(doc);
  const flow = new PdfFlow(doc, MARGIN, (page) => drawContinuedHeader(page, fonts, input));
  const first = flow.firstPage();
  flow.y = drawFirstHeader(first, fonts, input);

  const primary = hexColour(commune.branding.primary);
  flow.lines(['Autorisation'], MARGIN.left, fonts.bold, 24, { colour: primary, lineHeight: 28 });
  flow.lines(wrapText(kindTitle, fonts.bold, 13, flow.width), MARGIN.left, fonts.bold, 13, { lineHeight: 18 });
  flow.gap(10);
  referenceBox(flow, fonts, input);

  // An association or a company holds the authorisation; the person who asked is its contact.
  if (permit.holder.organisation) {
    row(flow, fonts, 'Titulaire', [permit.holder.organisation]);
    row(flow, fonts, 'Personne de contact', [permit.holder.name]);
  } else row(flow, fonts, 'Titulaire', [permit.holder.name]);
  row(flow, fonts, permit.kind === 'event' ? 'Évènement' : 'Objet', [permit.title]);
  row(flow, fonts, 'Lieu', [permit.place.label]);
  row(flow, fonts, 'Période', [capitalise(formatFrenchPeriod(permit.period))]);
  row(
    flow,
    fonts,
    'Informations',
    (permit.summary ?? []).filter((s) => pdfSafeText(s, fonts.regular) !== '').map((s) => `• ${s}`),
  );
  row(flow, fonts, 'Décision', decisionLines(input));
  row(flow, fonts, 'Redevance', [formatFee(permit.fee)]);

  const conditions = (permit.conditions ?? []).filter((c) => pdfSafeText(c, fonts.regular) !== '');
  if (conditions.length > 0) {
    sectionHeading(flow, fonts, 'Conditions');
    numberedList(flow, fonts, conditions);
  }
  planAndTracking(flow, fonts, input);

  drawFooters(flow.pages, fonts, input);
  return doc.save();
}
