import { InboxQuery } from '@tandem/shared';
import { apiHandler, json, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { type ApiRoute, routeOf } from '../lib/route-of.js';
import { searchReports } from './search.js';
import { catchUp } from '../realtime/catch-up.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { decodeCursor, encodeCursor } from '../lib/cursor.js';
import { authorizeList } from '../lib/authorize.js';
import { listReports } from '../reports/report-store.js';
import { planningOf, toStaffSummary } from '../reports/report-item.js';
import { clock } from '../lib/clock.js';

/**
 * GET /api/{commune}/staff/reports?state&category&department&limit&cursor: the inbox, newest first. A page
 * without a cursor ends the list; a `partial` one stopped at the read budget and its cursor searches on.
 * Workers see the reports of their departments only (role matrix).
 */
async function inbox(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const scope = authorizeList(user, reg.config, 'GET /api/{commune}/staff/reports', 'list');
  const q = parseQuery(event, InboxQuery);
  if (scope !== 'any' && !scope.length) return json(200, { items: [], scanned: 0, partial: false });
  const filter = scope === 'any' ? q : { ...q, departments: scope };
  const page = await listReports(reg.config.id, filter, q.limit, decodeCursor(q.cursor, reg.config.id));
  const cursor = encodeCursor(page.lastKey);
  const now = clock.iso();
  const items = page.items.map((r) => toStaffSummary(r, planningOf(r, reg.config, now)));
  return json(200, { items, ...(cursor ? { cursor } : {}), scanned: page.scanned, partial: page.partial });
}

/** The inbox, the staff search and the real-time catch-up, one function (the platform stack counts its resources). */
export const handler = apiHandler((event) =>
  routeOf<'staff/list-reports', ApiRoute>(event, {
    'GET /api/{commune}/staff/reports': inbox,
    'GET /api/{commune}/staff/search': searchReports,
    'GET /api/{commune}/staff/changes': catchUp,
  })(event),
);
