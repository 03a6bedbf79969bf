/**
 * The public address lookups (docs/addresses.md), by key only, no external service:
 *   GET /api/{c}/addresses/nearest?lat=&lng=   the nearest numbered point within NEAREST_MAX_METRES (the pin's
 *                                              cell and its eight neighbours), else a 404 problem
 *   GET /api/{c}/addresses/search?q=           up to ADDRESS_SEARCH_LIMIT matches of a typed street (prefix of its
 *                                              folded key: one partition) and number, with their positions
 * Both read the register's pointer first: a lookup during an import reads the version in use, whole.
 * And, for a filing with no one to pick among matches (the report form without JavaScript), the one point a typed
 * address names without doubt.
 */
import {
  AddressSearchQuery,
  ADDRESS_SEARCH_LIMIT,
  NearestAddressQuery,
  addressLabel,
  cellsAround,
  certainMatch,
  matchStreets,
  nearestPoint,
  parseAddressQuery,
  type AddressMatchView,
  type CommuneRegistration,
} from '@tandem/shared';
import { json, notFound, parseQuery, type ApiEvent } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { pointsInCells, registerPointer, streetsByPrefix } from './address-store.js';

/** A register changes seldom: a minute of caching spares the table a person's keystrokes typed again. */
const CACHE = { 'cache-control': 'public, max-age=60' };

export async function nearestAddress(event: ApiEvent) {
  const reg = await communeFromPath(event);
  const at = parseQuery(event, NearestAddressQuery);
  const pointer = await registerPointer(reg.config.id);
  if (!pointer) throw notFound('this commune has no address register');
  const found = nearestPoint(await pointsInCells(reg.config.id, pointer.version, cellsAround(at)), at);
  if (!found) throw notFound('no address is near this point');
  const [street, number, postcode, section, lat, lng] = found.point;
  const locality = section || reg.config.name;
  const match: AddressMatchView = {
    label: addressLabel(street, number, postcode, locality),
    street,
    number,
    postcode,
    locality,
    lat,
    lng,
    distance: Math.round(found.distance),
  };
  return json(200, match, CACHE);
}

export async function searchAddresses(event: ApiEvent) {
  const reg = await communeFromPath(event);
  const { q } = parseQuery(event, AddressSearchQuery);
  const pointer = await registerPointer(reg.config.id);
  if (!pointer) return json(200, { register: false, matches: [] }, CACHE);
  const query = parseAddressQuery(q);
  if (!query.street.core) return json(200, { register: true, matches: [] }, CACHE);
  // Streets sharing the prefix are read in key order: a few more than answered, so that the type typed ranks first.
  const streets = await streetsByPrefix(reg.config.id, pointer.version, query.street.core, ADDRESS_SEARCH_LIMIT * 3);
  return json(200, { register: true, matches: matchStreets(streets, query, reg.config.name) }, CACHE);
}

/** The register's point for a typed address when it names one without doubt (certainMatch); undefined otherwise, or without a register. */
export async function locateTypedAddress(reg: CommuneRegistration, typed: string): Promise<AddressMatchView | undefined> {
  const query = parseAddressQuery(typed);
  if (!query.street.core || !query.number) return undefined;
  const pointer = await registerPointer(reg.config.id);
  if (!pointer) return undefined;
  const streets = await streetsByPrefix(reg.config.id, pointer.version, query.street.core, ADDRESS_SEARCH_LIMIT * 3);
  return certainMatch(streets, query, reg.config.name);
}
