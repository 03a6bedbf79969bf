/**
 * POST /api/{commune}/permits: a citizen's request, saved as a draft (submit: false: only its shape is
 * checked) or submitted (the engine's rules too). Answers the tracking code and the private key, once;
 * a retry with the same Idempotency-Key answers the same code and key (file-permit.ts files it).
 * The same function files a request at the counter on a citizen's behalf, POST /api/{commune}/staff/counter/permits
 * (counter/counter-permit.ts).
 */
import { CreatePermitInput } from '@tandem/shared';
import { apiHandler, header, json, parseBody, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { type ApiRoute, routeOf } from '../lib/route-of.js';
import { requestHash } from '../lib/idempotency.js';
import { createCounterPermit } from '../counter/counter-permit.js';
import { filePermit } from './file-permit.js';
import { optionalCitizen } from '../lib/citizen-auth.js';

async function createPublicPermit(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const commune = reg.config.id;
  const body = parseBody(event, CreatePermitInput);
  // Filed signed in: the request joins the citizen's account (read back by key in « my space »).
  const citizen = await optionalCitizen(event, reg);
  const filed = await filePermit(reg, body, {
    idempotencyKey: header(event, 'idempotency-key'),
    hash: citizen ? requestHash(event.routeKey, commune, body, citizen.sub) : requestHash(event.routeKey, commune, body),
    ...(citizen ? { account: citizen.sub } : {}),
  });
  const { code, key, state, version } = filed;
  if (!filed.created) return json(200, { code, key, state, version }, { 'idempotent-replayed': 'true' });
  return json(201, { code, key, state, version }, { location: `/api/${commune}/permits/${code}` });
}

export const handler = apiHandler((event) =>
  routeOf<'permits/create-permit', ApiRoute>(event, {
    'POST /api/{commune}/permits': createPublicPermit,
    'POST /api/{commune}/staff/counter/permits': createCounterPermit,
  })(event),
);
