/** Shows the map once asked for; maplibre is fetched here with a dynamic import, never before. */
import { useEffect, useRef } from 'preact/hooks';
import type { LatLng } from '@tandem/shared/geo';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { NearbyPoint } from './map-view';
import { tr } from '../../lib/locale';
import { communeMapOptions, useLazyMap } from '../../lib/use-lazy-map';

interface Props {
  commune: PublicCommuneConfig;
  pin: LatLng | undefined;
  nearby: NearbyPoint[];
  onPick(p: LatLng): void;
  /** Move keyboard focus into the map when it opens (the "open" button disappears). */
  focusOnOpen?: boolean;
}

export default function MapPanel({ commune, pin, nearby, onPick, focusOnOpen }: Props) {
  const pick = useRef(onPick);
  pick.current = onPick;
  const { box, view, state } = useLazyMap(
    () => import('./map-view'),
    ({ createMapView }, container) => {
      const options = communeMapOptions(commune, tr('report.map.label'));
      const v = createMapView({
        container,
        ...options,
        pin,
        labels: { ...options.labels, pin: tr('report.map.pin') },
        onPick: (p) => pick.current(p),
      });
      v.setNearby(nearby);
      if (focusOnOpen && document.activeElement === container) container.querySelector('canvas')?.focus();
      return v;
    },
  );

  useEffect(() => {
    if (focusOnOpen) box.current?.focus();
  }, []);

  useEffect(() => view.current?.setPin(pin, true), [pin?.lat, pin?.lng, state]);
  useEffect(() => view.current?.setNearby(nearby), [nearby, state]);

  return (
    <div>
      <p class="hint" id="map-help">
        {tr('report.map.help')}
      </p>
      {state === 'failed' ? (
        <p class="notice error" role="alert">
          {tr('report.map.failed')}
        </p>
      ) : (
        <div
          ref={box}
          tabindex={-1}
          class="map-box"
          data-testid="report-map"
          // Where the pin is, for tests and scripts (the marker itself is drawn by maplibre).
          data-pin={pin ? `${pin.lat.toFixed(6)},${pin.lng.toFixed(6)}` : undefined}
          aria-busy={state === 'loading'}
          aria-describedby="map-help"
        />
      )}
      {state === 'loading' && (
        <p class="status" role="status">
          {tr('common.loading')}
        </p>
      )}
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
