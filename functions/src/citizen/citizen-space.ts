/**
 * The citizen space (docs/citizen-space.md), for a signed-in citizen (their ID token, lib/citizen-auth.ts):
 *
 *   GET  /api/{commune}/me/requests        my reports and permit requests, newest first, drafts included
 *   POST /api/{commune}/me/attach          { code }: a code to the address the request was filed with (if it is mine)
 *   POST /api/{commune}/me/attach/confirm  { session, code }: the request joins my space (idempotent)
 */
import {
  AttachConfirmInput,
  AttachStartInput,
  type AttachCodeSent,
  type CommuneRegistration,
  MyRequestsQuery,
  type MyRequests,
} from '@tandem/shared';
import { requireCitizen } from '../lib/citizen-auth.js';
import { communeFromPath } from '../lib/commune.js';
import { apiHandler, badRequest, json, parseBody, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { routeOf } from '../lib/route-of.js';
import { confirmAttach, startAttach } from './attach-request.js';
import { myRequests } from './my-requests.js';

/** Answers about a person: never cached. */
const PRIVATE = { 'cache-control': 'no-store' };

type Handler = (event: ApiEvent, reg: CommuneRegistration) => Promise<ApiResult>;

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  return routeOf<'citizen/citizen-space', Handler>(event, {
    'GET /api/{commune}/me/requests': async (e, r) => {
      const citizen = await requireCitizen(e, r);
      const q = parseQuery(e, MyRequestsQuery);
      try {
        const page = await myRequests(r, citizen.sub, q.cursor);
        return json(200, { email: citizen.email, ...page } satisfies MyRequests, PRIVATE);
      } catch (err) {
        if ((err as Error).name === 'BadCursor')
          throw badRequest('this paging cursor is not valid', [{ name: 'cursor', reason: 'not from this list' }]);
        throw err;
      }
    },
    'POST /api/{commune}/me/attach': async (e, r) => {
      const citizen = await requireCitizen(e, r);
      const b = parseBody(e, AttachStartInput);
      const session = await startAttach(r, citizen, b.code);
      return json(200, { sent: true, session } satisfies AttachCodeSent, PRIVATE);
    },
    'POST /api/{commune}/me/attach/confirm': async (e, r) => {
      const citizen = await requireCitizen(e, r);
      const b = parseBody(e, AttachConfirmInput);
      return json(200, await confirmAttach(r, citizen, b.session, b.code), PRIVATE);
    },
  })(event, reg);
});
