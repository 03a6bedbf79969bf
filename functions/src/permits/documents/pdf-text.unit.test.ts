import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { clampLines, fitText, isWinAnsi, pdfSafeText, wrapText } from './pdf-text.js';

let helvetica: PDFFont;
let bold: PDFFont;
beforeAll(async () => {
  const doc = await PDFDocument.create();
  helvetica = await doc.embedFont(StandardFonts.Helvetica);
  bold = await doc.embedFont(StandardFonts.HelveticaBold);
});

/** A deterministic pseudo-random generator, so the fuzz cases are the same on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

describe('pdfSafeText', () => {
  it('keeps French text as it is', () => {
    const french = 'Fête à l’école : « œuvre » — 25 € … ç À É È Ê Ç Œ ï ô ù « Noël » n° 3';
    expect(pdfSafeText(french)).toBe(french);
  });

  it('spells Polish letters without their accents, except those WinAnsi has', () => {
    expect(pdfSafeText('Zażółć gęślą jaźń, Łódź')).toBe('Zazólc gesla jazn, Lódz');
  });

  it('transliterates Greek', () => {
    expect(pdfSafeText('Καλημέρα κόσμε, Θεσσαλονίκη')).toBe('Kalimera kosme, Thessaloniki');
  });

  it('leaves emoji, flags and keycaps out', () => {
    expect(pdfSafeText('Fête 🎉 du quartier 👨‍👩‍👧 🇧🇪 1️⃣ ❤️ fin')).toBe('Fête du quartier 1 fin');
  });

  it('writes ? for scripts it cannot spell', () => {
    expect(pdfSafeText('東京 Привет')).toBe('?? ??????');
  });

  it('turns control characters, tabs and newlines into single spaces and trims', () => {
    expect(pdfSafeText('  a\tb\u0000c\r\n d\u202fe\u00ad ')).toBe('a b c d e');
  });

  it('survives lone surrogates and non-string input', () => {
    expect(pdfSafeText('a\ud83db')).toBe('a?b');
    expect(pdfSafeText(undefined)).toBe('');
    expect(pdfSafeText(null)).toBe('');
    expect(pdfSafeText(42)).toBe('42');
  });

  it('agrees with pdf-lib on which characters Helvetica can encode', () => {
    let encodable = 0;
    for (let cp = 0; cp <= 0x2200; cp++) {
      const ch = String.fromCharCode(cp);
      if (!isWinAnsi(ch)) continue;
      expect(() => helvetica.encodeText(ch), `U+${cp.toString(16)}`).not.toThrow();
      encodable++;
    }
    expect(encodable).toBe(95 + 95 + 27); // ASCII, Latin-1 without the soft hyphen, the 27 Windows extras
    expect(() => helvetica.encodeText('ł')).toThrow(); // the check above has teeth: pdf-lib does refuse
  });

  it('gives text that Helvetica encodes, whatever the input (fuzz)', () => {
    const random = seeded(42);
    const ranges = [[0, 0x2ff], [0x370, 0x52f], [0x2000, 0x2bff], [0x4e00, 0x4fff], [0xd800, 0xdfff], [0x1f300, 0x1faff], [0xe0000, 0xe007f]];
    for (let round = 0; round < 300; round++) {
      let input = '';
      for (let i = 0; i < 40; i++) {
        const [lo, hi] = ranges[Math.floor(random() * ranges.length)];
        input += String.fromCodePoint(lo + Math.floor(random() * (hi - lo)));
      }
      const out = pdfSafeText(input);
      expect([...out].every(isWinAnsi), JSON.stringify(input)).toBe(true);
      expect(() => helvetica.encodeText(out)).not.toThrow();
    }
  });
});

describe('wrapText', () => {
  const text = 'Les voies de secours restent libres sur une largeur de quatre mètres, de jour comme de nuit, pendant tout l’évènement.';

  it('keeps every line within the width and every word in order', () => {
    const lines = wrapText(text, helvetica, 11, 150);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(helvetica.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  it('starts a new line at each newline and cuts words longer than the width', () => {
    expect(wrapText('un\ndeux', helvetica, 11, 300)).toEqual(['un', 'deux']);
    const url = 'https://tandem.example/soignies/suivi/ABCD-1234?source=affiche';
    const lines = wrapText(url, helvetica, 10, 80);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(helvetica.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(80);
  });

  it('gives no line for empty text', () => {
    expect(wrapText('  \n ', helvetica, 11, 100)).toEqual([]);
    expect(wrapText(undefined, helvetica, 11, 100)).toEqual([]);
  });
});

describe('clampLines and fitText', () => {
  it('cuts to the line count with an ellipsis that still fits', () => {
    const lines = clampLines(wrapText('un deux trois quatre cinq six sept huit neuf dix', helvetica, 12, 60), 2, helvetica, 12, 60);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(helvetica.widthOfTextAtSize(lines[1], 12)).toBeLessThanOrEqual(60);
  });

  it('picks the largest size that fits in the lines allowed, without cutting words', () => {
    const fit = fitText('INTERDICTION DE STATIONNEMENT', bold, 523, 2, 64, 24);
    expect(fit.lines).toEqual(['INTERDICTION DE', 'STATIONNEMENT']);
    expect(fit.size).toBeLessThan(64);
    expect(fit.size).toBeGreaterThan(40);
    for (const line of fit.lines) expect(bold.widthOfTextAtSize(line, fit.size)).toBeLessThanOrEqual(523);
    expect(fitText('CHANTIER', bold, 523, 2, 64, 24).size).toBe(64);
  });
});
