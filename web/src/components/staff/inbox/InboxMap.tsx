/**
 * The map beside the inbox, on wide screens only (a phone keeps the list): maplibre is fetched when the screen is
 * wide enough, never on a phone. It shows the listed reports that have a point.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffReportSummary } from '@tandem/shared/schemas/report';
import { tr } from '../../../lib/locale';
import { communeMapOptions, useLazyMap } from '../../../lib/use-lazy-map';
import { navigate } from '../router';

/** Where the map shows beside the list (backoffice.css puts it there from the same width). */
const WIDE = '(min-width: 100rem)';

function useWide(): boolean {
  const [wide, setWide] = useState(() => typeof matchMedia !== 'undefined' && matchMedia(WIDE).matches);
  useEffect(() => {
    const m = matchMedia(WIDE);
    const on = () => setWide(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, []);
  return wide;
}

export default function InboxMap({ commune, items }: { commune: PublicCommuneConfig; items: StaffReportSummary[] }) {
  const wide = useWide();
  const { box, view, state } = useLazyMap(
    () => import('./inbox-map'),
    ({ createInboxMap }, container) =>
      createInboxMap({
        container,
        ...communeMapOptions(commune, tr('backoffice.map.label')),
        onOpen: (code) => navigate(`/${commune.id}/agents/signalements/${code}/`),
      }),
    wide,
  );
  useEffect(() => {
    view.current?.setPoints(
      items.filter((r) => r.location).map((r) => ({ code: r.code, lat: r.location!.lat, lng: r.location!.lng, late: Boolean(r.slaLate) })),
    );
  }, [items, state]);
  if (!wide) return null;
  return (
    <aside class="inbox-map" aria-labelledby="inbox-map-hint" data-testid="inbox-map">
      <p class="hint" id="inbox-map-hint">
        {tr('backoffice.map.hint')}
      </p>
      {state === 'failed' ? (
        <p class="notice error" role="alert">
          {tr('report.map.failed')}
        </p>
      ) : (
        <div ref={box} class="map-box" aria-busy={state === 'loading'} />
      )}
    </aside>
  );
}
