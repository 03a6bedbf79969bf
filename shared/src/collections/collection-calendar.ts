/**
 * The collection calendar's pure model (docs/collections.md): a year's zones built from imported entries, an import
 * of one zone merged into the year, a street's zone found from what a person typed, and the next collections from a
 * given day (a parameter: nothing here reads a clock).
 */
import { parseAddressQuery, streetKey } from '../addresses/address-words.js';
import type { CollectionZoneDays, StreetZone } from '../entities/collection-calendar.js';
import { COLLECTION_KINDS, type CollectionKind } from './collection-kinds.js';
import { zoneId, type CollectionEntry } from './collection-import.js';

/** The zones of a year from its entries: each zone's days per kind, sorted and without repeats, zones by id. */
export function calendarZones(entries: readonly CollectionEntry[]): Record<string, CollectionZoneDays> {
  const zones = new Map<string, { name: string; days: Map<CollectionKind, Set<string>> }>();
  for (const e of entries) {
    const id = zoneId(e.zone);
    if (!zones.has(id)) zones.set(id, { name: e.zone, days: new Map() });
    const z = zones.get(id)!;
    if (!z.days.has(e.kind)) z.days.set(e.kind, new Set());
    z.days.get(e.kind)!.add(e.date);
  }
  const out: Record<string, CollectionZoneDays> = {};
  for (const id of [...zones.keys()].sort()) {
    const z = zones.get(id)!;
    const days: CollectionZoneDays['days'] = {};
    for (const kind of COLLECTION_KINDS) {
      const set = z.days.get(kind);
      if (set) days[kind] = [...set].sort();
    }
    out[id] = { name: z.name, days };
  }
  return out;
}

/**
 * A year's zones after an import: the whole year replaced, or (an import naming one zone) that zone replaced and the
 * others kept — in id order, so that the same calendar is always written the same way.
 */
export function mergeZones(
  stored: Readonly<Record<string, CollectionZoneDays>> | undefined,
  imported: Readonly<Record<string, CollectionZoneDays>>,
  oneZone: boolean,
): Record<string, CollectionZoneDays> {
  const all = oneZone ? { ...stored, ...imported } : { ...imported };
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((id) => [id, all[id]]),
  );
}

/**
 * A year's zones as one text in one order (zones by id, kinds in COLLECTION_KINDS order): what tells an import that
 * changes nothing, whatever order the table gives a stored map's keys back in.
 */
export function zonesText(zones: Readonly<Record<string, CollectionZoneDays>>): string {
  return JSON.stringify(
    Object.keys(zones)
      .sort()
      .map((id) => [id, zones[id].name, COLLECTION_KINDS.map((k) => zones[id].days[k] ?? [])]),
  );
}

/** How many collections each kind has in a zone's year (for the staff screen). */
export function kindCounts(z: CollectionZoneDays): Record<CollectionKind, number> {
  const n = (k: CollectionKind) => z.days[k]?.length ?? 0;
  return { residual: n('residual'), pmc: n('pmc'), paper: n('paper'), glass: n('glass'), bulky: n('bulky') };
}

/** How many collections a zone has in a year, every kind together. */
export function collectionCount(z: CollectionZoneDays): number {
  return Object.values(kindCounts(z)).reduce((a, b) => a + b, 0);
}

export interface NextCollections {
  /** Each kind's next day (from `today`, included), soonest first; a kind with no day left is absent. */
  next: { kind: CollectionKind; date: string }[];
  /** The next collection days, each with its kinds (COLLECTION_KINDS order). */
  upcoming: { date: string; kinds: CollectionKind[] }[];
}

/** The next collections of a zone from `today` (a Brussels calendar day), over the years given (this one and the next). */
export function nextCollections(years: readonly (CollectionZoneDays | undefined)[], today: string, days = 6): NextCollections {
  const byDay = new Map<string, Set<CollectionKind>>();
  for (const z of years)
    for (const kind of COLLECTION_KINDS)
      for (const d of z?.days[kind] ?? []) if (d >= today) byDay.set(d, (byDay.get(d) ?? new Set<CollectionKind>()).add(kind));
  const sorted = [...byDay.keys()].sort();
  const next: NextCollections['next'] = [];
  for (const kind of COLLECTION_KINDS) {
    const date = sorted.find((d) => byDay.get(d)!.has(kind));
    if (date) next.push({ kind, date });
  }
  next.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    next,
    upcoming: sorted.slice(0, days).map((date) => ({ date, kinds: COLLECTION_KINDS.filter((k) => byDay.get(date)!.has(k)) })),
  };
}

/** At most this many streets answer a typed prefix. */
export const STREET_MATCH_LIMIT = 8;

/**
 * The assigned streets that answer what a person typed (folded as the address lookups fold it: « r. de la station »
 * finds « Rue de la Station »; a house number is ignored), the type typed and whole names first; and the one street
 * meant when there is no doubt: the only match, or the only one whose whole key (and type, when typed) is the one typed.
 */
export function matchStreetZones(streets: readonly StreetZone[], typed: string): { matches: StreetZone[]; certain?: StreetZone } {
  const q = parseAddressQuery(typed).street;
  if (!q.core) return { matches: [] };
  const keyed = streets.map((s) => ({ s, k: streetKey(s[0]) })).filter(({ k }) => k.core.startsWith(q.core));
  const whole = (k: { type?: string; core: string }) => k.core === q.core && (!q.type || k.type === q.type);
  keyed.sort(
    (a, b) =>
      Number(whole(b.k)) - Number(whole(a.k)) ||
      Number(b.k.type === q.type) - Number(a.k.type === q.type) ||
      a.k.core.localeCompare(b.k.core) ||
      a.s[0].localeCompare(b.s[0]) ||
      a.s[1].localeCompare(b.s[1]),
  );
  const matches = keyed.slice(0, STREET_MATCH_LIMIT).map(({ s }) => s);
  const exact = keyed.filter(({ k }) => whole(k));
  const certain = keyed.length === 1 ? keyed[0].s : exact.length === 1 ? exact[0].s : undefined;
  return { matches, ...(certain ? { certain } : {}) };
}

/** The public address of a zone's iCalendar feed. */
export function collectionFeedPath(commune: string, zone: string): string {
  return `/api/feeds/${commune}/collectes-${zone}.ics`;
}

/** The zone a feed's file name names (`collectes-zone-a.ics` → `zone-a`), or undefined. */
export function zoneOfFeedName(feed: string): string | undefined {
  return /^collectes-([a-z0-9]+(?:-[a-z0-9]+)*)\.ics$/.exec(feed)?.[1];
}
