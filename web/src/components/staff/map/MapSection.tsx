/** The staff map section, under /{commune}/agents/carte/: the list, a new item (nouveau/), one item ({id}/). */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
// The map screens' messages (French now, the agent's language on demand).
import '../../../lib/messages/map-staff';
import MapItemsList from './MapItemsList';
import MapItemPage from './MapItemPage';

/** What a path under /{commune}/agents/ shows of the map section, if it is one of its paths. */
export function mapRoute(path: string): { page: 'list' } | { page: 'new' } | { page: 'item'; id: string } | undefined {
  const m = path.match(/\/agents\/carte(?:\/([^/]+))?\/?$/);
  if (!m) return undefined;
  if (!m[1]) return { page: 'list' };
  if (m[1] === 'nouveau') return { page: 'new' };
  return { page: 'item', id: decodeURIComponent(m[1]) };
}

export default function MapSection({ commune, path, onSignedOut }: { commune: PublicCommuneConfig; path: string; onSignedOut(): void }) {
  const route = mapRoute(path);
  if (route?.page === 'new') return <MapItemPage key="new" commune={commune} onSignedOut={onSignedOut} />;
  if (route?.page === 'item') return <MapItemPage key={route.id} commune={commune} id={route.id} onSignedOut={onSignedOut} />;
  return <MapItemsList key="map" commune={commune} onSignedOut={onSignedOut} />;
}
