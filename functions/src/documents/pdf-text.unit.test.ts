import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedFonts, type Fonts } from './pdf-style.js';
import { clampLines, fitText, pdfSafeText, wrapText } from './pdf-text.js';

let helvetica: PDFFont;
let bold: PDFFont;
let unicode: Fonts;
beforeAll(async () => {
  const doc = await PDFDocument.create();
  helvetica = await doc.embedFont(StandardFonts.Helvetica);
  bold = await doc.embedFont(StandardFonts.HelveticaBold);
  unicode = await embedFonts(doc);
});

/** A deterministic pseudo-random generator, so the fuzz cases are the same on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function fuzzInput(random: () => number): string {
  const ranges = [
    [0, 0x2ff],
    [0x300, 0x36f],
    [0x370, 0x52f],
    [0x590, 0x6ff],
    [0x1e00, 0x1eff],
    [0x2000, 0x2bff],
    [0x4e00, 0x4fff],
    [0xd800, 0xdfff],
    [0x1f300, 0x1faff],
    [0xe0000, 0xe007f],
  ];
  let input = '';
  for (let i = 0; i < 40; i++) {
    const [lo, hi] = ranges[Math.floor(random() * ranges.length)];
    input += String.fromCodePoint(lo + Math.floor(random() * (hi - lo)));
  }
  return input;
}

describe("pdfSafeText with the documents' Unicode font", () => {
  const names = [
    'Łukasz Żółć',
    'Анна Иванова',
    'Ελένη Παπαδοπούλου',
    'Şükrü Öztürk',
    'Ștefan Țăranu',
    'Jiří Dvořák',
    'Đorđe Ćosić',
    'Nguyễn Thị Ánh',
    'Ōtsuka Jōtarō',
    'Grüße aus Großbritannien, ẞ',
  ];

  it('keeps names in Latin, Greek and Cyrillic scripts exactly, in the regular, bold and italic faces', () => {
    for (const name of names) {
      expect(pdfSafeText(name, unicode.regular)).toBe(name);
      expect(pdfSafeText(name, unicode.bold)).toBe(name);
      expect(pdfSafeText(name, unicode.italic)).toBe(name);
    }
  });

  it('keeps French text as it is', () => {
    const french = 'Fête à l’école : « œuvre » — 25 € … ç À É È Ê Ç Œ ï ô ù « Noël » n° 3';
    expect(pdfSafeText(french, unicode.regular)).toBe(french);
  });

  it('composes letters typed as a base and a combining accent', () => {
    expect(pdfSafeText('Zaz\u0307o\u0301ł\u0107 e\u0301te\u0301', unicode.regular)).toBe('Zażółć été');
    // No precomposed form: the mark is kept on its letter; a mark with no letter before it is dropped.
    expect(pdfSafeText('q\u0307 \u0301x', unicode.regular)).toBe('q\u0307 x');
  });

  it('writes U+FFFD for what the font lacks or cannot draw in order: CJK, Hebrew, Arabic, a lone surrogate', () => {
    expect(pdfSafeText('東京 Tōkyō', unicode.regular)).toBe('\ufffd\ufffd Tōkyō');
    expect(pdfSafeText('שלום / سلام', unicode.regular)).toBe('\ufffd\ufffd\ufffd\ufffd / \ufffd\ufffd\ufffd\ufffd');
    expect(pdfSafeText('a\ud83db', unicode.regular)).toBe('a\ufffdb');
  });

  it('leaves out emoji the font lacks, invisible joiners and selectors, keeps those it draws', () => {
    expect(pdfSafeText('Fête 🎉 du quartier 👨‍👩‍👧 🇧🇪 1️⃣ ❤️ fin', unicode.regular)).toBe('Fête du quartier 1 ❤ fin');
  });

  it('gives only characters the font has a glyph for, whatever the input (fuzz)', () => {
    const random = seeded(7);
    for (const font of [unicode.regular, unicode.bold, unicode.italic]) {
      const glyphs = new Set(font.getCharacterSet());
      for (let round = 0; round < 200; round++) {
        const input = fuzzInput(random);
        const out = pdfSafeText(input, font);
        const missing = [...out].filter((ch) => !glyphs.has(ch.codePointAt(0)!));
        expect(missing, JSON.stringify(input)).toEqual([]);
      }
    }
  });
});

describe('pdfSafeText with a standard font (WinAnsi only)', () => {
  it('keeps French text as it is', () => {
    const french = 'Fête à l’école : « œuvre » — 25 € … ç À É È Ê Ç Œ ï ô ù « Noël » n° 3';
    expect(pdfSafeText(french, helvetica)).toBe(french);
  });

  it('spells Polish letters without their accents, except those WinAnsi has', () => {
    expect(pdfSafeText('Zażółć gęślą jaźń, Łódź', helvetica)).toBe('Zazólc gesla jazn, Lódz');
  });

  it('transliterates Greek', () => {
    expect(pdfSafeText('Καλημέρα κόσμε, Θεσσαλονίκη', helvetica)).toBe('Kalimera kosme, Thessaloniki');
  });

  it('leaves emoji, flags and keycaps out', () => {
    expect(pdfSafeText('Fête 🎉 du quartier 👨‍👩‍👧 🇧🇪 1️⃣ ❤️ fin', helvetica)).toBe('Fête du quartier 1 fin');
  });

  it('writes ? for scripts it cannot spell', () => {
    expect(pdfSafeText('東京 Привет', helvetica)).toBe('?? ??????');
  });

  it('turns control characters, tabs and newlines into single spaces and trims', () => {
    expect(pdfSafeText('  a\tb\u0000c\r\n d\u202fe\u00ad ', helvetica)).toBe('a b c d e');
    expect(pdfSafeText('  a\tb\u0000c\r\n d\u202fe\u00ad ', unicode.regular)).toBe('a b c d e');
  });

  it('survives lone surrogates and non-string input', () => {
    expect(pdfSafeText('a\ud83db', helvetica)).toBe('a?b');
    expect(pdfSafeText(undefined, helvetica)).toBe('');
    expect(pdfSafeText(null, helvetica)).toBe('');
    expect(pdfSafeText(42, helvetica)).toBe('42');
  });

  it('gives text that Helvetica encodes, whatever the input (fuzz)', () => {
    expect(() => helvetica.encodeText('ł')).toThrow(); // the check below has teeth: pdf-lib does refuse
    const random = seeded(42);
    for (let round = 0; round < 300; round++) {
      const input = fuzzInput(random);
      expect(() => helvetica.encodeText(pdfSafeText(input, helvetica)), JSON.stringify(input)).not.toThrow();
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

  it('cuts a long word between characters, never inside a surrogate pair', () => {
    const word = '𐌀𐌁𐌂𐌃𐌄𐌅𐌆𐌇𐌈𐌉'.repeat(4); // Old Italic letters: outside the BMP, in the font
    expect(pdfSafeText(word, unicode.regular)).toBe(word);
    const lines = wrapText(word, unicode.regular, 11, 60);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(line).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
    const clamped = clampLines(lines, 1, unicode.regular, 11, 60)[0];
    expect(clamped.endsWith('…')).toBe(true);
    expect(clamped).not.toMatch(/[\ud800-\udbff]…$/);
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
