/** The place of a permit on a map, read-only, shown on request (maplibre loads only then). */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PermitGeometry } from '@tandem/shared/permits/permit-details';
import { tr } from '../../lib/locale';
import { communeMapOptions, useLazyMap } from '../../lib/use-lazy-map';
import { pointsOf } from './request-draft';

export default function PlaceMap({ commune, geometry, label }: { commune: PublicCommuneConfig; geometry: PermitGeometry; label: string }) {
  const [open, setOpen] = useState(false);
  const { box, state } = useLazyMap(
    () => import('./draw-map'),
    ({ createDrawMap }, container) => {
      const drawn = pointsOf(geometry)!;
      return createDrawMap({
        container,
        ...communeMapOptions(commune, tr('permit.track.mapLabel', { place: label })),
        shape: drawn.shape,
        points: drawn.points,
      });
    },
    open,
  );
  if (!open) {
    return (
      <button type="button" class="button secondary small" onClick={() => setOpen(true)}>
        {tr('permit.track.showMap')}
      </button>
    );
  }
  return state === 'failed' ? (
    <p class="notice error">{tr('report.map.failed')}</p>
  ) : (
    <div ref={box} class="map-box" data-testid="permit-place-map" />
  );
}
