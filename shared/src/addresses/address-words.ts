/**
 * Street names folded for lookups by key (docs/addresses.md): « Rue de la Station », « r. de la station » and
 * « RUE DE LA STATION » all become the key `station` — accents, case and punctuation folded, the street type
 * (rue, r., av., bd…) and the leading particles (de, la, du…) dropped, so that a typed prefix finds the street
 * whatever way it was written. The type is kept apart to rank a « rue » before a « place » of the same name.
 * No package dependencies (word-search.ts only): the web's address field and the API fold the same way.
 */
import { wordsOf } from '../word-search.js';

/** Street types and their usual abbreviations (French, some Dutch and German), each to one spelling. */
const TYPES: Record<string, string> = {
  r: 'rue',
  rue: 'rue',
  av: 'avenue',
  ave: 'avenue',
  avenue: 'avenue',
  bd: 'boulevard',
  bld: 'boulevard',
  bvd: 'boulevard',
  boulevard: 'boulevard',
  pl: 'place',
  place: 'place',
  ch: 'chaussee',
  chee: 'chaussee',
  chaussee: 'chaussee',
  che: 'chemin',
  chem: 'chemin',
  chemin: 'chemin',
  sq: 'square',
  square: 'square',
  imp: 'impasse',
  impasse: 'impasse',
  all: 'allee',
  allee: 'allee',
  sent: 'sentier',
  sentier: 'sentier',
  rte: 'route',
  route: 'route',
  quai: 'quai',
  clos: 'clos',
  cite: 'cite',
  ruelle: 'ruelle',
  straat: 'straat',
  str: 'strasse',
  strasse: 'strasse',
};
/** Words that start a name without telling it apart (« de la », « du », « des », « l’ »). */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'au', 'aux', 'a', 'van', 'der', 'den', 'het']);

/**
 * Lower case, accents and ligatures folded, every run of other characters one space: the words of word-search.ts
 * (the one accent-and-case folding), with the ligatures spelt out and only a–z and digits kept.
 */
export function foldWords(text: string): string {
  return wordsOf(text)
    .join(' ')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface StreetKey {
  /** The street's type in one spelling (rue, avenue…), if it starts with one. */
  type?: string;
  /** What tells the street apart, folded: the key a typed prefix is looked up by (« station »). */
  core: string;
}

/** A street name's key: its type apart, the particles that follow it dropped (never the whole name). */
export function streetKey(name: string): StreetKey {
  const words = foldWords(name).split(' ').filter(Boolean);
  const type = words.length > 1 ? TYPES[words[0]] : undefined;
  let rest = type ? words.slice(1) : words;
  let i = 0;
  while (i < rest.length - 1 && PARTICLES.has(rest[i])) i++;
  rest = rest.slice(i);
  return { ...(type ? { type } : {}), core: rest.join(' ') };
}

export interface AddressQuery {
  /** The street part's key (its core may be a prefix: the person is still typing). */
  street: StreetKey;
  /** The house number typed, folded (« 12 », « 12a »), if any. */
  number?: string;
}

/**
 * What a person typed, read as a street and a number: « rue de la station 12 », « 12 rue de la Station »,
 * « Rue de la Station 12A, 7060 Soignies » (what follows a comma — postcode, locality — is ignored), « 12/3 » or
 * « 12 bte 3 » (the box is ignored: a box shares its number's point).
 */
export function parseAddressQuery(typed: string): AddressQuery {
  const parts = typed.split(',');
  // « 12, rue de la Station »: the number before the comma belongs to the street after it.
  const main = /^\s*\d+\s*[a-z]?\s*$/i.test(parts[0] ?? '') && parts.length > 1 ? `${parts[0]} ${parts[1]}` : (parts[0] ?? '');
  // A box after a slash (« 12/3 ») goes before folding turns the slash into a space.
  let words = foldWords(main.replace(/(\d)\s*\/\s*\S*\s*$/, '$1'))
    .split(' ')
    .filter(Boolean);
  const box = words.findIndex((w, i) => i > 0 && /^\d/.test(words[i - 1]) && /^(bte|bt|boite|box|bus)$/.test(w));
  if (box > 0) words = words.slice(0, box);
  const num = (w: string | undefined) => w !== undefined && /^\d+[a-z]{0,3}$/.test(w);
  let number: string | undefined;
  const n = words.length;
  if (n > 1 && num(words[n - 1])) {
    number = words[n - 1];
    words = words.slice(0, -1);
  } else if (n > 2 && /^[a-z]$/.test(words[n - 1]) && /^\d+$/.test(words[n - 2])) {
    // « 12 a »: a letter typed apart from its number.
    number = words[n - 2] + words[n - 1];
    words = words.slice(0, -2);
  } else if (n > 1 && num(words[0])) {
    number = words[0];
    words = words.slice(1);
  }
  return { street: streetKey(words.join(' ')), ...(number ? { number } : {}) };
}

/** A house number folded for comparison (« 12 A » → « 12a »). */
export function foldNumber(n: string): string {
  return foldWords(n).replace(/ /g, '');
}

/** Whether a register's number answers a typed one: the same, or the typed digits with a letter after (12 → 12A). */
export function numberMatches(stored: string, typed: string): 'exact' | 'prefix' | undefined {
  const s = foldNumber(stored),
    t = foldNumber(typed);
  if (s === t) return 'exact';
  if (s.startsWith(t) && /^\d+$/.test(t) && !/^\d/.test(s.slice(t.length))) return 'prefix';
  return undefined;
}

/** Numbers in reading order: 2, 2A, 10, 10-12, bis after the plain number. */
export function compareNumbers(a: string, b: string): number {
  const na = Number.parseInt(a, 10),
    nb = Number.parseInt(b, 10);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a.localeCompare(b, 'fr');
}
