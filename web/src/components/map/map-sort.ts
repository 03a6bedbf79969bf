/** Sorting and filtering of the list (and the map): by start date, street or kind; by kinds and words. */
import type { MapFeature, MapItemKind } from '@tandem/shared/map/map-items';

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

/** Lower case, no accents: "Rue de l’Église" is found with "rue de l'eglise". */
export function searchable(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

/** The items of the kinds shown whose title or streets hold every word searched. */
export function filterItems(items: readonly MapFeature[], kinds: ReadonlySet<MapItemKind>, search: string): MapFeature[] {
  const words = searchable(search).split(/\s+/).filter(Boolean);
  return items.filter((f) => {
    if (!kinds.has(f.properties.kind)) return false;
    if (!words.length) return true;
    const text = searchable(`${f.properties.title} ${f.properties.streets.join(' ')}`);
    return words.every((w) => text.includes(w));
  });
}
