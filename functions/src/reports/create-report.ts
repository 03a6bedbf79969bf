import { CreateReportInput } from '@tandem/shared';
import { apiHandler, header, json, parseBody } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { env } from '../lib/aws.js';
import { createReport } from './create-report-service.js';
import { toPublicReport } from './report-item.js';
import { photoUrls } from './photos.js';
import { getReportWithTimeline } from './report-store.js';

/** POST /api/{commune}/reports: a citizen files a report. Retries with the same Idempotency-Key create one report. */
export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const input = parseBody(event, CreateReportInput);
  const { report, created, timeline } = await createReport(reg, input, { idempotencyKey: header(event, 'idempotency-key'), source: 'web' });
  // A new report's timeline is known; only a replay reads the stored one.
  const full = timeline ? { report, timeline } : await getReportWithTimeline(reg.config.id, report.code);
  const url = `${env().publicBaseUrl}/${reg.config.id}/suivi/${report.code}/`;
  const view = toPublicReport(full?.report ?? report, full?.timeline ?? [], await photoUrls(report.photos));
  return json(
    created ? 201 : 200,
    { code: report.code, url, report: view },
    { location: url, ...(created ? {} : { 'idempotent-replayed': 'true' }) },
  );
});
