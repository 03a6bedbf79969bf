/**
 * Searching lists by words, as a search box does: accents, case and apostrophes do not matter, and words are
 * matched as words, never inside another word ("Station" does not find "stationnement").
 *
 * The rule:
 * - every word typed must be a word of the item (all of them, in any order);
 * - the last word, while it is still being typed (nothing after it), may be the start of a word: "stat" finds
 *   "station" and "stationnement";
 * - but once that last word is a whole word of some item in the list, it is taken as complete: "station" then
 *   finds "Station" only, not "stationnement". A space after it says "complete" too.
 * Letters and digits make words; anything else separates them ("l’Église" is "l" and "eglise").
 */

/** The words of a text: lower case, without accents. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** What was typed: the words already complete, and the last one when it may still be growing. */
export interface WordQuery {
  complete: string[];
  typing?: string;
}

export function parseWordQuery(query: string): WordQuery {
  const words = wordsOf(query);
  // A separator after the last word (a space, a comma…) means it is complete.
  const ended = !/[\p{L}\p{N}]$/u.test(query.normalize('NFD').replace(/\p{M}/gu, ''));
  if (ended || !words.length) return { complete: words };
  return { complete: words.slice(0, -1), typing: words[words.length - 1] };
}

/** Whether an item's words hold the query (the last word as a prefix unless `typingIsWhole`). */
export function matchesWordQuery(itemWords: readonly string[], q: WordQuery, typingIsWhole = false): boolean {
  const set = new Set(itemWords);
  if (!q.complete.every((w) => set.has(w))) return false;
  const typing = q.typing;
  if (typing === undefined) return true;
  return typingIsWhole ? set.has(typing) : itemWords.some((w) => w.startsWith(typing));
}

/**
 * The items holding the query's words (see the rule above). The last word's reading is decided on `corpus`
 * (the items by default): two views of one list (the list and the map) pass the same corpus and agree.
 */
export function filterByWords<T>(items: readonly T[], textOf: (item: T) => string, query: string, corpus: readonly T[] = items): T[] {
  const q = parseWordQuery(query);
  if (!q.complete.length && q.typing === undefined) return [...items];
  const typing = q.typing;
  const typingIsWhole = typing !== undefined && corpus.some((item) => wordsOf(textOf(item)).includes(typing));
  return items.filter((item) => matchesWordQuery(wordsOf(textOf(item)), q, typingIsWhole));
}
