/**
 * A request a page's inline script started before the page's island arrived, handed to the island: the tracking page
 * reads its report while the island's files load (web/src/pages/[commune]/suivi/index.astro), rather than after.
 * The script sets `window[EARLY_ANSWER]` to `{ path, code, answer }` (the path asked, the code in it, fetch's promise);
 * the page's second inline script writes the code into the shell's heading (TrackLoading) before the first paint.
 */
export const EARLY_ANSWER = 'tandemEarlyAnswer';

interface EarlyAnswer {
  path: string;
  code: string;
  answer: Promise<Response>;
}

/** The answer started early for `path`, once: a retry, or another path, asks again. */
export function takeEarlyAnswer(path: string): Promise<Response> | undefined {
  const w = window as unknown as Record<string, EarlyAnswer | undefined>;
  const early = w[EARLY_ANSWER];
  w[EARLY_ANSWER] = undefined;
  return early?.path === path ? early.answer : undefined;
}
