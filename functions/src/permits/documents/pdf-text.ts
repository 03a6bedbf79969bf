/**
 * Text for the standard PDF fonts (Helvetica): they encode WinAnsi (Windows-1252) only, and pdf-lib
 * throws on any other character. `pdfSafeText` keeps everything WinAnsi has (French included: é è ê à
 * ç œ ’ « » € …), turns other letters into a close ASCII spelling (ł → l, Greek transliterated) or
 * '?', and leaves emoji out, so no input can make a render throw. `wrapText` breaks sanitised text into lines that fit a width.
 */
import type { PDFFont } from 'pdf-lib';

/** The characters of Windows-1252 above 0x7F that are not Latin-1. */
const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export function isWinAnsi(ch: string): boolean {
  const cp = ch.codePointAt(0);
  if (cp === undefined || ch.length !== 1) return false;
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp >= 0xa0 && cp <= 0xff) return cp !== 0xad; // the soft hyphen is dropped instead
  return WIN_ANSI_EXTRAS.includes(ch);
}

/** Close spellings for characters that neither WinAnsi nor a compatibility decomposition cover. */
const REPLACEMENTS: Record<string, string> = {
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T', 'ẞ': 'SS', 'ŋ': 'ng', 'Ŋ': 'NG',
  '‐': '-', '‑': '-', '‒': '-', '―': '—', '−': '-', '⁃': '-', '‛': '’', '‟': '”', '′': '’', '″': '"',
  '≤': '<=', '≥': '>=', '≠': '!=', '≈': '~', '→': '->', '←': '<-', '⇒': '=>', '↔': '<->', '✓': 'v', '✔': 'v', '✗': 'x', '✘': 'x',
  '№': 'n°', '∙': '·', '⋅': '·', '●': '•', '◦': '•', '▪': '•', '■': '•',
};

/** Greek letters (after accents are stripped) in a plain Latin transliteration. */
const GREEK_UPPER = 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ';
const GREEK_LATIN = ['A', 'V', 'G', 'D', 'E', 'Z', 'I', 'Th', 'I', 'K', 'L', 'M', 'N', 'X', 'O', 'P', 'R', 'S', 'T', 'Y', 'F', 'Ch', 'Ps', 'O'];
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
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0x1f1e6 && cp <= 0x1f1ff) || // regional indicators (flags)
    (cp >= 0x0300 && cp <= 0x036f) || // a combining accent left on its own
    (cp >= 0x20d0 && cp <= 0x20ff) // combining marks for symbols (keycaps)
  );
}

/** Emoji and other pictographs are decoration: they are left out rather than shown as '?'. */
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

function isSpace(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0x1680;
}

function replaceChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (isWinAnsi(ch)) return ch;
  if (isSpace(cp)) return ' ';
  if (isInvisible(cp) || PICTOGRAPH.test(ch)) return '';
  const direct = REPLACEMENTS[ch];
  if (direct !== undefined) return direct;
  let decomposed: string;
  try {
    decomposed = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  } catch {
    return '?';
  }
  let out = '';
  for (const part of decomposed) {
    if (isWinAnsi(part)) out += part;
    else {
      const latin = REPLACEMENTS[part] ?? greekToLatin(part);
      if (latin === undefined) return '?';
      out += latin;
    }
  }
  return out === '' ? '?' : out;
}

/** One line of text the standard fonts can draw: WinAnsi only, whitespace collapsed, trimmed. */
export function pdfSafeText(input: unknown): string {
  const text = typeof input === 'string' ? input : input === undefined || input === null ? '' : String(input);
  let out = '';
  for (const ch of text) out += replaceChar(ch);
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Cuts a word wider than maxWidth into pieces that fit (at least one character each), in linear time. */
function cutWord(word: string, font: PDFFont, size: number, maxWidth: number): string[] {
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
    while (end > start + 1 && font.widthOfTextAtSize(word.slice(start, end), size) > maxWidth) end--;
    pieces.push(word.slice(start, end));
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
    for (const word of pdfSafeText(paragraph).split(' ').filter(Boolean)) {
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
  let last = kept[maxLines - 1];
  while (last.length > 0 && font.widthOfTextAtSize(`${last}…`, size) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** The largest size (from maxSize down to minSize) at which text wraps into at most maxLines lines. */
export function fitText(text: string, font: PDFFont, maxWidth: number, maxLines: number, maxSize: number, minSize: number): { size: number; lines: string[] } {
  for (let size = maxSize; size > minSize; size -= 2) {
    const lines = wrapText(text, font, size, maxWidth);
    const wordsWhole = pdfSafeText(text).split(' ').every((w) => font.widthOfTextAtSize(w, size) <= maxWidth);
    if (lines.length <= maxLines && wordsWhole) return { size, lines };
  }
  return { size: minSize, lines: clampLines(wrapText(text, font, minSize, maxWidth), maxLines, font, minSize, maxWidth) };
}
