/**
 * Filing a report, one function for both doors (the platform stack counts its resources): the public form's
 * POST /api/{commune}/reports (here), the same form's without JavaScript, POST /api/{commune}/reports/form
 * (report-form-post.ts), and the staff's from the field, POST /api/{commune}/staff/reports (service-report.ts),
 * and at the counter on a citizen's behalf, POST /api/{commune}/staff/counter/reports (counter/counter-report.ts);
 * and the reporter's answer to a fix, « pas réparé » or a rating (report-feedback.ts), which may move a photo too.
 */
import { CreateReportInput } from '@tandem/shared';
import { apiHandler, header, json, parseBody, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { type ApiRoute, routeOf } from '../lib/route-of.js';
import { env } from '../lib/aws.js';
import { optionalCitizen } from '../lib/citizen-auth.js';
import { createReport } from './create-report-service.js';
import { toPublicReport } from './report-item.js';
import { photoUrls } from './photos.js';
import { getReportWithTimeline } from './report-store.js';
import { createServiceReport } from './service-report.js';
import { createCounterReport } from '../counter/counter-report.js';
import { rateReport, reopenReport } from './report-feedback.js';
import { fileReportForm } from './report-form-post.js';

/** POST /api/{commune}/reports: a citizen files a report. Retries with the same Idempotency-Key create one report. */
async function createPublicReport(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const input = parseBody(event, CreateReportInput);
  // Filed signed in: the report joins the citizen's account (anonymous reports stay possible: no token, no account).
  const citizen = await optionalCitizen(event, reg);
  const { report, created, timeline } = await createReport(reg, input, {
    idempotencyKey: header(event, 'idempotency-key'),
    source: 'web',
    ...(citizen ? { account: citizen.sub } : {}),
  });
  // A new report's timeline is known; only a replay reads the stored one.
  const full = timeline ? { report, timeline } : await getReportWithTimeline(reg.config.id, report.code);
  const url = `${env().publicBaseUrl}/${reg.config.id}/suivi/${report.code}/`;
  const view = toPublicReport(full?.report ?? report, full?.timeline ?? [], await photoUrls(report.photos));
  return json(
    created ? 201 : 200,
    { code: report.code, url, report: view },
    { location: url, ...(created ? {} : { 'idempotent-replayed': 'true' }) },
  );
}

export const handler = apiHandler((event) =>
  routeOf<'reports/create-report', ApiRoute>(event, {
    'POST /api/{commune}/reports': createPublicReport,
    'POST /api/{commune}/reports/form': fileReportForm,
    'POST /api/{commune}/staff/reports': createServiceReport,
    'POST /api/{commune}/staff/counter/reports': createCounterReport,
    'POST /api/{commune}/reports/{code}/reopen': reopenReport,
    'POST /api/{commune}/reports/{code}/rating': rateReport,
  })(event),
);
