/**
 * @mentions in a comment: the word being typed after « @ » (at the caret), the colleagues and departments it
 * matches (by the start of any word of their name, accents ignored), and the mentions a text still holds.
 */
export interface Mentionable {
  /** A person's id (Cognito sub) or `dept:<code>`. */
  id: string;
  name: string;
  /** « Service », or the person's role, said after the name. */
  detail: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The « @word » just before the caret (no space in it), if any: where it starts and what is typed after @. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | undefined {
  const before = text.slice(0, caret);
  const m = before.match(/(^|\s)@([^\s@]{0,40})$/u);
  if (!m) return undefined;
  return { start: caret - m[2].length - 1, query: m[2] };
}

/** Up to `max` suggestions whose name has a word starting with the query (all of them for an empty query). */
export function suggestions(all: readonly Mentionable[], query: string, max = 6): Mentionable[] {
  const q = fold(query);
  return all
    .filter(
      (m) =>
        !q ||
        fold(m.name)
          .split(/[\s\-’'()]+/)
          .some((w) => w.startsWith(q)),
    )
    .slice(0, max);
}

/** The text with « @query » replaced by « @Name », and the caret after it. */
export function insertMention(text: string, at: { start: number; query: string }, m: Mentionable): { text: string; caret: number } {
  const insert = `@${m.name} `;
  const end = at.start + 1 + at.query.length;
  return { text: text.slice(0, at.start) + insert + text.slice(end), caret: at.start + insert.length };
}

/** The chosen mentions whose « @Name » the text still holds (a deleted name is no longer a mention). */
export const mentionsIn = (text: string, chosen: readonly Mentionable[]) => [
  ...new Set(chosen.filter((m) => text.includes(`@${m.name}`)).map((m) => m.id)),
];
