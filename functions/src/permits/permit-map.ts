/**
 * GET /api/{commune}/permits/map?from=&to=: issued and active permits whose period meets [from, to]
 * (default: today to 30 days on), as GeoJSON with public fields only. The public map and its feeds read this.
 */
import { PERMIT_MAP_STATES, PermitMapQuery, addDays, brusselsDate, periodOverlaps, permitMapFeature } from '@tandem/shared';
import { apiHandler, badRequest, parseQuery } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { permitsInState } from './permit-store.js';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const q = parseQuery(event, PermitMapQuery);
  const from = q.from ?? brusselsDate();
  const to = q.to ?? addDays(from, 30);
  if (to < from) throw badRequest('the period ends before it starts', [{ name: 'to', reason: 'before from' }]);
  const lists = await Promise.all(PERMIT_MAP_STATES.map((s) => permitsInState(reg.config.id, s, to)));
  const features = lists.flat().filter((p) => periodOverlaps(p.details.period, from, to)).map(permitMapFeature);
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'public, max-age=60' },
    body: JSON.stringify({ type: 'FeatureCollection', features }),
  };
});
