/**
 * A commune's admins issue and revoke the API keys Open311 client applications need to POST reports:
 *   GET    /api/{c}/staff/open311/keys        the keys (application, when, by whom; never the key)
 *   POST   /api/{c}/staff/open311/keys        issue one: the key is in this answer only
 *   DELETE /api/{c}/staff/open311/keys/{id}   revoke it
 */
import { Open311KeyInput, type RouteKeyOf } from '@tandem/shared';
import { apiHandler, json, notFound, parseBody, pathParam, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { routeOf } from '../lib/route-of.js';
import { authorize } from '../lib/authorize.js';
import { issueOpen311Key, listOpen311Keys, revokeOpen311Key } from '../open311/open311-keys-store.js';
import { auditContext, auditEntry, type AuditContext } from '../lib/audit.js';

type Handler = (event: ApiEvent, commune: string, admin: string, audit: AuditContext) => Promise<ApiResult>;
const ROUTE_HANDLERS: Record<RouteKeyOf<'staff/open311-keys'>, Handler> = {
  'GET /api/{commune}/staff/open311/keys': async (_event, commune) => json(200, { keys: await listOpen311Keys(commune) }),
  'POST /api/{commune}/staff/open311/keys': async (event, commune, admin, audit) => {
    const { application } = parseBody(event, Open311KeyInput);
    const entry = (id: string, at: string) => auditEntry(audit, at, 'open311key.issue', { kind: 'open311-key', id }, application);
    return json(201, await issueOpen311Key(commune, application, admin, undefined, entry));
  },
  'DELETE /api/{commune}/staff/open311/keys/{id}': async (event, commune, _admin, audit) => {
    const entry = (id: string, at: string) => auditEntry(audit, at, 'open311key.revoke', { kind: 'open311-key', id });
    if (!(await revokeOpen311Key(commune, pathParam(event, 'id'), entry))) throw notFound('no Open311 key has this id');
    return { statusCode: 204, headers: { 'cache-control': 'no-store' }, body: '' };
  },
};

/** Issuing and revoking a key are recorded in the audit log, in the change's own transaction (the key's author: createdBy). */
export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const admin = await requireStaff(event, reg);
  const handle = routeOf<'staff/open311-keys', Handler>(event, ROUTE_HANDLERS);
  // The route table sends this function its three routes only (routeOf just checked it): admins only, says the role matrix.
  authorize(admin, reg.config, event.routeKey as RouteKeyOf<'staff/open311-keys'>, 'manage');
  return handle(event, reg.config.id, admin.sub, auditContext(event, reg, admin));
});
