/**
 * GET /api/{commune}/staff/permits/{code}: everything about a request, for the staff who handle or review it. The
 * requester's name and contact details are personal data: the read is recorded in the audit log before the answer.
 * With the staff comments (`activity`, oldest first) and whether the reader watches it (`watching`): this view only.
 */
import { apiHandler } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { auditContext, recordRead } from '../lib/audit.js';
import { staffView, visibleBundle } from './permit-responses.js';
import { permitCodeFromPath } from './permit-code.js';
import { json } from '../lib/http.js';
import { toActivityView } from '../work/task-view.js';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const b = await visibleBundle(reg.config, permitCodeFromPath(event), user);
  await recordRead(auditContext(event, reg, user), 'permit.personal-data.read', { kind: 'permit', id: b.permit.code });
  const follow = { activity: await Promise.all((b.activity ?? []).map(toActivityView)), watching: (b.watchers ?? []).includes(user.sub) };
  return json(200, { ...(await staffView(b, user, reg.config)), ...follow }, { etag: `"${b.permit.version}"` });
});
