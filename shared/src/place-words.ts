/**
 * A place in words for people: "50,5806 N 4,0689 E" (four decimals, about 10 m; the reader's decimal mark
 * and compass letters instead of signs). Used where a report has no address.
 */
import type { Locale } from './commune-config.js';

/** Decimal mark, then the letters for north, south, east, west. */
const WORDS: Record<Locale, [string, string, string, string, string]> = {
  fr: [',', 'N', 'S', 'E', 'O'],
  nl: [',', 'N', 'Z', 'O', 'W'],
  de: [',', 'N', 'S', 'O', 'W'],
  en: ['.', 'N', 'S', 'E', 'W'],
};

export function coordinatesInWords(at: { lat: number; lng: number }, locale: Locale = 'fr'): string {
  const [mark, n, s, e, w] = WORDS[locale];
  const part = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(4).replace('.', mark)} ${v < 0 ? neg : pos}`;
  return `${part(at.lat, n, s)} ${part(at.lng, e, w)}`;
}
