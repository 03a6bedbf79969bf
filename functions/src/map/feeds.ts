/**
 * The public feeds, at fixed addresses so that others can rely on them:
 *   /api/feeds/{commune}/map.geojson   GeoJSON (RFC 7946), filterable by kind, bbox and date
 *   /api/feeds/{commune}/waze-cifs.json  Waze for Cities CIFS: the road closures
 *   /api/feeds/{commune}/agenda.ics    iCalendar (RFC 5545): works, closures and events
 * All read the commune's live list (items ending today or later), never personal data; each answer
 * carries an ETag of its content and Cache-Control, and an unchanged feed answers 304.
 */
import {
  MapQuery,
  bboxesMeet,
  featureMeets,
  geometryBBox,
  toGeoJson,
  toICalendar,
  toWazeCifs,
  toFeature,
  type MapFeature,
} from '@tandem/shared';
import { apiHandler, parseQuery } from '../lib/http.js';
import { cachedResponse } from '../lib/cached-response.js';
import { communeFromPath } from '../lib/commune.js';
import { env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { liveItems } from './map-store.js';
import { mapWindow } from './map-window.js';
import { routeOf } from '../lib/route-of.js';

const CACHE = 'public, max-age=300';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const commune = { id: reg.config.id, name: reg.config.name };
  const today = clock.today();
  const features = (await liveItems(commune.id, today)).map(toFeature);
  const meta = { commune, baseUrl: env().publicBaseUrl, generatedAt: latest(features) };

  const feed = routeOf<'map/feeds', 'geojson' | 'cifs' | 'ical'>(event, {
    'GET /api/feeds/{commune}/map.geojson': 'geojson',
    'GET /api/feeds/{commune}/waze-cifs.json': 'cifs',
    'GET /api/feeds/{commune}/agenda.ics': 'ical',
  });
  if (feed === 'geojson') {
    const q = parseQuery(event, MapQuery);
    const asked = q.date || q.from || q.to || q.bbox || q.kind;
    const w = asked ? mapWindow(q, today) : undefined;
    const chosen = w
      ? features.filter(
          (f) =>
            (!w.kinds || w.kinds.includes(f.properties.kind)) &&
            (!(q.date || q.from || q.to) || featureMeets(f, w.from, w.to)) &&
            (!w.bbox || bboxesMeet(geometryBBox(f.geometry), w.bbox)),
        )
      : features;
    return cached(
      event.headers,
      JSON.stringify(toGeoJson(chosen, { commune: commune.id, generatedAt: meta.generatedAt })),
      'application/geo+json; charset=utf-8',
    );
  }
  if (feed === 'cifs') return cached(event.headers, JSON.stringify(toWazeCifs(features, meta)), 'application/json; charset=utf-8');
  return cached(event.headers, toICalendar(features, meta), 'text/calendar; charset=utf-8');
});

/** The feed's own time: its latest change, so that an unchanged feed is byte for byte the same. */
function latest(features: MapFeature[]): string {
  return features.reduce((m, f) => (f.properties.updatedAt > m ? f.properties.updatedAt : m), '2026-01-01T00:00:00.000Z');
}

function cached(headers: Record<string, string | undefined> | undefined, body: string, type: string) {
  return cachedResponse(headers, body, type, CACHE);
}
