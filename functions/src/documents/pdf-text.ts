/**
 * Text for the documents' fonts. Each font says which characters it draws: the documents' Unicode font
 * (document-fonts.ts) has Latin with its extensions, Greek, Cyrillic and more; a standard font (Helvetica) has
 * WinAnsi only. `pdfSafeText` keeps every character the font draws and replaces the others, always the same way:
 * spaces and control characters become one space, invisible marks and emoji the font lacks are left out, other
 * letters get a close spelling (ł → l, Greek transliterated, for a font without them) or U+FFFD '�' ('?' when
 * the font has no '�'). Right-to-left scripts (Hebrew, Arabic…) count as missing: pdf-lib would draw them
 * unshaped and in the wrong order. So no input can make a render throw or draw an empty box.
 * `wrapText` breaks such text into lines that fit a width.
 */
import type { PDFFont } from 'pdf-lib';

/** Close spellings for characters that neither the font nor a compatibility decomposition cover. */
const REPLACEMENTS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ẞ: 'SS',
  ŋ: 'ng',
  Ŋ: 'NG',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '−': '-',
  '⁃': '-',
  '‛': '’',
  '‟': '”',
  '′': '’',
  '″': '"',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '≈': '~',
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '↔': '<->',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '✘': 'x',
  '№': 'n°',
  '∙': '·',
  '⋅': '·',
  '●': '•',
  '◦': '•',
  '▪': '•',
  '■': '•',
};

/** Greek letters (after accents are stripped) in a plain Latin transliteration. */
const GREEK_UPPER = 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ';
const GREEK_LATIN = [
  'A',
  'V',
  'G',
  'D',
  'E',
  'Z',
  'I',
  'Th',
  'I',
  'K',
  'L',
  'M',
  'N',
  'X',
  'O',
  'P',
  'R',
  'S',
  'T',
  'Y',
  'F',
  'Ch',
  'Ps',
  'O',
];
function greekToLatin(ch: string): string | undefined {
  if (ch === 'ς') return 's';
  const upper = GREEK_UPPER.indexOf(ch);
  if (upper >= 0) return GREEK_LATIN[upper];
  const lower = GREEK_UPPER.toLowerCase().indexOf(ch);
  return lower >= 0 ? GREEK_LATIN[lower].toLowerCase() : undefined;
}

/** Invisible characters: zero-width joiners and spaces, variation selectors, skin tones, tag characters. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0x1f1e6 && cp <= 0x1f1ff) || // regional indicators (flags)
    (cp >= 0x20d0 && cp <= 0x20ff) // combining marks for symbols (keycaps)
  );
}

/** Scripts written right to left or that need shaping pdf-lib does not do: Hebrew, Arabic, Syriac, Thaana, N'Ko… */
function needsShaping(cp: number): boolean {
  return (cp >= 0x0590 && cp <= 0x08ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe);
}

/** Emoji and other pictographs the font lacks are decoration: they are left out rather than replaced. */
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const MARK = /^\p{M}$/u;

function isSpace(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0x1680
  );
}

/** What a font draws: the code points it has a glyph for, less the scripts that need shaping. */
type Drawable = (ch: string) => boolean;
const characterSets = new WeakMap<PDFFont, Drawable>();

function drawableBy(font: PDFFont): Drawable {
  let drawable = characterSets.get(font);
  if (!drawable) {
    const set = new Set(font.getCharacterSet());
    drawable = (ch) => {
      const cp = ch.codePointAt(0)!;
      return set.has(cp) && !needsShaping(cp) && !isSpace(cp) && !isInvisible(cp) && !(cp >= 0xd800 && cp <= 0xdfff);
    };
    characterSets.set(font, drawable);
  }
  return drawable;
}

/** The one character standing for anything the font cannot draw nor spell otherwise. */
function missing(drawable: Drawable): string {
  return drawable('\ufffd') ? '\ufffd' : '?';
}

/** `previous` is the text kept so far: a combining mark is kept only on a letter the font drew. */
function replaceChar(ch: string, drawable: Drawable, previous: string): string {
  const cp = ch.codePointAt(0)!;
  if (isSpace(cp)) return ' ';
  if (isInvisible(cp)) return '';
  if (MARK.test(ch)) return drawable(ch) && /[\p{L}\p{M}]$/u.test(previous) ? ch : '';
  if (drawable(ch)) return ch;
  if (PICTOGRAPH.test(ch)) return '';
  const direct = REPLACEMENTS[ch];
  if (direct !== undefined && [...direct].every(drawable)) return direct;
  const decomposed = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const part of decomposed) {
    if (drawable(part)) out += part;
    else {
      const latin = REPLACEMENTS[part] ?? greekToLatin(part);
      if (latin === undefined || ![...latin].every(drawable)) return missing(drawable);
      out += latin;
    }
  }
  return out === '' ? missing(drawable) : out;
}

/** One line of text the font can draw: composed (NFC), whitespace collapsed, trimmed. */
export function pdfSafeText(input: unknown, font: PDFFont): string {
  const text = typeof input === 'string' ? input : input === undefined || input === null ? '' : String(input);
  const drawable = drawableBy(font);
  let out = '';
  for (const ch of text.normalize('NFC')) out += replaceChar(ch, drawable, out);
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Cuts a word wider than maxWidth into pieces that fit (at least one character each), in linear time. */
function cutWord(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const word = Array.from(text); // by code point: a piece never splits a surrogate pair
  const pieces: string[] = [];
  let start = 0;
  while (start < word.length) {
    let end = start;
    let w = 0;
    while (end < word.length) {
      const next = w + font.widthOfTextAtSize(word[end], size);
      if (end > start && next > maxWidth) break;
      w = next;
      end++;
    }
    // Kerning can make the piece a little wider than the sum of its letters.
    while (end > start + 1 && font.widthOfTextAtSize(word.slice(start, end).join(''), size) > maxWidth) end--;
    pieces.push(word.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

/** Breaks text into lines no wider than maxWidth; newlines start new lines; over-long words are cut. */
export function wrapText(input: unknown, font: PDFFont, size: number, maxWidth: number): string[] {
  const raw = typeof input === 'string' ? input : input === undefined || input === null ? '' : String(input);
  const lines: string[] = [];
  const width = (s: string) => font.widthOfTextAtSize(s, size);
  for (const paragraph of raw.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of pdfSafeText(paragraph, font).split(' ').filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      const pieces = cutWord(word, font, size, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** Keeps at most maxLines lines, ending the last kept one with '…' when something was cut. */
export function clampLines(lines: string[], maxLines: number, font: PDFFont, size: number, maxWidth: number): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = Array.from(kept[maxLines - 1]);
  while (last.length > 0 && font.widthOfTextAtSize(`${last.join('')}…`, size) > maxWidth) last.pop();
  kept[maxLines - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}

/** The largest size (from maxSize down to minSize) at which text wraps into at most maxLines lines. */
export function fitText(
  text: string,
  font: PDFFont,
  maxWidth: number,
  maxLines: number,
  maxSize: number,
  minSize: number,
): { size: number; lines: string[] } {
  for (let size = maxSize; size > minSize; size -= 2) {
    const lines = wrapText(text, font, size, maxWidth);
    const wordsWhole = pdfSafeText(text, font)
      .split(' ')
      .every((w) => font.widthOfTextAtSize(w, size) <= maxWidth);
    if (lines.length <= maxLines && wordsWhole) return { size, lines };
  }
  return { size: minSize, lines: clampLines(wrapText(text, font, minSize, maxWidth), maxLines, font, minSize, maxWidth) };
}
