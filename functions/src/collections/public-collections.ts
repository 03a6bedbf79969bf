/**
 * The public side of waste collections (docs/collections.md):
 *   GET /api/{c}/collections?street=        the assigned streets answering what was typed, and — when one is meant
 *                                           without doubt — its zone and next collections from today (Brussels)
 *   GET /api/feeds/{c}/collectes-{zone}.ics a zone's collections as iCalendar, last year to next (ETag, 304)
 * Reads by key only: the streets item, then the years around today.
 */
import {
  CollectionsQuery,
  collectionFeedPath,
  collectionKindsFr,
  matchStreetZones,
  nextCollections,
  toCollectionICalendar,
  translateFrench,
  zoneOfFeedName,
  type CollectionKind,
  type CollectionsAnswer,
  type CommuneRegistration,
} from '@tandem/shared';
import { apiHandler, json, notFound, parseQuery, pathParam, type ApiEvent } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { env } from '../lib/aws.js';
import { cachedResponse } from '../lib/cached-response.js';
import { routeOf } from '../lib/route-of.js';
import { streetsItem, yearItems } from './collection-store.js';

/** The answer depends on the day: five minutes of caching spare the table a person's keystrokes. */
const CACHE = { 'cache-control': 'public, max-age=300' };

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const which = routeOf<'collections/public-collections', 'street' | 'feed'>(event, {
    'GET /api/{commune}/collections': 'street',
    'GET /api/feeds/{commune}/{feed}': 'feed',
  });
  return which === 'feed' ? zoneFeed(event, reg) : streetCollections(event, reg);
});

async function streetCollections(event: ApiEvent, reg: CommuneRegistration) {
  const commune = reg.config.id;
  const { street } = parseQuery(event, CollectionsQuery);
  const streets = await streetsItem(commune);
  if (!streets) return json(200, { calendar: false, matches: [] } satisfies CollectionsAnswer, CACHE);
  const found = matchStreetZones(streets.streets, street);
  const view = ([name, postcode, zone]: (typeof streets.streets)[number]) => ({
    street: name,
    ...(postcode ? { postcode } : {}),
    zone: { id: zone, name: streets.zones[zone] ?? zone },
  });
  const answer: CollectionsAnswer = { calendar: true, matches: found.matches.map(view) };
  if (found.certain) {
    const today = clock.today();
    const year = Number(today.slice(0, 4));
    const zone = found.certain[2];
    const years = await yearItems(commune, year, year + 1);
    answer.found = {
      ...view(found.certain),
      ...nextCollections(
        years.map((y) => y.zones[zone]),
        today,
      ),
      feed: collectionFeedPath(commune, zone),
      today,
    };
  }
  return json(200, answer, CACHE);
}

async function zoneFeed(event: ApiEvent, reg: CommuneRegistration) {
  const commune = reg.config.id;
  const zone = zoneOfFeedName(pathParam(event, 'feed'));
  if (!zone) throw notFound('no such feed: a zone’s collections are at collectes-<zone>.ics');
  const year = Number(clock.today().slice(0, 4));
  const years = (await yearItems(commune, year - 1, year + 1)).filter((y) => y.zones[zone]);
  if (!years.length) throw notFound('this commune has no collection calendar for this zone');
  const zoneName = years[years.length - 1].zones[zone].name;
  const fr = (key: keyof typeof collectionKindsFr, vars?: Record<string, string>) => translateFrench([collectionKindsFr], key, vars);
  const body = toCollectionICalendar(
    years.map((y) => ({ importedAt: y.importedAt, zone: y.zones[zone] })),
    {
      commune: { id: commune, name: reg.config.name },
      zone: { id: zone, name: zoneName },
      baseUrl: env().publicBaseUrl,
      words: {
        kind: (k: CollectionKind) => fr(`collections.kind.${k}`),
        summary: (kind) => fr('collections.feed.summary', { kind }),
        calendarName: fr('collections.feed.name', { commune: reg.config.name, zone: zoneName }),
        description: fr('collections.feed.description'),
      },
    },
  );
  return cachedResponse(event.headers, body, 'text/calendar; charset=utf-8', 'public, max-age=3600');
}
