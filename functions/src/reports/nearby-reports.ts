import {
  NEARBY_GEOHASH_PRECISION,
  NEARBY_RADIUS_M,
  NearbyQuery,
  distanceMetres,
  geohashEncode,
  geohashWithNeighbours,
} from '@tandem/shared';
import { apiHandler, json, parseQuery } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { toSummary } from './report-item.js';
import { openReportsInCells } from './report-store.js';

/** GET /api/{commune}/reports/nearby?lat&lng&category: open reports within NEARBY_RADIUS_M, nearest first. */
export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const q = parseQuery(event, NearbyQuery);
  const here = { lat: q.lat, lng: q.lng };
  const cells = geohashWithNeighbours(geohashEncode(here, NEARBY_GEOHASH_PRECISION));
  const found = await openReportsInCells(reg.config.id, cells, q.category);
  const reports = found
    .filter((r) => r.location)
    .map((r) => ({ ...toSummary(r), distanceMetres: Math.round(distanceMetres(here, r.location!)) }))
    .filter((r) => r.distanceMetres <= NEARBY_RADIUS_M)
    .sort((a, b) => a.distanceMetres - b.distanceMetres)
    .slice(0, 5);
  return json(200, { reports });
});
