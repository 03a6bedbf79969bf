/**
 * The address register's two public lookups (docs/addresses.md), as the report form and the tracking page ask them:
 * the nearest address to a point, and the matches of a typed address. Types only from shared: no zod in the page.
 */
import type * as z from 'zod';
import type { LatLng } from '@tandem/shared/geo';
import type { AddressMatches } from '@tandem/shared/addresses/address-api';
import type { AddressMatchView } from '@tandem/shared/addresses/address-register';
import { apiFetch, apiPath } from '../../lib/api';

/** GET /api/{c}/addresses/nearest: the nearest numbered point within 90 m (a 404 problem without one, or without a register). */
export function fetchNearestAddress(commune: string, at: LatLng): Promise<AddressMatchView> {
  const q = new URLSearchParams({ lat: String(at.lat), lng: String(at.lng) });
  return apiFetch<AddressMatchView>(`${apiPath(commune, 'addresses/nearest')}?${q}`);
}

/** GET /api/{c}/addresses/search: the matches of what was typed (`register: false` when the commune has none). */
export function fetchAddressMatches(commune: string, typed: string): Promise<z.infer<typeof AddressMatches>> {
  return apiFetch<z.infer<typeof AddressMatches>>(`${apiPath(commune, 'addresses/search')}?${new URLSearchParams({ q: typed })}`);
}
