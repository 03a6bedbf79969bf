import { TRACKING_CODE_PATTERN, normaliseTrackingCode } from '@tandem/shared';
import { apiHandler, json, notFound, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { toPublicReport } from './report-item.js';
import { photoUrls } from './photos.js';
import { getReportWithTimeline } from './report-store.js';

/** GET /api/{commune}/reports/{code}: the public tracking view (no e-mail, no name, no private notes). */
export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const code = normaliseTrackingCode(pathParam(event, 'code'));
  if (!TRACKING_CODE_PATTERN.test(code)) throw notFound('no report has this tracking code');
  const found = await getReportWithTimeline(reg.config.id, code);
  if (!found) throw notFound('no report has this tracking code');
  return json(200, toPublicReport(found.report, found.timeline, await photoUrls(found.report.photos)));
});
