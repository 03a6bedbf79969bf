/**
 * A person's requests about their own data, with the tracking code of their report or permit and the e-mail
 * address they gave (nothing else proves who they are: the code alone opens the public page only):
 *   POST /api/{commune}/privacy/copy     a copy of what is kept (JSON, for download)
 *   POST /api/{commune}/privacy/erasure  erase it (contact fields, their own words), keep the public timeline
 * An unknown code and a wrong address get the very same 404, so nobody learns whose a code is or whether an
 * address was used. Erasure is idempotent: a request already erased answers 200 with the first erasure's date
 * (whatever the address: nothing personal is left to protect, and the code alone shows the public page).
 */
import { PRIVACY_NOT_FOUND, PrivacyRequestInput, retentionMonthsOf, type ErasureResult, type RouteKeyOf } from '@tandem/shared';
import { apiHandler, conflict, json, notFound, parseBody, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import type { CommuneRegistration } from '@tandem/shared';
import { emailMatches, erasePersonalData, findRequest, itemOf } from './personal-data-store.js';
import { personalDataCopy } from './personal-data-copy.js';

/** Answers carry personal data: never cached, never stored by a browser's cache. */
const PRIVATE = { 'cache-control': 'no-store' };

type Handler = (event: ApiEvent, reg: CommuneRegistration) => Promise<ApiResult>;
const ROUTE_HANDLERS: Record<RouteKeyOf<'privacy/privacy-requests'>, Handler> = {
  'POST /api/{commune}/privacy/copy': async (event, reg) => {
    const body = parseBody(event, PrivacyRequestInput);
    const found = await findRequest(reg.config.id, body.code);
    if (!found || !emailMatches(found, body.email)) throw notFound(PRIVACY_NOT_FOUND);
    return json(200, personalDataCopy(found, retentionMonthsOf(reg.config), clock.iso()), PRIVATE);
  },
  'POST /api/{commune}/privacy/erasure': async (event, reg) => {
    const body = parseBody(event, PrivacyRequestInput);
    // A staff change may land between the read and the write: read again, a few times.
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = await findRequest(reg.config.id, body.code);
      const item = found && itemOf(found);
      if (item?.personalDataErasedOnRequest && item.personalDataErasedAt) return erased(item.code, item.personalDataErasedAt, true);
      if (!found || !item || !emailMatches(found, body.email)) throw notFound(PRIVACY_NOT_FOUND);
      const at = clock.iso();
      if ((await erasePersonalData(found, { at, onRequest: true })) === 'applied') return erased(item.code, at, false);
    }
    throw conflict('the request kept changing while being erased; try again');
  },
};

function erased(code: string, erasedAt: string, alreadyErased: boolean): ApiResult {
  const body: ErasureResult = { code, erasedAt, alreadyErased };
  return json(200, body, PRIVATE);
}

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  return routeOf<'privacy/privacy-requests', Handler>(event, ROUTE_HANDLERS)(event, reg);
});
