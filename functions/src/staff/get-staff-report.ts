import { TRACKING_CODE_PATTERN, normaliseTrackingCode } from '@tandem/shared';
import { apiHandler, json, notFound, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { auditContext, recordRead } from '../lib/audit.js';
import { getReportWithTimeline } from '../reports/report-store.js';
import { toStaffReport } from '../reports/report-item.js';
import { photoUrls } from '../reports/photos.js';

/**
 * GET /api/{commune}/staff/reports/{code}: everything, with the version to send back on change. Showing the
 * reporter's e-mail or name is a read of personal data: it is recorded in the audit log before the answer.
 */
export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const code = normaliseTrackingCode(pathParam(event, 'code'));
  if (!TRACKING_CODE_PATTERN.test(code)) throw notFound('no report has this code');
  const found = await getReportWithTimeline(reg.config.id, code);
  if (!found) throw notFound('no report has this code');
  if (found.report.email || found.report.name) {
    await recordRead(auditContext(event, reg, user), 'report.personal-data.read', { kind: 'report', id: code });
  }
  return json(200, toStaffReport(found.report, found.timeline, await photoUrls(found.report.photos)), {
    etag: `"${found.report.version}"`,
  });
});
