/**
 * The public map's reads, one function: the items (below) and the address lookups (address-lookup.ts).
 *
 * GET /api/{commune}/map/items?date= | from=&to= &bbox=w,s,e,n &kind=a,b — what the citizen map shows: the
 * items live in the window within the viewport, plus open reports. A close viewport reads its geohash
 * cells only; a wide one (or none: the whole commune) reads the commune's live list; beyond a degree
 * square it is a 400. No scan either way. Public fields only.
 */
import {
  MAP_CELL_PRECISION,
  MapQuery,
  bboxesMeet,
  cellsCovering,
  featureMeets,
  geometryBBox,
  toFeature,
  type MapFeature,
} from '@tandem/shared';
import { apiHandler, badRequest, json, parseQuery, type ApiEvent } from '../lib/http.js';
import { routeOf } from '../lib/route-of.js';
import { nearestAddress, searchAddresses } from './address-lookup.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { featuresInCells, liveItems } from './map-store.js';
import { mapWindow } from './map-window.js';
import { openReportFeatures, openReportFeaturesOfCommune } from './report-features.js';

/** Wider than this (in degrees of longitude or latitude) is not a viewport of one commune. */
export const MAX_BBOX_DEGREES = 1;

async function mapItems(event: ApiEvent) {
  const reg = await communeFromPath(event);
  const w = mapWindow(parseQuery(event, MapQuery), clock.today());
  const bbox = w.bbox ?? reg.config.map.bbox;
  if (bbox[2] - bbox[0] > MAX_BBOX_DEGREES || bbox[3] - bbox[1] > MAX_BBOX_DEGREES) {
    throw badRequest(`this viewport is too large (more than ${MAX_BBOX_DEGREES}° a side): zoom in`, [
      { name: 'bbox', reason: 'too large' },
    ]);
  }
  const cells = cellsCovering(bbox, MAP_CELL_PRECISION);
  const wants = (k: MapFeature['properties']['kind']) => !w.kinds || w.kinds.includes(k);
  const [items, reports] = await Promise.all([
    cells ? featuresInCells(reg.config.id, [...cells, 'wide'], w.from) : liveItems(reg.config.id, w.from).then((l) => l.map(toFeature)),
    wants('report')
      ? cells
        ? openReportFeatures(reg.config, cells, w.to)
        : openReportFeaturesOfCommune(reg.config, w.to)
      : Promise.resolve([]),
  ]);
  const features = [...items, ...reports].filter(
    (f) => wants(f.properties.kind) && featureMeets(f, w.from, w.to) && bboxesMeet(geometryBBox(f.geometry), bbox),
  );
  features.sort((a, b) => a.properties.start.localeCompare(b.properties.start) || a.id.localeCompare(b.id));
  return json(200, { type: 'FeatureCollection', features }, { 'cache-control': 'public, max-age=30' });
}

export const handler = apiHandler((event) =>
  routeOf<'map/query-map', (e: ApiEvent) => ReturnType<typeof mapItems>>(event, {
    'GET /api/{commune}/map/items': mapItems,
    'GET /api/{commune}/addresses/nearest': nearestAddress,
    'GET /api/{commune}/addresses/search': searchAddresses,
  })(event),
);
