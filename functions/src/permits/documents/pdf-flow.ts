/**
 * Top-to-bottom layout over as many A4 pages as the content needs: a cursor that starts a new page
 * when the next block does not fit. Footers are drawn at the end, when the page count is known.
 */
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import { A4, INK } from '../../documents/pdf-style.js';

export class PdfFlow {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  /** Baseline cursor: the top of the free space on the current page. */
  y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly margin: { top: number; bottom: number; left: number; right: number },
    /** Draws what continued pages start with; returns the y below it. */
    private readonly continuedHeader: (page: PDFPage) => number,
  ) {}

  get width(): number {
    return A4.width - this.margin.left - this.margin.right;
  }

  /** A first page; the caller draws its header and sets y. */
  firstPage(): PDFPage {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - this.margin.top;
    return this.page;
  }

  /** Makes room for a block of this height, starting a new page if needed. */
  ensure(height: number): void {
    if (this.y - height >= this.margin.bottom) return;
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = this.continuedHeader(this.page);
  }

  /** Draws already-wrapped lines at x, breaking pages between lines. */
  lines(lines: string[], x: number, font: PDFFont, size: number, options: { lineHeight?: number; colour?: RGB } = {}): void {
    const lineHeight = options.lineHeight ?? size * 1.3;
    for (const line of lines) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, { x, y: this.y + lineHeight * 0.25, size, font, color: options.colour ?? INK });
    }
  }

  gap(height: number): void {
    this.y -= height;
  }
}
