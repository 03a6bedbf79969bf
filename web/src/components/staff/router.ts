/** Tiny history router for the staff SPA (every path under /{commune}/agents/ serves the SPA's index). */
import { signal } from '@preact/signals';

export const currentPath = signal(typeof location === 'undefined' ? '/' : location.pathname + location.search);

export function navigate(href: string, replace = false) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  currentPath.value = location.pathname + location.search;
  window.scrollTo(0, 0);
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => (currentPath.value = location.pathname + location.search));
}

/** onClick for in-app links: keeps new-tab and modified clicks working. */
export function linkClick(e: MouseEvent) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.currentTarget as HTMLAnchorElement;
  e.preventDefault();
  navigate(a.getAttribute('href')!);
}
