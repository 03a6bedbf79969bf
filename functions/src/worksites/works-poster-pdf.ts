/**
 * A works site's A4 poster, put up on site and in the neighbourhood: « CHANTIER », what, why in a line, the dates and
 * the current phase, the place, who does the works, and a big QR code to the site's live page. Drawn on the street
 * posters' frame (functions/src/documents/poster-layout.ts), as the permit poster is. French, as the permit poster.
 */
import { formatFrenchPeriodLines } from '../documents/french-dates.js';
import { INK, hexColour, type Fonts } from '../documents/pdf-style.js';
import { fitText } from '../documents/pdf-text.js';
import {
  centredLines,
  labelled,
  pictogramBlock,
  POSTER_WIDTH,
  renderPoster,
  sameSizeLines,
  type Block,
} from '../documents/poster-layout.js';

export const WORKS_POSTER_HEADLINE = 'CHANTIER';
export const WORKS_SCAN_INVITATION = 'Scannez pour suivre ce chantier en direct';

export interface WorksPosterInput {
  commune: { name: string; branding: { primary: string; primaryText: string; accent: string } };
  site: {
    id: string;
    title: string;
    /** ISO days. */
    period: { start: string; end: string };
    place?: string;
    who: string;
    currentPhase?: string;
    publishedAt: string;
  };
  /** The site's public page (absolute), encoded in the QR code. */
  pageUrl: string;
}

function middle(input: WorksPosterInput, fonts: Fonts, factor: number): Block[] {
  const primary = hexColour(input.commune.branding.primary);
  const headline = fitText(WORKS_POSTER_HEADLINE, fonts.bold, POSTER_WIDTH, 1, Math.round(62 * factor), 24);
  const title = fitText(input.site.title, fonts.bold, POSTER_WIDTH, 2, Math.round(28 * factor), 14);
  const dates = sameSizeLines(formatFrenchPeriodLines(input.site.period), fonts.bold, Math.round(30 * factor), 14);
  const blocks: (Block | undefined)[] = [
    pictogramBlock('warning', factor),
    centredLines(headline.lines, fonts.bold, headline.size, INK, 1.05),
    title.lines.length ? centredLines(title.lines, fonts.bold, title.size, primary) : undefined,
    centredLines(dates.lines, fonts.bold, dates.size, INK, 1.25),
    input.site.currentPhase ? labelled('Phase en cours', input.site.currentPhase, fonts, 1, Math.round(22 * factor), 12) : undefined,
    input.site.place ? labelled('Lieu', input.site.place, fonts, 3, Math.round(26 * factor), 14) : undefined,
    labelled('Travaux réalisés par', input.site.who, fonts, 2, Math.round(20 * factor), 12),
  ];
  return blocks.filter((b): b is Block => b !== undefined);
}

export function renderWorksPosterPdf(input: WorksPosterInput): Promise<Uint8Array> {
  return renderPoster({
    commune: input.commune,
    metadata: {
      title: `Affiche — chantier ${input.site.id}`,
      subject: `${WORKS_POSTER_HEADLINE} : ${input.site.title}`,
      keywords: ['affiche', 'chantier', input.site.id],
      issuedAt: input.site.publishedAt,
    },
    middle: (fonts, factor) => middle(input, fonts, factor),
    qr: { url: input.pageUrl, invitation: WORKS_SCAN_INVITATION, heading: `Chantier ${input.site.id}`, byline: input.commune.name },
  });
}
