/** Page size, fonts and colours shared by the authorisation and the poster. */
import { rgb, type PDFDocument, type PDFFont, type RGB } from 'pdf-lib';
import { documentFontBytes } from './document-fonts.js';

/** A4 portrait, in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

/** fontkit (a large module) is evaluated on the first render only, not when the function that issues documents starts. */
let fontkit: Promise<typeof import('@pdf-lib/fontkit')> | undefined;

/** Embeds the Unicode font family (document-fonts.ts), subset to the glyphs the document draws. */
export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  fontkit ??= import('@pdf-lib/fontkit').then((m) => m.default);
  doc.registerFontkit(await fontkit);
  const faces = documentFontBytes();
  const [regular, bold, italic] = await Promise.all([
    doc.embedFont(faces.regular, { subset: true }),
    doc.embedFont(faces.bold, { subset: true }),
    doc.embedFont(faces.italic, { subset: true }),
  ]);
  return { regular, bold, italic };
}

export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.35, 0.37, 0.4);
export const RULE = rgb(0.8, 0.82, 0.85);
export const WHITE = rgb(1, 1, 1);

/** '#0b5394' or '#fff' as a pdf-lib colour; anything else gives the fallback. */
export function hexColour(hex: string | undefined, fallback: RGB = rgb(0.1, 0.25, 0.45)): RGB {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((hex ?? '').trim());
  if (!m) return fallback;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return rgb(parseInt(h.slice(0, 2), 16) / 255, parseInt(h.slice(2, 4), 16) / 255, parseInt(h.slice(4, 6), 16) / 255);
}

/** The document's properties: French (Belgium), by the commune, dated the day it was issued. */
export function setMetadata(
  doc: PDFDocument,
  meta: { title: string; author: string; subject: string; keywords: string[]; issuedAt: string },
): void {
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setLanguage('fr-BE');
  doc.setCreator('Tandem');
  doc.setProducer('Tandem (pdf-lib)');
  const created = metadataDate(meta.issuedAt);
  if (created) {
    doc.setCreationDate(created);
    doc.setModificationDate(created);
  }
}

/** A date for the PDF metadata: 'YYYY-MM-DD' is read as noon UTC, a timestamp as itself; undefined when invalid. */
export function metadataDate(iso: string): Date | undefined {
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
