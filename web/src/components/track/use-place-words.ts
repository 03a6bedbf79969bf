/**
 * Where a tracked report is, in words: the address its reporter gave (or the one the pin filled in); without one,
 * the nearest address of the commune's register (« Près de … », GET /api/{c}/addresses/nearest); without a
 * register or a house within 90 m, the coordinates in words (place-words.ts). One small request, no map library.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LatLng } from '@tandem/shared/geo';
import { coordinatesInWords } from '@tandem/shared/place-words';
import { locale, tr } from '../../lib/locale';
import { fetchNearestAddress } from '../report/address-lookups';
import '../../lib/messages/addresses';

export function usePlaceWords(commune: string, address: string | undefined, location: LatLng | undefined): string | undefined {
  const [near, setNear] = useState<string>();
  useEffect(() => {
    if (address || !location) return;
    let stale = false;
    fetchNearestAddress(commune, location)
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
