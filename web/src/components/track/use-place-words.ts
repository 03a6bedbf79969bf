/**
 * Where a tracked report is, in words: the address its reporter gave (or the one the pin filled in); without one,
 * the nearest address of the commune's register (« Près de … », GET /api/{c}/addresses/nearest); without a
 * register or a house within 90 m, the coordinates in words (place-words.ts). One small request, no map library.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LatLng } from '@tandem/shared/geo';
import type { AddressMatchView } from '@tandem/shared/addresses/address-register';
import { coordinatesInWords } from '@tandem/shared/place-words';
import { locale, tr } from '../../lib/locale';
import { apiFetch, apiPath } from '../../lib/api';
import '../../lib/messages/addresses';

export function usePlaceWords(commune: string, address: string | undefined, location: LatLng | undefined): string | undefined {
  const [near, setNear] = useState<string>();
  useEffect(() => {
    if (address || !location) return;
    let stale = false;
    apiFetch<AddressMatchView>(
      `${apiPath(commune, 'addresses/nearest')}?${new URLSearchParams({ lat: String(location.lat), lng: String(location.lng) })}`,
    )
      .then((m) => !stale && setNear(m.label))
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [address, location?.lat, location?.lng]);
  if (address) return address;
  if (near) return tr('addresses.near', { address: near });
  return location ? coordinatesInWords(location, locale.value) : undefined;
}
