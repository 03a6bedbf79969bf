/**
 * A commune's waste collection calendar (docs/collections.md): one item per year with every zone's collection days,
 * and one item with the streets assigned to zones — all in one small partition per commune, read whole by a lookup
 * (one GetItem for the streets, one Query for the years around today).
 */
import type { CollectionKind } from '../collections/collection-kinds.js';
import { communePrefix } from './key-parts.js';

export const COLLECTION_STREETS_SK: '#STREETS' = '#STREETS';
const YEAR_PREFIX = 'YEAR#';

export const collectionKeys = {
  /** The partition of a commune's calendar (years and streets). */
  collectionPartition: (commune: string) => `${communePrefix(commune)}COLLECT`,
  /** One year's calendar (sk `YEAR#2026`: the years sort in order, after `#STREETS`). */
  collectionYear: (commune: string, year: number) => ({ pk: `${communePrefix(commune)}COLLECT`, sk: `${YEAR_PREFIX}${year}` }),
  collectionYearSk: (year: number) => `${YEAR_PREFIX}${year}`,
  /** The streets assigned to zones (one item per commune). */
  collectionStreets: (commune: string) => ({ pk: `${communePrefix(commune)}COLLECT`, sk: COLLECTION_STREETS_SK }),
};

/** A zone's collection days in one year: each kind's days, in order. */
export interface CollectionZoneDays {
  name: string;
  days: Partial<Record<CollectionKind, string[]>>;
}

/** Who imported (Cognito sub and name; absent for the demo calendar written at start-up by no one in particular). */
export interface CollectionImporter {
  sub: string;
  name: string;
}

export interface CollectionYearItem {
  pk: string;
  sk: string;
  type: 'collection-year';
  year: number;
  /** By zone id (zoneId(name)). */
  zones: Record<string, CollectionZoneDays>;
  /** Counts the imports that changed it: an import writes only if the version it read is still the stored one. */
  version: number;
  importedAt: string;
  importedBy?: CollectionImporter;
}

/** A street in a zone: its name as the register (or the file) spells it, its postcode ('' if not given), the zone's id. */
export type StreetZone = [street: string, postcode: string, zone: string];

export interface CollectionStreetsItem {
  pk: string;
  sk: typeof COLLECTION_STREETS_SK;
  type: 'collection-streets';
  streets: StreetZone[];
  /** The zones' names, by id, as the calendar names them. */
  zones: Record<string, string>;
  version: number;
  importedAt: string;
  importedBy?: CollectionImporter;
}
