/**
 * GET /api/{commune}/permits/{code}: the tracking view. With the tracking code alone: public fields only
 * (no name, e-mail, phone, attachments; the poster but not the authorisation). With the request's private
 * key (x-permit-key): everything the requester sent, and every document.
 */
import { apiHandler, json, notFound } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { getPermitBundle } from './permit-store.js';
import { publicView, requesterView, wasSubmitted } from './permit-responses.js';
import { requesterKeyOf } from './requester-key.js';
import { permitCodeFromPath } from './permit-code.js';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const code = permitCodeFromPath(event);
  const b = await getPermitBundle(reg.config.id, code);
  if (!b) throw notFound('no request has this code');
  const isRequester = requesterKeyOf(event, b.key) === 'valid';
  // A draft (even one its author withdrew) is nobody's business but its author's.
  if (!isRequester && !wasSubmitted(b.permit)) throw notFound('no request has this code');
  const body = isRequester ? await requesterView(b, reg.config) : await publicView(b);
  return json(200, body, { etag: `"${b.permit.version}"` });
});
