/**
 * The demo waste collection calendars of `npm start` (docs/collections.md): invented, computed from a rule for any
 * year — never read from a real intercommunale. Each commune has two zones, each with its weekday; the demo streets
 * (demo-addresses.ts) are split between them. Household waste every week, PMC every other week, paper and cardboard
 * every four weeks, glass every eight, bulky waste once a quarter; a collection that falls on a Belgian public
 * holiday moves to the next day.
 */
import { addDays, belgianPublicHolidays, isoWeekday, type CollectionKind } from '@tandem/shared';
import { csvFile } from '@tandem/shared/csv';
import { DEMO_ADDRESS_STREETS } from './demo-addresses.js';

export interface DemoZone {
  name: string;
  /** ISO weekday of its collections (1 = Monday). */
  weekday: number;
  /** Which demo streets are in it (the others are in the other zone). */
  streets: readonly string[];
}

export const DEMO_COLLECTION_ZONES: Record<string, DemoZone[]> = {
  soignies: [
    { name: 'Zone Centre', weekday: 2, streets: ['Grand-Place', 'Rue Neuve', 'Rue du Lombard', 'Rue de la Régence'] },
    { name: 'Zone Gare', weekday: 4, streets: ['Rue de la Station', 'Rue de Mons'] },
  ],
  'braine-le-comte': [
    { name: 'Zone Centre', weekday: 3, streets: ['Grand-Place', 'Rue des Dominicains', 'Rue Edouard Etienne'] },
    { name: 'Zone Gare', weekday: 5, streets: ['Rue de la Station', 'Rue de Mons'] },
  ],
};

/** Whether a kind is collected in the n-th week (0-based) of the zone's year, by the demo rule. */
function collectedInWeek(kind: CollectionKind, week: number): boolean {
  if (kind === 'residual') return true;
  if (kind === 'pmc') return week % 2 === 0;
  if (kind === 'paper') return week % 4 === 1;
  if (kind === 'glass') return week % 8 === 3;
  return week % 13 === 5;
}

/** A zone's collections in a year by the demo rule: each week's day of the zone, moved past public holidays. */
export function demoZoneDays(zone: DemoZone, year: number): { date: string; kind: CollectionKind }[] {
  const holidays = new Set(belgianPublicHolidays(year).map((h) => h.date));
  let day = `${year}-01-01`;
  while (isoWeekday(day) !== zone.weekday) day = addDays(day, 1);
  const out: { date: string; kind: CollectionKind }[] = [];
  for (let week = 0; day.startsWith(String(year)); week++, day = addDays(day, 7)) {
    let date = day;
    while (holidays.has(date) || isoWeekday(date) === 7) date = addDays(date, 1);
    if (!date.startsWith(String(year))) break;
    for (const kind of ['residual', 'pmc', 'paper', 'glass', 'bulky'] as const) if (collectedInWeek(kind, week)) out.push({ date, kind });
  }
  return out;
}

/** A demo commune's calendar for a year, as the CSV a commune would import (undefined: no demo zones). */
export function demoCollectionCsv(commune: string, year: number): string | undefined {
  const zones = DEMO_COLLECTION_ZONES[commune];
  if (!zones) return undefined;
  const words: Record<CollectionKind, string> = {
    residual: 'Ordures ménagères',
    pmc: 'PMC',
    paper: 'Papiers-cartons',
    glass: 'Verre',
    bulky: 'Encombrants',
  };
  return csvFile(
    ['zone', 'date', 'kind'],
    zones.flatMap((z) => demoZoneDays(z, year).map((d) => [z.name, d.date, words[d.kind]])),
  );
}

/** The demo streets-to-zones CSV of a commune: its demo streets, each in its zone. */
export function demoStreetZonesCsv(commune: string): string | undefined {
  const zones = DEMO_COLLECTION_ZONES[commune];
  const streets = DEMO_ADDRESS_STREETS[commune];
  if (!zones || !streets) return undefined;
  return csvFile(
    ['street', 'zone', 'postcode'],
    streets.map((s) => [s.name, (zones.find((z) => z.streets.includes(s.name)) ?? zones[0]).name, s.postcode]),
  );
}
