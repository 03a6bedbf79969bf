/**
 * The kinds of waste collection (docs/collections.md), defined once: their codes (in the API, the stored calendar, the
 * feed's CATEGORIES) and the words an intercommunale's calendar uses for them (« PMC », « Papiers-cartons »,
 * « Ordures ménagères »…), read by the CSV and iCalendar imports. The names people read are messages
 * (shared/src/i18n/collections/); the pictograms are the web's.
 */
import { foldWords } from '../addresses/address-words.js';

export const COLLECTION_KINDS = ['residual', 'pmc', 'paper', 'glass', 'bulky'] as const;
export type CollectionKind = (typeof COLLECTION_KINDS)[number];

/**
 * Words (folded: lower case, no accents) that name each kind in a calendar's text. A word of the text must start with
 * one of them (« encombrants » with « encombrant »); « p md » is Flanders' P+MD, folded.
 */
const KIND_WORDS: Readonly<Record<CollectionKind, readonly string[]>> = {
  residual: ['residual', 'ordure', 'ordures', 'residuel', 'residuels', 'menager', 'menagers', 'menageres', 'om', 'restafval'],
  pmc: ['pmc', 'p md', 'sac bleu', 'sacs bleus'],
  paper: ['paper', 'papier', 'papiers', 'carton', 'cartons', 'papier carton', 'papiers cartons'],
  glass: ['glass', 'verre', 'verres', 'glas'],
  bulky: ['bulky', 'encombrant', 'encombrants', 'grofvuil'],
};

/**
 * The kinds a calendar's text names (« PMC et papiers-cartons » names two), in COLLECTION_KINDS order; none when it
 * names no kind this platform knows (organic waste, a holiday note…), which the imports refuse line by line.
 */
export function kindsNamedBy(text: string): CollectionKind[] {
  const folded = ` ${foldWords(text)} `;
  return COLLECTION_KINDS.filter((kind) => KIND_WORDS[kind].some((w) => folded.includes(` ${w} `)));
}

export function isCollectionKind(s: string): s is CollectionKind {
  return (COLLECTION_KINDS as readonly string[]).includes(s);
}
