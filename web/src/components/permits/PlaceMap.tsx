/** The place of a permit on a map, read-only, shown on request (maplibre loads only then). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PermitGeometry } from '@tandem/shared/permits/permit-details';
import type { BBox } from '@tandem/shared/geo';
import { tr } from '../../lib/locale';
import { pointsOf } from './request-draft';
import type { DrawMap } from './draw-map';

export default function PlaceMap({ commune, geometry, label }: { commune: PublicCommuneConfig; geometry: PermitGeometry; label: string }) {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    let view: DrawMap | undefined;
    let cancelled = false;
    const drawn = pointsOf(geometry)!;
    import('./draw-map')
      .then(async ({ createDrawMap, loadMapCss }) => {
        await loadMapCss();
        if (cancelled || !box.current) return;
        view = createDrawMap({
          container: box.current,
          bbox: commune.map.bbox as BBox,
          center: commune.map.center,
          zoom: commune.map.zoom,
          styleUrl: commune.map.styleUrl,
          shape: drawn.shape,
          points: drawn.points,
          labels: { map: tr('permit.track.mapLabel', { place: label }), zoomIn: tr('report.map.zoomIn'), zoomOut: tr('report.map.zoomOut'), resetBearing: tr('report.map.north') },
        });
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      view?.destroy();
    };
  }, [open]);
  if (!open) {
    return (
      <button type="button" class="button secondary small" onClick={() => setOpen(true)}>
        {tr('permit.track.showMap')}
      </button>
    );
  }
  return failed ? (
    <p class="notice error">{tr('report.map.failed')}</p>
  ) : (
    <div ref={box} class="map-box" data-testid="permit-place-map" />
  );
}
