/**
 * What a reader sees going wrong in a page's layout, checked in the page itself:
 * - sideways scrolling: the document is wider than the window;
 * - text drawn under (or over) another box: at the centre of each visible text run's first line, the
 *   element the browser hits (`elementFromPoint`) is not the text's own element, one of its descendants or
 *   ancestors, but some other box (a side panel, a form, the next column).
 *
 *   expect(await layoutProblems(page)).toEqual([]);
 *
 * The page is scrolled one window at a time so that every text run is hit-tested where it is drawn. Text
 * that nobody can see is left out: visually hidden, clipped by a scrolling or `overflow: hidden` box,
 * without pointer events, inside form controls or SVG. A box fixed or sticky on screen (a header, a draft
 * bar) covering text while scrolling is not a layout fault and is left out too.
 */
import type { Page } from 'playwright-core';

/** At most this many overlaps are listed per page (one fault usually hides many runs). */
const MAX_LISTED = 6;

export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((maxListed) => {
    const problems: string[] = [];
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth > innerWidth) problems.push(`scrolls sideways: ${doc.scrollWidth} px wide in a ${innerWidth} px window`);

    const describe = (el: Element) => {
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const id = el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : '';
      return `<${el.tagName.toLowerCase()}${cls}${id}>`;
    };
    const skipped = (el: Element) =>
      el.closest('.visually-hidden, [hidden], [aria-hidden="true"], select, option, svg, noscript, template');
    const onScreenLayer = (el: Element | null) => {
      for (let e = el; e; e = e.parentElement) {
        const pos = getComputedStyle(e).position;
        if (pos === 'fixed' || pos === 'sticky') return true;
      }
      return false;
    };
    /** Whether the point is cut away by the element or an ancestor clipping it (scroll box, overflow hidden, clip). */
    const clipped = (el: Element, x: number, y: number) => {
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX === 'visible' && s.overflowY === 'visible' && s.clip === 'auto' && s.clipPath === 'none') continue;
        const r = e.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) return true;
      }
      return false;
    };

    // Every visible text run: its element and the range of its first non-blank text node.
    const runs: { el: HTMLElement; range: Range; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || !text || seen.has(el) || skipped(el)) continue;
      const s = getComputedStyle(el);
      if (s.visibility !== 'visible' || s.pointerEvents === 'none' || Number(s.opacity) === 0) continue;
      seen.add(el);
      const range = document.createRange();
      range.selectNodeContents(n);
      runs.push({ el, range, text });
    }

    const overlaps: string[] = [];
    const checked = new Set<number>();
    const height = doc.scrollHeight;
    for (let top = 0; top < height && checked.size < runs.length; top += Math.max(100, innerHeight - 50)) {
      window.scrollTo({ top, left: 0, behavior: 'instant' });
      runs.forEach(({ el, range, text }, i) => {
        if (checked.has(i)) return;
        const box = range.getClientRects()[0];
        if (!box || box.width < 2 || box.height < 2) {
          checked.add(i);
          return;
        }
        const y = box.top + box.height / 2;
        if (y < 0 || y >= innerHeight) return; // another scroll position will show it
        checked.add(i);
        // Where the line starts and the centre of its first line (text overflowing its column shows at one of them).
        for (const x of [box.left + Math.min(box.width, 16) / 2, box.left + box.width / 2]) {
          if (x < 0 || x >= innerWidth || clipped(el, x, y)) continue;
          const hit = document.elementFromPoint(x, y);
          if (!hit || hit === el || el.contains(hit) || hit.contains(el)) continue;
          if (onScreenLayer(hit) && !onScreenLayer(el)) continue;
          overlaps.push(`"${text.slice(0, 40)}" in ${describe(el)} is drawn under ${describe(hit)}`);
          break;
        }
      });
    }
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    problems.push(...overlaps.slice(0, maxListed));
    if (overlaps.length > maxListed) problems.push(`… and ${overlaps.length - maxListed} more texts drawn under another box`);
    return problems;
  }, MAX_LISTED);
}
