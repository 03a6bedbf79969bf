/** Nearby open reports of the same category, as soon as both a place and a category are known (asked 300 ms after the last change). */
import { useEffect, useState } from 'preact/hooks';
import type { LatLng } from '@tandem/shared/geo';
import { apiFetch, apiPath } from '../../lib/api';
import type { NearbyReport } from './NearbySuggestions';

export function useNearbyReports(commune: string, location: LatLng | undefined, category: string): NearbyReport[] {
  const [nearby, setNearby] = useState<NearbyReport[]>([]);

  useEffect(() => {
    if (!location || !category) {
      setNearby([]);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      const q = new URLSearchParams({ lat: String(location.lat), lng: String(location.lng), category });
      apiFetch<{ reports: NearbyReport[] }>(`${apiPath(commune, 'reports/nearby')}?${q}`)
        .then((r) => !stale && setNearby(r.reports ?? []))
        .catch(() => !stale && setNearby([]));
    }, 300);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [location?.lat, location?.lng, category]);

  return nearby;
}
