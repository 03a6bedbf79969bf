/** Shows the map once asked for; maplibre is fetched here with a dynamic import, never before. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LatLng, BBox } from '@tandem/shared/geo';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { MapView, NearbyPoint } from './map-view';
import { tr } from '../../lib/locale';

interface Props {
  commune: PublicCommuneConfig;
  pin: LatLng | undefined;
  nearby: NearbyPoint[];
  onPick(p: LatLng): void;
  /** Move keyboard focus into the map when it opens (the "open" button disappears). */
  focusOnOpen?: boolean;
}

export default function MapPanel({ commune, pin, nearby, onPick, focusOnOpen }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const view = useRef<MapView>();
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    let cancelled = false;
    if (focusOnOpen) box.current?.focus();
    import('./map-view')
      .then(async ({ createMapView, loadMapCss }) => {
        await loadMapCss();
        if (cancelled || !box.current) return;
        view.current = createMapView({
          container: box.current,
          bbox: commune.map.bbox as BBox,
          center: commune.map.center,
          zoom: commune.map.zoom,
          styleUrl: commune.map.styleUrl,
          pin,
          labels: {
            map: tr('report.map.label'),
            pin: tr('report.map.pin'),
            zoomIn: tr('report.map.zoomIn'),
            zoomOut: tr('report.map.zoomOut'),
            resetBearing: tr('report.map.north'),
          },
          onPick: (p) => pick.current(p),
        });
        view.current.setNearby(nearby);
        setState('ready');
        if (focusOnOpen && document.activeElement === box.current) box.current.querySelector('canvas')?.focus();
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = undefined;
    };
  }, []);

  useEffect(() => view.current?.setPin(pin, true), [pin?.lat, pin?.lng, state]);
  useEffect(() => view.current?.setNearby(nearby), [nearby, state]);

  return (
    <div>
      <p class="hint" id="map-help">{tr('report.map.help')}</p>
      {state === 'failed' ? (
        <p class="notice error" role="alert">{tr('report.map.failed')}</p>
      ) : (
        <div ref={box} tabindex={-1} class="map-box" data-testid="report-map" aria-busy={state === 'loading'} aria-describedby="map-help" />
      )}
      {state === 'loading' && <p class="status" role="status">{tr('common.loading')}</p>}
      {state === 'ready' && (
        <div class="button-row">
          <button type="button" class="button secondary small" onClick={() => view.current && onPick(view.current.center())}>
            {tr('report.map.pinCentre')}
          </button>
        </div>
      )}
    </div>
  );
}
