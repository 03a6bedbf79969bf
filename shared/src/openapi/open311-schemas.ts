/**
 * Open311 GeoReport v2 (JSON), as Tandem answers it (field names as in the spec): the types of
 * functions/src/open311/open311-format.ts come from these schemas, and the OpenAPI document shows them.
 * Queries and the POST body are read field by field by the handler; their schemas here document them.
 */
import * as z from 'zod';
import { CommuneId } from '../commune-config.js';

const Jurisdiction = CommuneId.describe('The commune’s id, e.g. soignies.');

export const Open311Discovery = z.object({
  changeset: z.string(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(
    z.object({ specification: z.string(), url: z.string(), changeset: z.string(), type: z.string(), formats: z.array(z.string()) }),
  ),
});
export type Open311Discovery = z.infer<typeof Open311Discovery>;

export const Open311Service = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean().describe('true when the service has attributes (questions): GET services/{service_code}.json'),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: z.string(),
  group: z.string(),
});
export type Open311Service = z.infer<typeof Open311Service>;

export const Open311ServiceDefinition = z.object({
  service_code: z.string(),
  attributes: z.array(
    z.object({
      variable: z.boolean(),
      code: z.string(),
      datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
      required: z.boolean(),
      datatype_description: z.string(),
      order: z.number().int(),
      description: z.string(),
      values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
    }),
  ),
});
export type Open311ServiceDefinition = z.infer<typeof Open311ServiceDefinition>;

export const Open311ServiceRequest = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string(),
  service_notice: z.null(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.null(),
  address: z.string().nullable(),
  address_id: z.null(),
  zipcode: z.null(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
});
export type Open311ServiceRequest = z.infer<typeof Open311ServiceRequest>;

export const Open311Created = z.array(z.object({ service_request_id: z.string(), service_notice: z.string(), account_id: z.null() }));
export type Open311Created = z.infer<typeof Open311Created>;

/** Open311's error format: an array of {code, description}; code repeats the HTTP status. */
export const Open311Errors = z.array(z.object({ code: z.number().int(), description: z.string() }));
export type Open311Errors = z.infer<typeof Open311Errors>;

export const Open311JurisdictionQuery = z.object({ jurisdiction_id: Jurisdiction });

/** GET requests.json: at most this many distinct service codes in one request (each is one query of the table). */
export const OPEN311_MAX_SERVICE_CODES = 20;

/**
 * GET requests.json without service_request_id: the requests of the window, newest first, a page of
 * OPEN311_DEFAULT_PAGE_SIZE unless `page_size` says otherwise; `page` (from 1) pages on, within the first
 * OPEN311_MAX_RESULTS requests of the window (a later one: a narrower window, by start_date and end_date).
 */
export const OPEN311_DEFAULT_PAGE_SIZE = 100;
export const OPEN311_MAX_RESULTS = 1000;

export const Open311RequestsQuery = z.object({
  jurisdiction_id: Jurisdiction,
  service_request_id: z.string().optional().describe('Comma-separated ids (at most 100): the other parameters are then ignored.'),
  service_code: z.string().optional().describe('Comma-separated service codes (at most 20 distinct ones).'),
  start_date: z.string().optional().describe('W3C date-time; default: 90 days before end_date.'),
  end_date: z.string().optional().describe('W3C date-time; default: now. The window spans 90 days at most.'),
  status: z.string().optional().describe('open, closed, or open,closed.'),
  page_size: z
    .string()
    .optional()
    .describe(
      `How many requests per answer, 1 to ${OPEN311_MAX_RESULTS}; default: ${OPEN311_DEFAULT_PAGE_SIZE}. A Tandem extension (GeoReport v2 lets the server choose its default).`,
    ),
  page: z
    .string()
    .optional()
    .describe(
      `Which page, from 1 (default); page × page_size may not exceed ${OPEN311_MAX_RESULTS}: narrow the window with start_date and end_date to go further.`,
    ),
});

/** POST requests.json: form-encoded (as Open311 clients send it) or a JSON object of the same fields. */
export const Open311CreateRequest = z
  .object({
    jurisdiction_id: Jurisdiction,
    api_key: z.string().describe('The key the commune’s admins issued to the client application.'),
    service_code: z.string(),
    lat: z.string().optional().describe('With long; or give address_string.'),
    long: z.string().optional(),
    address_string: z.string().optional(),
    description: z.string().describe('10 characters at least.'),
    email: z.string().optional(),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
  })
  .catchall(z.string())
  .describe('The service’s attributes as attribute[<code>] fields.');
