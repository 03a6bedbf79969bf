/**
 * The citizen space (docs/citizen-space.md), for a signed-in citizen (their ID token, lib/citizen-auth.ts):
 *
 *   GET  /api/{commune}/me/requests        my reports and permit requests, newest first, drafts included
 *   POST /api/{commune}/me/attach          { code }: a code to the address the request was filed with (if it is mine)
 *   POST /api/{commune}/me/attach/confirm  { session, code }: the request joins my space (idempotent)
 *   GET  /api/{commune}/me/preferences     which mails about my requests, and their language (and my space's)
 *   PUT  /api/{commune}/me/preferences     { mails, locale, version }: saved, or 409 when another tab saved first
 *   GET  /api/{commune}/me/data            a copy of my data: the account and every linked request (JSON download)
 *   POST /api/{commune}/me/requests/erase  { confirm: true }: my requests' personal data erased, as a privacy request
 * (Deleting the account itself is the sign-in function's: it needs the refresh cookie. citizen-auth.ts.)
 */
import {
  AttachConfirmInput,
  AttachStartInput,
  type AttachCodeSent,
  CitizenPreferencesInput,
  EraseMyRequestsInput,
  type CommuneRegistration,
  MyRequestsQuery,
  type MyRequests,
} from '@tandem/shared';
import { requireCitizen } from '../lib/citizen-auth.js';
import { communeFromPath } from '../lib/commune.js';
import { apiHandler, badRequest, conflict, json, parseBody, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { routeOf } from '../lib/route-of.js';
import { confirmAttach, startAttach } from './attach-request.js';
import { myRequests } from './my-requests.js';
import { citizenPreferences, saveCitizenPreferences } from './citizen-profile-store.js';
import { eraseMyRequests, myDataCopy } from './my-data.js';
import { clock } from '../lib/clock.js';

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
    'GET /api/{commune}/me/preferences': async (e, r) => {
      const citizen = await requireCitizen(e, r);
      return json(200, await citizenPreferences(r.config.id, citizen.sub), PRIVATE);
    },
    'PUT /api/{commune}/me/preferences': async (e, r) => {
      const citizen = await requireCitizen(e, r);
      const b = parseBody(e, CitizenPreferencesInput);
      const saved = await saveCitizenPreferences(r.config.id, citizen.sub, b, clock.iso());
      if (saved === 'stale') {
        const current = await citizenPreferences(r.config.id, citizen.sub);
        throw conflict('your preferences were changed meanwhile (another tab?): read them again', { currentVersion: current.version });
      }
      return json(200, saved, PRIVATE);
    },
    'GET /api/{commune}/me/data': async (e, r) => {
      const citizen = await requireCitizen(e, r);
      const copy = await myDataCopy(r, citizen);
      return json(200, copy, { ...PRIVATE, 'content-disposition': `attachment; filename="mes-donnees-${r.config.id}.json"` });
    },
    'POST /api/{commune}/me/requests/erase': async (e, r) => {
      const citizen = await requireCitizen(e, r);
      parseBody(e, EraseMyRequestsInput);
      return json(200, await eraseMyRequests(r, citizen), PRIVATE);
    },
  })(event, reg);
});
