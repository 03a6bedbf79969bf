/**
 * For the tests only: reading PDFs back the way a reader would — pdfjs-dist parses them and extracts the text,
 * renders a page to pixels (through @napi-rs/canvas in Node), and jsQR decodes the QR code from those pixels.
 * Used by the permit documents' tests and the works poster's.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jsQR from 'jsqr';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import { embedFonts } from './pdf-style.js';

const require = createRequire(import.meta.url);
const STANDARD_FONTS = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/**
 * For a beforeAll: reads the fonts, loads fontkit and pdf.js, and has pdf.js read an embedded font once. On a
 * loaded machine the first test of a file would otherwise spend its time budget on that.
 */
export async function loadDocumentFonts(): Promise<void> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc);
  doc.addPage().drawText('Łódź', { font: fonts.regular, size: 10 });
  await pageText(await openPdf(await doc.save()), 1);
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  return getDocument({ data: bytes.slice(), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 }).promise;
}

/** All the text of a page, items joined by spaces, whitespace collapsed. */
export async function pageText(pdf: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const content = await (await pdf.getPage(pageNumber)).getTextContent();
  return content.items
    .map((item) => ('str' in item ? item.str : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

export async function documentText(pdf: PDFDocumentProxy): Promise<string> {
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push(await pageText(pdf, n));
  return pages.join(' ');
}

export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
  png(): Buffer;
}

interface RenderCanvas {
  width: number;
  height: number;
  toBuffer(mime: 'image/png'): Buffer;
}

/** Renders a page to RGBA pixels (scale 1 = 72 dpi). */
export async function renderPage(pdf: PDFDocumentProxy, pageNumber: number, scale = 2): Promise<Pixels> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  // In Node, pdfjs-dist's canvas factory makes @napi-rs/canvas canvases (an optional dependency of pdfjs-dist).
  const factory = pdf.canvasFactory as {
    create(width: number, height: number): { canvas: RenderCanvas; context: CanvasRenderingContext2D };
  };
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: context, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return { data: image.data, width: image.width, height: image.height, png: () => canvas.toBuffer('image/png') };
}

/** The text of the QR code found in the rendered page, or undefined. */
export async function decodeQr(pdf: PDFDocumentProxy, pageNumber = 1): Promise<string | undefined> {
  const pixels = await renderPage(pdf, pageNumber);
  return jsQR(pixels.data, pixels.width, pixels.height)?.data;
}

/** How many pixels are within `tolerance` of a colour (each channel 0–255), in a band of rows given as fractions of the height. */
export function countColour(pixels: Pixels, [r, g, b]: [number, number, number], rows: [number, number] = [0, 1], tolerance = 40): number {
  let n = 0;
  const from = Math.floor(rows[0] * pixels.height) * pixels.width * 4;
  const to = Math.floor(rows[1] * pixels.height) * pixels.width * 4;
  for (let i = from; i < to; i += 4) {
    if (
      Math.abs(pixels.data[i] - r) <= tolerance &&
      Math.abs(pixels.data[i + 1] - g) <= tolerance &&
      Math.abs(pixels.data[i + 2] - b) <= tolerance
    )
      n++;
  }
  return n;
}

/** The document's Info dictionary (Title, Author, Subject, Language, CreationDate…). */
export async function documentInfo(pdf: PDFDocumentProxy): Promise<Record<string, string>> {
  return (await pdf.getMetadata()).info as Record<string, string>;
}
