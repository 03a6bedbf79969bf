/**
 * Open311 GeoReport v2 (JSON) at /api/open311/v2/, jurisdiction_id = commune id. Errors follow the
 * spec's format ([{code, description}]) rather than problem+json, so Open311 clients understand them.
 */
import {
  CreateReportInput,
  findCategory,
  normaliseTrackingCode,
  parseBrusselsInstant,
  TRACKING_CODE_PATTERN,
  isClosedState,
  type RouteKeyOf,
  type CommuneConfig,
  type CommuneRegistration,
  type TimelineItem,
} from '@tandem/shared';
import { HttpError, apiHandler, header, json, type ApiEvent, type ApiResult } from '../lib/http.js';
import { env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import { serveCommuneById } from '../communes/commune-store.js';
import { createReport } from '../reports/create-report-service.js';
import { getReportWithTimeline, listReports } from '../reports/report-store.js';
import { photoUrls } from '../reports/photos.js';
import {
  open311Errors,
  SERVICE_REQUEST_ATTRIBUTES,
  serviceDefinition,
  serviceList,
  serviceRequest,
  type ServiceRequestReport,
} from './open311-format.js';
import { isValidOpen311Key } from './open311-keys-store.js';
import {
  OPEN311_DEFAULT_PAGE_SIZE,
  OPEN311_MAX_RESULTS,
  OPEN311_MAX_SERVICE_CODES,
  type Open311Created,
  type Open311Discovery,
} from '@tandem/shared/openapi/open311-schemas';

const WINDOW_DAYS = 90;
/** Reports of the window one answer may read to find a service's (the answer has no cursor to search on). */
const MAX_READS = 10 * OPEN311_MAX_RESULTS;

class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly descriptions: string[],
  ) {
    super(descriptions.join('; '));
  }
}
const fail = (status: number, ...d: string[]) => new Open311Error(status, d);

export const handler = apiHandler(async (event) => {
  try {
    return await route(event);
  } catch (e) {
    if (e instanceof Open311Error) return json(e.status, open311Errors(e.status, ...e.descriptions));
    if (e instanceof HttpError) {
      const d = e.params.length ? e.params.map((p) => `${fieldName(p.name.split('.'))}: ${p.reason}`) : [e.message];
      return json(e.status, open311Errors(e.status, ...d));
    }
    throw e;
  }
});

type Handler = (event: ApiEvent) => Promise<ApiResult>;
/** What each Open311 route does (the route table's keys for this function, checked by the compiler). */
const ROUTE_HANDLERS: Record<RouteKeyOf<'open311/open311-api'>, Handler> = {
  'GET /api/open311/v2/discovery.json': async () => discovery(),
  'GET /api/open311/v2/services.json': async (event) => {
    const reg = await jurisdiction(event.queryStringParameters?.jurisdiction_id);
    return json(200, serviceList(reg.config), { 'cache-control': 'public, max-age=300' });
  },
  'GET /api/open311/v2/services/{file}': async (event) => {
    const reg = await jurisdiction(event.queryStringParameters?.jurisdiction_id);
    const code = jsonFile(event.pathParameters?.file);
    const cat = findCategory(reg.config, code);
    if (!cat) throw fail(404, `service_code ${code} not found`);
    return json(200, serviceDefinition(cat), { 'cache-control': 'public, max-age=300' });
  },
  'POST /api/open311/v2/requests.json': async (event) => {
    const params = formParams(event);
    const reg = await jurisdiction(params.jurisdiction_id);
    if (!(await isValidOpen311Key(reg.config.id, params.api_key))) {
      throw fail(403, `api_key is missing or not valid for ${reg.config.id}: ask the commune's administrators for a key`);
    }
    return postRequest(event, reg, params);
  },
  'GET /api/open311/v2/requests/{file}': async (event) => {
    const reg = await jurisdiction(event.queryStringParameters?.jurisdiction_id);
    const code = normaliseTrackingCode(jsonFile(event.pathParameters?.file));
    const one = TRACKING_CODE_PATTERN.test(code) ? await getReportWithTimeline(reg.config.id, code) : undefined;
    if (!one) throw fail(404, `service_request_id ${code} not found`);
    return json(200, [await withMedia(one.report, reg.config, one.timeline)]);
  },
  'GET /api/open311/v2/requests.json': async (event) => {
    const params = event.queryStringParameters ?? {};
    return getRequests(await jurisdiction(params.jurisdiction_id), params);
  },
};

const route = (event: ApiEvent): Promise<ApiResult> => routeOf<'open311/open311-api', Handler>(event, ROUTE_HANDLERS)(event);

function discovery(): ApiResult {
  const base = env().publicBaseUrl;
  return json(
    200,
    {
      changeset: '2026-11-25T00:00:00Z',
      contact: 'Tandem — signalements des communes',
      key_service: 'Lecture libre. Pour déposer un signalement (POST), demandez une api_key aux administrateurs de la commune.',
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${base}/api/open311/v2`,
          changeset: '2026-11-25T00:00:00Z',
          type: 'production',
          formats: ['application/json'],
        },
      ],
    } satisfies Open311Discovery,
    { 'cache-control': 'public, max-age=3600' },
  );
}

async function jurisdiction(id: string | undefined): Promise<CommuneRegistration> {
  if (!id) throw fail(400, 'jurisdiction_id is required (a commune id, e.g. soignies)');
  const reg = await serveCommuneById(id);
  if (!reg) throw fail(404, `jurisdiction_id ${id} not found`);
  return reg;
}

/**
 * The id in `{file}` = `<id>.json`. API Gateway HTTP API hands path parameters over already percent-decoded
 * (the local gateway does the same): decoding again would turn `%25E0` into a bad escape and a 500.
 */
function jsonFile(file: string | undefined): string {
  const m = /^(.+)\.json$/.exec(file ?? '');
  if (!m) throw fail(404, 'only the .json format is served');
  return m[1];
}

/** Open311 clients POST form-encoded fields; JSON is accepted too. */
function formParams(event: ApiEvent): Record<string, string> {
  const raw = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
  const type = header(event, 'content-type') ?? '';
  if (/json/i.test(type)) {
    try {
      const obj = JSON.parse(raw);
      if (obj && typeof obj === 'object') return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, String(v)]));
    } catch {
      throw fail(400, 'the body is not valid JSON');
    }
    throw fail(400, 'the body must be an object');
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

async function postRequest(event: ApiEvent, reg: CommuneRegistration, p: Record<string, string | undefined>): Promise<ApiResult> {
  const errors: string[] = [];
  if (!p.service_code) errors.push('service_code is required');
  const hasLatLng = p.lat !== undefined && p.long !== undefined;
  if (!hasLatLng && !p.address_string) errors.push('lat and long, or address_string, are required');
  const lat = Number(p.lat),
    lng = Number(p.long);
  if (hasLatLng && (!Number.isFinite(lat) || !Number.isFinite(lng))) errors.push('lat and long must be numbers');
  if (errors.length) throw fail(400, ...errors);
  const answers: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) {
    const m = /^attribute\[(.+)\]$/.exec(k);
    if (m && v !== undefined) answers[m[1]] = v;
  }
  const name = [p.first_name, p.last_name].filter(Boolean).join(' ');
  const parsed = CreateReportInput.safeParse({
    category: p.service_code,
    description: p.description ?? '',
    answers,
    ...(hasLatLng ? { location: { lat, lng } } : {}),
    ...(p.address_string ? { address: p.address_string } : {}),
    ...(p.email ? { email: p.email } : {}),
    ...(name ? { name } : {}),
  });
  if (!parsed.success) throw fail(400, ...parsed.error.issues.map((i) => `${fieldName(i.path.map(String))}: ${i.message}`));
  const { report } = await createReport(reg, parsed.data, { idempotencyKey: header(event, 'idempotency-key'), source: 'open311' });
  return json(201, [
    {
      service_request_id: report.code,
      service_notice: `Suivi : ${env().publicBaseUrl}/${reg.config.id}/suivi/${report.code}/`,
      account_id: null,
    },
  ] satisfies Open311Created);
}

function fieldName(path: string[]): string {
  const map: Record<string, string> = {
    category: 'service_code',
    location: 'lat',
    address: 'address_string',
    description: 'description',
    email: 'email',
  };
  if (path[0] === 'answers' && path[1]) return `attribute[${path[1]}]`;
  return map[path[0]] ?? path.join('.');
}

async function getRequests(reg: CommuneRegistration, p: Record<string, string | undefined>): Promise<ApiResult> {
  if (p.service_request_id) {
    const codes = p.service_request_id
      .split(',')
      .map((c) => normaliseTrackingCode(c.trim()))
      .filter((c) => TRACKING_CODE_PATTERN.test(c))
      .slice(0, 100);
    const found = await Promise.all(codes.map((c) => getReportWithTimeline(reg.config.id, c)));
    const known = found.filter((f) => f !== undefined);
    return json(200, await Promise.all(known.map((f) => withMedia(f.report, reg.config, f.timeline))));
  }
  const end = p.end_date ? date(p.end_date, 'end_date') : clock.now();
  const start = p.start_date ? date(p.start_date, 'start_date') : new Date(end.getTime() - WINDOW_DAYS * 86_400_000);
  if (start > end) throw fail(400, 'start_date must be before end_date');
  if (end.getTime() - start.getTime() > WINDOW_DAYS * 86_400_000) throw fail(400, `the date range may span ${WINDOW_DAYS} days at most`);
  const status = p.status ? p.status.split(',').map((s) => s.trim()) : undefined;
  if (status?.some((s) => s !== 'open' && s !== 'closed')) throw fail(400, 'status must be open or closed');
  const codes = serviceCodes(p.service_code);
  const { size, page } = paging(p.page_size, p.page);
  const upTo = page * size;
  // A status is filtered after the read: the whole first OPEN311_MAX_RESULTS are read to find a page of it.
  const lists = await Promise.all(
    codes.map((category) =>
      listReports(
        reg.config.id,
        { category, from: start.toISOString(), to: end.toISOString() },
        status ? OPEN311_MAX_RESULTS : upTo,
        undefined,
        MAX_READS,
        SERVICE_REQUEST_ATTRIBUTES,
      ),
    ),
  );
  const items = lists
    .flatMap((l) => l.items)
    .filter((r) => !status || status.includes(isClosedState(r.state) ? 'closed' : 'open'))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(upTo - size, upTo);
  return json(200, await Promise.all(items.map((r) => withMedia(r, reg.config))));
}

/** A service request with its first photo as `media_url` (a short-lived read URL), in every answer that lists requests. */
async function withMedia(report: ServiceRequestReport, config: CommuneConfig, timeline?: TimelineItem[]) {
  const [media] = await photoUrls(report.photos.slice(0, 1));
  return serviceRequest(report, config, timeline, media);
}

/** `page_size` (1 to OPEN311_MAX_RESULTS, default OPEN311_DEFAULT_PAGE_SIZE) and `page` (from 1), within the first OPEN311_MAX_RESULTS. */
function paging(pageSize: string | undefined, pageParam: string | undefined): { size: number; page: number } {
  const size = pageSize === undefined ? OPEN311_DEFAULT_PAGE_SIZE : wholeNumber(pageSize);
  if (size === undefined || size < 1 || size > OPEN311_MAX_RESULTS)
    throw fail(400, `page_size must be a whole number from 1 to ${OPEN311_MAX_RESULTS}`);
  const page = pageParam === undefined ? 1 : wholeNumber(pageParam);
  if (page === undefined || page < 1) throw fail(400, 'page must be a whole number from 1');
  if (page * size > OPEN311_MAX_RESULTS) {
    throw fail(400, `page × page_size may not exceed ${OPEN311_MAX_RESULTS}: narrow the window with start_date and end_date`);
  }
  return { size, page };
}

const wholeNumber = (s: string): number | undefined => (/^\d{1,7}$/.test(s.trim()) ? Number(s.trim()) : undefined);

/** The distinct service codes asked for (each is one query of the table), at most OPEN311_MAX_SERVICE_CODES; none: every service. */
function serviceCodes(param: string | undefined): (string | undefined)[] {
  if (!param) return [undefined];
  const codes = [...new Set(param.split(',').map((s) => s.trim()))].filter(Boolean);
  if (codes.length > OPEN311_MAX_SERVICE_CODES) throw fail(400, `service_code may list ${OPEN311_MAX_SERVICE_CODES} codes at most`);
  return codes.length ? codes : [undefined];
}

/** A W3C date-time; one without an offset (or a bare date) is Brussels time, not the server's zone. */
function date(value: string, field: string): Date {
  const ms = parseBrusselsInstant(value);
  if (ms === undefined) throw fail(400, `${field} must be a W3C date-time, e.g. 2026-11-01T00:00:00Z`);
  return new Date(ms);
}
