import { TRACKING_CODE_PATTERN, mayDo, normaliseTrackingCode } from '@tandem/shared';
import { apiHandler, json, notFound, pathParam, type ApiEvent, type ApiResult } from '../lib/http.js';
import { type ApiRoute, routeOf } from '../lib/route-of.js';
import { searchCitizen } from '../counter/counter-search.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { auditContext, recordRead } from '../lib/audit.js';
import { authorize } from '../lib/authorize.js';
import { getReportWithTimeline } from '../reports/report-store.js';
import { planningOf, toStaffReport } from '../reports/report-item.js';
import { clock } from '../lib/clock.js';
import { photoUrls, timelinePhotoUrls } from '../reports/photos.js';
import { toActivityView } from '../work/task-view.js';

/**
 * GET /api/{commune}/staff/reports/{code}: the report with its timeline and the version to send back on change;
 * the reporter's e-mail and name only to those the role matrix lets read them (not workers nor reviewers). Showing
 * them is a read of personal data: it is recorded in the audit log before the answer. With the staff comments
 * (`activity`, oldest first) and whether the reader watches it (`watching`): this view only, never a public one.
 */
async function getStaffReport(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const route = 'GET /api/{commune}/staff/reports/{code}';
  const code = normaliseTrackingCode(pathParam(event, 'code'));
  if (!TRACKING_CODE_PATTERN.test(code)) throw notFound('no report has this code');
  const found = await getReportWithTimeline(reg.config.id, code);
  if (!found) throw notFound('no report has this code');
  const subject = { department: found.report.department };
  authorize(user, reg.config, route, 'read', subject);
  const personal = mayDo(user, reg.config, route, 'personalData', subject);
  if (personal && (found.report.email || found.report.name || found.report.phone || found.report.postalAddress)) {
    await recordRead(auditContext(event, reg, user), 'report.personal-data.read', { kind: 'report', id: code });
  }
  const report = toStaffReport(
    found.report,
    found.timeline,
    await photoUrls(found.report.photos),
    personal,
    planningOf(found.report, reg.config, clock.iso()),
    { photoUrl: await timelinePhotoUrls(found.timeline), ratings: found.feedback },
  );
  const follow = { activity: await Promise.all(found.activity.map(toActivityView)), watching: found.watchers.includes(user.sub) };
  return json(
    200,
    { ...report, ...follow },
    {
      etag: `"${found.report.version}"`,
    },
  );
}

export const handler = apiHandler((event) =>
  routeOf<'staff/get-staff-report', ApiRoute>(event, {
    'GET /api/{commune}/staff/reports/{code}': getStaffReport,
    // A citizen's requests found by e-mail or phone at the counter: a read of personal data, audited as this one's.
    'POST /api/{commune}/staff/counter/search': searchCitizen,
  })(event),
);
