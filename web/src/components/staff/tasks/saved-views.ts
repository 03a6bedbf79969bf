/**
 * The list's saved views: filters an agent named, kept in this browser (localStorage, per commune), each a deep
 * link to the list with those filters. Nothing personal leaves the browser; a broken entry is ignored.
 */
export interface ListFilters {
  department: string;
  status: string;
  assignee: string;
  q: string;
}
export interface SavedView {
  name: string;
  filters: ListFilters;
}

export const EMPTY_FILTERS: ListFilters = { department: '', status: '', assignee: '', q: '' };
/** The address words of each filter (French, as the addresses are). */
const WORDS: Record<keyof ListFilters, string> = { department: 'service', status: 'statut', assignee: 'personne', q: 'mots' };

export const filtersFromParams = (p: URLSearchParams): ListFilters => ({
  department: p.get(WORDS.department) ?? '',
  status: p.get(WORDS.status) ?? '',
  assignee: p.get(WORDS.assignee) ?? '',
  q: p.get(WORDS.q) ?? '',
});
export const paramsOfFilters = (f: ListFilters): Record<string, string> =>
  Object.fromEntries((Object.keys(WORDS) as (keyof ListFilters)[]).map((k) => [WORDS[k], f[k]]));

const storageKey = (commune: string) => `tandem.tasks.views.${commune}`;

export function readViews(commune: string): SavedView[] {
  try {
    const v = JSON.parse(localStorage.getItem(storageKey(commune)) ?? '[]') as unknown;
    return Array.isArray(v)
      ? v
          .filter((x): x is SavedView => !!x && typeof x.name === 'string' && !!x.filters && typeof x.filters === 'object')
          .map((x) => ({ name: x.name, filters: { ...EMPTY_FILTERS, ...x.filters } }))
      : [];
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name) a view; returns the new list. */
export function saveView(commune: string, view: SavedView): SavedView[] {
  const views = [...readViews(commune).filter((v) => v.name !== view.name), view].sort((a, b) => a.name.localeCompare(b.name));
  localStorage.setItem(storageKey(commune), JSON.stringify(views));
  return views;
}

export function deleteView(commune: string, name: string): SavedView[] {
  const views = readViews(commune).filter((v) => v.name !== name);
  localStorage.setItem(storageKey(commune), JSON.stringify(views));
  return views;
}
