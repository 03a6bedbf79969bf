/** Sorting and filtering of the list (and the map): by start date, street or kind; by kinds and words. */
import type { MapFeature, MapItemKind } from '@tandem/shared/map/map-items';
import { filterByWords } from '@tandem/shared/word-search';

export type SortKey = 'start' | 'street' | 'kind';
export interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const when = (f: MapFeature) => `${f.properties.start}T${f.properties.startTime ?? f.properties.schedule?.from ?? '00:00'}`;

/** A sorted copy. Items without a street come last whatever the direction; ties go by date then title. */
export function sortItems(items: readonly MapFeature[], sort: SortState, kindOrder: readonly MapItemKind[]): MapFeature[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const byDate = (a: MapFeature, b: MapFeature) => when(a).localeCompare(when(b));
  const byTitle = (a: MapFeature, b: MapFeature) => collator.compare(a.properties.title, b.properties.title);
  return [...items].sort((a, b) => {
    let d = 0;
    if (sort.key === 'street') {
      const sa = a.properties.streets[0],
        sb = b.properties.streets[0];
      if (!sa || !sb) {
        if (sa || sb) return sa ? -1 : 1;
      } else d = sign * collator.compare(sa, sb);
    } else if (sort.key === 'kind') {
      d = sign * (kindOrder.indexOf(a.properties.kind) - kindOrder.indexOf(b.properties.kind));
    } else {
      d = sign * byDate(a, b);
    }
    return d || byDate(a, b) || byTitle(a, b);
  });
}

/**
 * The items of the kinds shown whose title or streets hold the words searched, matched as words (see
 * shared/word-search.ts: "Station" does not find "stationnement"; the last word typed may be a word's start).
 * `corpus` decides how the last word is read, so the list and the map agree.
 */
export function filterItems(
  items: readonly MapFeature[],
  kinds: ReadonlySet<MapItemKind>,
  search: string,
  corpus: readonly MapFeature[] = items,
): MapFeature[] {
  const shown = (list: readonly MapFeature[]) => list.filter((f) => kinds.has(f.properties.kind));
  return filterByWords(shown(items), searchText, search, shown(corpus));
}

const searchText = (f: MapFeature) => `${f.properties.title} ${f.properties.streets.join(' ')}`;
