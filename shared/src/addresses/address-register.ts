/**
 * An address register as it is stored for reads by key (docs/addresses.md): its numbered points grouped by
 * geohash cell (reverse: the nearest point reads the pin's cell and its eight neighbours), and by street under
 * the initial of the street's key (forward: a typed prefix reads one partition, sorted by key). Pure: the API's
 * store writes what this builds, the tests check it without a table.
 */
import { distanceMetres, geohashEncode, geohashWithNeighbours, type LatLng } from '../geo.js';
import type * as z from 'zod';
import type { AddressMatch } from './address-api.js';
import type { AddressPoint } from './address-csv.js';
import { compareNumbers, numberMatches, streetKey, type AddressQuery } from './address-words.js';

/** Precision 7 cells are about 150 m × 100 m here (latitude 50.5°): a cell and its neighbours hold every point within 95 m. */
export const ADDRESS_CELL_PRECISION = 7;
/** The nearest address is looked for this far and no further: a pin further from any house is not "at" an address. */
export const NEAREST_MAX_METRES = 90;
/** A search answers at most this many matches. */
export const ADDRESS_SEARCH_LIMIT = 8;
/** Points per stored cell record (a record stays far below DynamoDB's 400 KB even in a dense centre). */
export const CELL_CHUNK = 400;

/** A point as a cell record holds it: street, number, postcode, section, lat, lng (short: a cell may hold hundreds). */
export type CellPoint = [street: string, number: string, postcode: string, section: string, lat: number, lng: number];

/** A street of the register (one per name and postcode), with its numbers in order. */
export interface RegisterStreet {
  name: string;
  postcode: string;
  section?: string;
  municipality?: string;
  /** The street's key (address-words.ts): its type (rue, avenue…), and its core, the sort key a typed prefix is looked up by. */
  streetType?: string;
  core: string;
  numbers: [number: string, lat: number, lng: number][];
}

export interface BuiltRegister {
  /** Each cell's points, in chunks of CELL_CHUNK, cells in order. */
  cells: { cell: string; chunk: number; points: CellPoint[] }[];
  streets: RegisterStreet[];
  points: number;
}

/** The register's records from its points, in one order whatever the order of the file (the same points: the same register). */
export function buildRegister(points: readonly AddressPoint[]): BuiltRegister {
  const byCell = new Map<string, CellPoint[]>();
  const byStreet = new Map<string, RegisterStreet>();
  for (const p of points) {
    const cell = geohashEncode(p, ADDRESS_CELL_PRECISION);
    const list = byCell.get(cell) ?? [];
    list.push([p.street, p.number, p.postcode, p.section ?? '', p.lat, p.lng]);
    byCell.set(cell, list);
    const id = `${p.street}|${p.postcode}`;
    let s = byStreet.get(id);
    if (!s) {
      const k = streetKey(p.street);
      s = {
        name: p.street,
        postcode: p.postcode,
        ...(p.section ? { section: p.section } : {}),
        ...(p.municipality ? { municipality: p.municipality } : {}),
        ...(k.type ? { streetType: k.type } : {}),
        core: k.core,
        numbers: [],
      };
      byStreet.set(id, s);
    }
    s.numbers.push([p.number, p.lat, p.lng]);
  }
  const byPoint = (a: CellPoint, b: CellPoint) =>
    a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]) || compareNumbers(a[1], b[1]) || a[1].localeCompare(b[1]);
  const cells: BuiltRegister['cells'] = [];
  for (const cell of [...byCell.keys()].sort()) {
    const list = byCell.get(cell)!.sort(byPoint);
    for (let i = 0; i * CELL_CHUNK < list.length; i++)
      cells.push({ cell, chunk: i, points: list.slice(i * CELL_CHUNK, (i + 1) * CELL_CHUNK) });
  }
  const streets = [...byStreet.values()]
    .map((s) => ({ ...s, numbers: s.numbers.sort((a, b) => compareNumbers(a[0], b[0]) || a[0].localeCompare(b[0])) }))
    .sort((a, b) => a.core.localeCompare(b.core) || a.name.localeCompare(b.name) || a.postcode.localeCompare(b.postcode));
  return { cells, streets, points: points.length };
}

/** An address as the lookups answer it: the API's AddressMatch (address-api.ts), defined there once. */
export type AddressMatchView = z.infer<typeof AddressMatch>;

/** « Rue de la Station 12, 7060 Soignies »: the section (postal name) if known, else the municipality, else the commune's name. */
export function addressLabel(street: string, number: string | undefined, postcode: string, locality: string): string {
  return `${street}${number ? ` ${number}` : ''}, ${postcode} ${locality}`.trim();
}

/** The nearest of the points, within `maxMetres`: ties go to the first in the register's order. */
export function nearestPoint(
  points: readonly CellPoint[],
  at: LatLng,
  maxMetres = NEAREST_MAX_METRES,
): { point: CellPoint; distance: number } | undefined {
  let best: { point: CellPoint; distance: number } | undefined;
  for (const p of points) {
    const d = distanceMetres(at, { lat: p[4], lng: p[5] });
    if (d <= maxMetres && (!best || d < best.distance)) best = { point: p, distance: d };
  }
  return best;
}

/** The cells to read for the nearest point to `at`: its own and its eight neighbours. */
export function cellsAround(at: LatLng): string[] {
  return geohashWithNeighbours(geohashEncode(at, ADDRESS_CELL_PRECISION));
}

/**
 * The matches of a query among the streets whose key starts with its core: with a number, the streets that have it
 * first; a street of the type typed first, then by key; with a number, its point (an exact number before 12A for 12), else the street's middle point.
 */
export function matchStreets(
  streets: readonly RegisterStreet[],
  q: AddressQuery,
  fallbackLocality: string,
  limit = ADDRESS_SEARCH_LIMIT,
): AddressMatchView[] {
  const candidates = streets
    .filter((s) => s.core.startsWith(q.street.core))
    .sort(
      (a, b) =>
        Number(b.streetType === q.street.type) - Number(a.streetType === q.street.type) ||
        Number(b.core === q.street.core) - Number(a.core === q.street.core) ||
        a.core.localeCompare(b.core) ||
        a.name.localeCompare(b.name) ||
        a.postcode.localeCompare(b.postcode),
    );
  // With a number, the streets that have it come first (« station 12 »: the rue that has a 12 before the place that has none).
  const hasNumber = (st: RegisterStreet) => Boolean(q.number && st.numbers.some((n) => numberMatches(n[0], q.number!)));
  if (q.number) candidates.sort((a, b) => Number(hasNumber(b)) - Number(hasNumber(a)));
  const out: AddressMatchView[] = [];
  const view = (s: RegisterStreet, n: RegisterStreet['numbers'][number] | undefined) => matchView(s, n, fallbackLocality);
  for (const s of candidates) {
    if (out.length >= limit) break;
    if (!q.number) {
      out.push(view(s, undefined));
      continue;
    }
    const exact = s.numbers.filter((n) => numberMatches(n[0], q.number!) === 'exact');
    const more = s.numbers.filter((n) => numberMatches(n[0], q.number!) === 'prefix');
    const found = [...exact, ...more];
    if (!found.length) out.push(view(s, undefined));
    for (const n of found) if (out.length < limit) out.push(view(s, n));
  }
  return out;
}

/** A street, or one of its numbers, as the lookups answer it: without a number, the street's middle point. */
function matchView(s: RegisterStreet, n: RegisterStreet['numbers'][number] | undefined, fallbackLocality: string): AddressMatchView {
  const locality = s.section || s.municipality || fallbackLocality;
  const at = n ?? s.numbers[Math.floor(s.numbers.length / 2)];
  return {
    label: addressLabel(s.name, n?.[0], s.postcode, locality),
    street: s.name,
    ...(n ? { number: n[0] } : {}),
    postcode: s.postcode,
    locality,
    lat: at[1],
    lng: at[2],
  };
}

/**
 * The one point a typed address names without doubt, for a filing with no one to pick among suggestions (the report
 * form without JavaScript, docs/report-form.md): a number typed, one street whose whole key (and type, when typed) is
 * the one typed, and that number exactly on it. Anything less certain (a prefix, two streets of that name, no number,
 * 12A for 12) is undefined: the address stays in words, as typed.
 */
export function certainMatch(streets: readonly RegisterStreet[], q: AddressQuery, fallbackLocality: string): AddressMatchView | undefined {
  if (!q.number || !q.street.core) return undefined;
  const found = streets
    .filter((s) => s.core === q.street.core && (!q.street.type || s.streetType === q.street.type))
    .flatMap((s) => s.numbers.filter((n) => numberMatches(n[0], q.number!) === 'exact').map((n) => matchView(s, n, fallbackLocality)));
  return found.length === 1 ? found[0] : undefined;
}
