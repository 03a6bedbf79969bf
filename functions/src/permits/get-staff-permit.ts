/** GET /api/{commune}/staff/permits/{code}: everything about a request, for the staff who handle or review it. */
import { apiHandler } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { getPermitBundle } from './permit-store.js';
import { canSee, staffView } from './permit-responses.js';
import { permitCodeFromPath } from './permit-code.js';
import { HttpError, json, notFound } from '../lib/http.js';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg, ['agent', 'admin']);
  const b = await getPermitBundle(reg.config.id, permitCodeFromPath(event));
  if (!b || b.permit.state === 'draft') throw notFound('no request has this code');
  if (!canSee(user, b.permit)) throw new HttpError(403, 'this request is neither handled nor reviewed by your departments');
  return json(200, await staffView(b, user, reg.config.permits), { etag: `"${b.permit.version}"` });
});
