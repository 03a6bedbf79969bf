/**
 * The poster put up on site (A4, readable from 2 m): what is going on, when, where, the authorisation's
 * number and a big QR code to check it live; for works or a move, the company on site (a business, whom
 * neighbours may call). It carries no personal data: never the holder's name. The frame (band, layout, QR block)
 * is the street posters' own (functions/src/documents/poster-layout.ts).
 */
import type { PermitDocumentInput, PosterVariant } from './document-input.js';
import { formatFrenchPeriodLines } from '../../documents/french-dates.js';
import { INK, hexColour, type Fonts } from '../../documents/pdf-style.js';
import { fitText } from '../../documents/pdf-text.js';
import {
  centredLines,
  labelled,
  noteBox,
  pictogramBlock,
  POSTER_WIDTH,
  renderPoster,
  sameSizeLines,
  type Block,
} from '../../documents/poster-layout.js';

export const POSTER_HEADLINES: Record<PosterVariant, string> = {
  parking_ban: 'INTERDICTION DE STATIONNEMENT',
  works: 'CHANTIER',
  event: 'ÉVÈNEMENT',
};
export const EVENT_TRAFFIC_NOTE = "Circulation et stationnement réglementés aux abords de l'évènement";
export const SCAN_INVITATION = 'Scannez pour vérifier cette autorisation en direct';

function middleBlocks(input: PermitDocumentInput, variant: PosterVariant, fonts: Fonts, factor: number): Block[] {
  const primary = hexColour(input.commune.branding.primary);
  const headline = fitText(POSTER_HEADLINES[variant], fonts.bold, POSTER_WIDTH, 2, Math.round(62 * factor), 24);
  const title = fitText(input.permit.title, fonts.bold, POSTER_WIDTH, 2, Math.round(28 * factor), 14);
  const dates = sameSizeLines(formatFrenchPeriodLines(input.permit.period), fonts.bold, Math.round(30 * factor), 14);
  const blocks: (Block | undefined)[] = [
    variant === 'parking_ban' ? pictogramBlock('no_parking', factor) : variant === 'works' ? pictogramBlock('warning', factor) : undefined,
    centredLines(headline.lines, fonts.bold, headline.size, INK, 1.05),
    title.lines.length ? centredLines(title.lines, fonts.bold, title.size, primary) : undefined,
    variant === 'event' ? noteBox(EVENT_TRAFFIC_NOTE, fonts, factor, hexColour(input.commune.branding.accent, primary)) : undefined,
    centredLines(dates.lines, fonts.bold, dates.size, INK, 1.25),
    labelled('Lieu', input.permit.place.label, fonts, 3, Math.round(26 * factor), 14),
    input.permit.company ? labelled('Entreprise', input.permit.company, fonts, 2, Math.round(20 * factor), 12) : undefined,
  ];
  return blocks.filter((b): b is Block => b !== undefined);
}

export async function renderPosterPdf(input: PermitDocumentInput & { posterVariant: PosterVariant }): Promise<Uint8Array> {
  const variant: PosterVariant = POSTER_HEADLINES[input.posterVariant] ? input.posterVariant : 'event';
  const { permit, commune } = input;
  return renderPoster({
    commune,
    metadata: {
      title: `Affiche — autorisation ${permit.reference}`,
      subject: `${POSTER_HEADLINES[variant]} : ${permit.title}`,
      keywords: ['affiche', permit.reference],
      issuedAt: permit.issuedAt,
    },
    middle: (fonts, factor) => middleBlocks(input, variant, fonts, factor),
    qr: {
      url: input.trackingUrl,
      invitation: SCAN_INVITATION,
      heading: `Autorisation n° ${permit.reference}`,
      byline: `délivrée par ${commune.name}`,
    },
  });
}
