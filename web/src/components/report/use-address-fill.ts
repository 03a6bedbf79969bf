/**
 * From the pin to words: when the pin is placed (map, drag, « me localiser »), the nearest address of the commune's
 * register (GET /api/{c}/addresses/nearest, within 90 m) fills the address field — unless the person wrote their own
 * there. A pin placed by picking an address is not looked up again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LatLng } from '@tandem/shared/geo';
import type { AddressMatchView } from '@tandem/shared/addresses/address-register';
import { tr } from '../../lib/locale';
import { fetchNearestAddress } from './address-lookups';
import '../../lib/messages/addresses';

export function useAddressFill(commune: string, location: LatLng | undefined, address: string, setAddress: (a: string) => void) {
  /** The pin came from a picked address: nothing to look up. */
  const fromAddress = useRef(false);
  /** The last address filled in from the pin (replaced by the next one; a text the person wrote is never replaced). */
  const filled = useRef('');
  const [note, setNote] = useState('');
  const current = useRef(address);
  current.current = address;

  useEffect(() => {
    if (!location || fromAddress.current) {
      fromAddress.current = false;
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      fetchNearestAddress(commune, location)
        .then((m) => {
          if (stale) return;
          const mine = current.current.trim() && current.current !== filled.current;
          if (mine) return;
          filled.current = m.label;
          setAddress(m.label);
          setNote(tr('addresses.filled', { address: m.label }));
        })
        .catch(() => {
          // No register, or no address near: the place stays as the pin.
          if (!stale) setNote('');
        });
    }, 200);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [location?.lat, location?.lng]);

  return {
    note,
    /** Before moving the pin to a picked address. */
    picked(m: AddressMatchView) {
      fromAddress.current = true;
      filled.current = m.label;
      setNote('');
    },
  };
}
