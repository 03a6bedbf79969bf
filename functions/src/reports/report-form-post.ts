/**
 * POST /api/{commune}/reports/form: the report page's plain HTML form, posted by a browser without JavaScript
 * (docs/report-form.md). The post is read into CreateReportInput's shape (shared/src/report-form.ts) and checked with
 * that schema, as the JSON route is; a typed address that names one point of the commune's address register without
 * doubt gets that point; the report is filed by the same createReport; the answer is 303 See Other to its tracking
 * page. A refusal is an HTML page for a browser (report-form-page.ts), problem+json for a client that asks for JSON.
 *
 * A form cannot send an Idempotency-Key, and a static page cannot hold one per visit: the key is the post itself, the
 * same words the same Brussels day (the browser resending the form, a second click) being the same report.
 */
import { CreateReportInput, filedLocation, reportFormInput, type CommuneRegistration } from '@tandem/shared';
import { FORM_BODY, HttpError, bodyText, header, validate, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { requestHash } from '../lib/idempotency.js';
import { locateTypedAddress } from '../map/address-lookup.js';
import { createReport } from './create-report-service.js';
import { formRefusedPage, type PostedReport } from './report-form-page.js';

/** A browser's form post, or a client asking for a page, is answered with a page; a client asking for JSON, with a problem. */
export function wantsPage(event: ApiEvent): boolean {
  const accept = header(event, 'accept') ?? '';
  if (/\btext\/html\b/i.test(accept)) return true;
  if (/json/i.test(accept)) return false;
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(header(event, 'content-type') ?? '');
}

export async function fileReportForm(event: ApiEvent): Promise<ApiResult> {
  let reg: CommuneRegistration | undefined;
  let posted: PostedReport = {};
  try {
    reg = await communeFromPath(event);
    const fields = reportFormInput(new URLSearchParams(bodyText(event, FORM_BODY)), reg.config.categories);
    posted = fields;
    const located = typeof fields.address === 'string' ? await locateTypedAddress(reg, fields.address) : undefined;
    if (located) posted = { ...fields, location: { lat: located.lat, lng: located.lng } };
    const input = validate(CreateReportInput, posted, 422, '');
    const { report } = await createReport(reg, input, {
      idempotencyKey: `form-${requestHash(reg.config.id, clock.today(), input)}`,
      source: 'web',
    });
    const tracking = `${env().publicBaseUrl}/${reg.config.id}/suivi/${report.code}/`;
    return {
      statusCode: 303,
      headers: { location: filedLocation(tracking, Boolean(report.email)), 'cache-control': 'no-store' },
      body: '',
    };
  } catch (e) {
    if (e instanceof HttpError && wantsPage(event)) return formRefusedPage(e, event.pathParameters?.commune ?? '', reg?.config, posted);
    throw e;
  }
}
