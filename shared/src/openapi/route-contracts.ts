/**
 * The API contract of every route of ROUTES (shared/src/routes.ts), keyed like API Gateway's routeKey:
 * what it is for, its query and body (the zod schemas the handler parses with, by component name), its
 * answers and the errors it may give besides those that follow from its shape (see openapi-document.ts:
 * an unknown commune is a 404, a JSON body may be 400/413/415/422, a query 400, a staff route 401/403).
 */
import type * as z from 'zod';
import { InboxQuery, NearbyQuery, StaffSearchQuery } from '../schemas/report.js';
import { PermitInboxQuery } from '../permits/permit-api.js';
import { MapItemDeleteQuery, MapQuery } from '../map/map-items.js';
import type { InputName, OutputName } from './components.js';
import { Open311JurisdictionQuery, Open311RequestsQuery } from './open311-schemas.js';
import { StaffAccountQuery } from '../schemas/staff-accounts.js';
import { AuditQuery } from '../schemas/audit-log.js';
import { BoardQuery, MyWorkQuery, TaskListQuery } from '../schemas/work-lists.js';
import { ProjectListQuery } from '../schemas/work-projects.js';
import { UnpublishQuery } from '../schemas/worksites.js';
import { RecurrenceDeleteQuery } from '../schemas/recurring.js';
import { NotificationListQuery } from '../notifications/notification-api.js';
import { PermitsExportQuery, ReportsExportQuery, StatsCsvQuery, StatsQuery } from '../schemas/stats.js';
import { ChangesQuery } from '../realtime/catch-up.js';
import { PushUnsubscribeQuery } from '../notifications/push.js';
import { MyRequestsQuery } from '../citizen/citizen-api.js';
import { AddressImportQuery, AddressSearchQuery, NearestAddressQuery } from '../addresses/address-api.js';
import { NEWS_CONTRACTS, NEWS_TAGS } from './news-contracts.js';
import { APPOINTMENT_CONTRACTS, APPOINTMENT_TAGS } from './appointment-contracts.js';
import { CollectionImportQuery, CollectionsQuery } from '../collections/collection-api.js';

export const API_TAGS = {
  communes: 'The communes on this platform and what their forms need.',
  reports: 'Citizens report a problem in public space and follow it with its tracking code.',
  'staff-auth': 'Staff sign in against their commune’s staff pool and get the ID token the staff routes need.',
  'citizen-space':
    'Citizens sign in with an e-mail code (no password) on their commune’s citizen pool, list their requests and attach older ones. The /me routes need the citizen’s ID token as Authorization: Bearer.',
  'staff-reports': 'Staff handle reports: inbox, state changes, updates, assignment.',
  permits: 'Event authorisations and public-domain occupations: the requester’s side (private key in x-permit-key).',
  'staff-permits': 'Staff review permits, ask departments for their opinion, decide and issue.',
  map: 'The public map: works, detours, closures, parking bans, events and open reports.',
  feeds: 'The public map as GeoJSON, Waze CIFS and iCalendar feeds (ETag, 304 when unchanged).',
  'staff-map': 'Staff publish and edit the public map’s items.',
  'staff-open311': 'Admins issue and revoke the API keys Open311 client applications need to file reports.',
  'staff-accounts': 'Admins invite staff members, change their role, departments and name, disable and enable their accounts.',
  'staff-projects': 'Staff run projects (works sites, events, PST actions): list, create from a process template, change, and their tasks.',
  'staff-audit': 'Admins consult and export the audit log: every staff change and every read of personal data, who, when, on what.',
  'staff-stats': 'Statistics per commune and department over a period, and CSV exports of the staff lists.',
  open311:
    'Open311 GeoReport v2 (JSON); jurisdiction_id is the commune id. Reading is open; filing a report needs an api_key the commune’s admins issued. Errors are Open311’s [{code, description}].',
  'mail-confirmation': 'Whoever gave an e-mail address confirms it before any mail carrying their words goes to it.',
  'staff-worksites': 'Staff publish a works project’s public page (with its map item) and write its progress updates.',
  worksites: 'Works sites the public can follow: their pages, posters, and e-mail updates for those who confirm their address.',
  privacy: 'A person’s copy of their data, or its erasure, with their tracking code and the e-mail address they gave.',
  'staff-work': 'The staff workspace: tasks, comments with @mentions, watchers, "my work", department boards, the staff directory.',
  meta: 'This description of the API.',
  'staff-notifications':
    'Each staff member’s notification centre: mentions, assignments, opinion requests, watched items’ changes, due dates; unread count, marking read, how to be told.',
  'staff-recurring': 'Staff set up recurring tasks (an RRULE subset, made three weeks ahead) and turn reports into work orders.',
  addresses: 'The commune’s address register: the nearest address to a point, and typed addresses located (no external service).',
  'staff-addresses': 'Admins import the commune’s address register from a CSV (BeST-Address export or a simple subset).',
  ...NEWS_TAGS,
  ...APPOINTMENT_TAGS,
  collections: 'Waste collection days: a street’s next collections, and each zone’s iCalendar feed.',
  'staff-collections': 'Staff import the yearly waste collection calendar (CSV, or one zone’s iCalendar) and assign streets to zones.',
} as const;
export type ApiTag = keyof typeof API_TAGS;

/** How every CSV export is written (shared/src/csv.ts). */
const CSV_NOTE =
  'UTF-8 with a byte order mark, a header row, RFC 4180 quoting (comma-separated); a text cell that starts with = + - @ ' +
  "(or a tab or carriage return) is prefixed with ' so that spreadsheets show it as text.";

/** Response headers the document describes (components/headers). */
export type SuccessHeader = 'ETag' | 'Location' | 'Idempotent-Replayed' | 'Cache-Control';

export interface SuccessResponse {
  description: string;
  /** Media type and body: a named output schema, several (any of them), or a raw JSON Schema. */
  content?: { type: string; schema: OutputName | readonly OutputName[] | { raw: Record<string, unknown> } };
  headers?: readonly SuccessHeader[];
}

/** Who may call: anyone; staff (bearer ID token); the holder of a permit's private key (required or optional). */
export type RouteAccess = 'public' | 'staff' | 'permit-key' | 'optional-permit-key';

export interface RouteContract {
  summary: string;
  description?: string;
  tag: ApiTag;
  /** Query parameters: the zod object the handler parses them with. */
  query?: z.ZodObject;
  /** Descriptions of path parameters beyond the common ones (commune, code). */
  pathParams?: Record<string, string>;
  /** The JSON body (the schema the handler parses with); `form`: also form-encoded (Open311). */
  body?: { schema: InputName; form?: boolean };
  /** A text body instead of JSON (the address register's CSV): its media type and what it holds. */
  /** A file as the body (an import): its media types, the first being the usual one. */
  textBody?: { type: 'text/csv'; also?: readonly 'text/calendar'[]; description: string };
  /** A browser's form post instead of JSON (the report page without JavaScript): its fields, as a raw JSON Schema. */
  formBody?: { description: string; schema: Record<string, unknown> };
  /** Accepts Idempotency-Key: a retry answers the first result (200, Idempotent-Replayed). */
  idempotent?: boolean;
  /** Answers an ETag and 304 to a matching If-None-Match. */
  conditional?: boolean;
  access: RouteAccess;
  /** Success answers by status (303: a form post sent on to a page). */
  responses: Partial<Record<200 | 201 | 202 | 204 | 303, SuccessResponse>>;
  /** Errors besides those that follow from the route's shape, or a better description of one of those. */
  errors?: Partial<Record<ErrorStatus, string>>;
  /**
   * Open311 routes answer errors in Open311's format rather than problem+json; `html` routes answer a browser's form
   * post with an HTML page (problem+json to other clients: docs/report-form.md).
   */
  errorFormat?: 'open311' | 'html';
}
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 503;

const json = (schema: NonNullable<SuccessResponse['content']>['schema']) => ({ type: 'application/json', schema });
const STALE = 'Someone else changed it since you read it: reload (currentVersion, currentState) and try again; nothing was written.';
const UNKNOWN_REPORT = 'Unknown commune, or no report has this code.';
const UNKNOWN_PERMIT = 'Unknown commune, or no request has this code (a draft is its author’s only).';
const staffReport = {
  description: 'The report as it is now, with its whole timeline and its version.',
  content: json('StaffReport'),
  headers: ['ETag', 'Idempotent-Replayed'],
} as const;
const staffPermit = {
  description: 'The request as it is now (staff view).',
  content: json('StaffPermit'),
  headers: ['ETag', 'Idempotent-Replayed'],
} as const;
const requesterPermit = {
  description: 'The request as it is now (requester view).',
  content: json('RequesterPermit'),
  headers: ['ETag', 'Idempotent-Replayed'],
} as const;
const open311Ok = (schema: OutputName, description: string) => ({ 200: { description, content: json(schema) } });

const UNKNOWN_TASK = 'Unknown commune, or no task has this id.';
const replayed = (what: string, schema: OutputName) => ({
  description: `A retry with the same Idempotency-Key: ${what}.`,
  content: json(schema),
  headers: ['Idempotent-Replayed'] as const,
});
/** Tasks and projects are named by their id, reports and permits (which comments and watching also serve) by their code. */
type FollowedKind = 'task' | 'project' | 'report' | 'permit';
const followedParam = (kind: FollowedKind): Record<string, string> =>
  kind === 'task' || kind === 'project' ? { id: `The ${kind}’s id.` } : { code: `The ${kind}’s tracking code.` };
const unknownFollowed = (kind: FollowedKind) =>
  kind === 'report' ? UNKNOWN_REPORT : kind === 'permit' ? UNKNOWN_PERMIT : `Unknown commune, or no ${kind} has this id.`;
const watchContract = (kind: FollowedKind, watch: boolean): RouteContract => ({
  summary: watch ? `Watch a ${kind}` : `Stop watching a ${kind}`,
  description: watch
    ? 'The reader’s "watching" list gets it (watching twice keeps the first date).'
    : 'Leaves the reader’s "watching" list (no error if it was not there).',
  tag: 'staff-work',
  access: 'staff',
  pathParams: followedParam(kind),
  responses: { 204: { description: watch ? 'Watching.' : 'Not watching.' } },
  errors: { 403: `A ${kind} the reader may not read.`, 404: unknownFollowed(kind) },
});
const commentContract = (kind: FollowedKind): RouteContract => ({
  summary: `Comment on a ${kind}`,
  description:
    'Mentions name staff members (their id, from GET …/staff/people) or departments (`dept:<code>`): each lands in their "mentioned" list. Files are fresh uploads (POST …/uploads).',
  tag: 'staff-work',
  access: 'staff',
  body: { schema: 'CommentInput' },
  idempotent: true,
  pathParams: followedParam(kind),
  responses: {
    201: { description: 'The comment, as the activity shows it.', content: json('ActivityView') },
    200: replayed('the comment the first request wrote', 'ActivityView'),
  },
  errors: {
    403: `A ${kind} the reader may not comment on.`,
    404: unknownFollowed(kind),
    422: 'A mention names nobody of this commune, or a file is not a fresh upload.',
  },
});

export const ROUTE_CONTRACTS: Record<string, RouteContract> = {
  ...NEWS_CONTRACTS,
  ...APPOINTMENT_CONTRACTS,
  'GET /api/{commune}/staff/people': {
    summary: 'The staff directory',
    description: 'Every enabled staff member (id = Cognito sub, name, role, departments), for assignee pickers and @mentions.',
    tag: 'staff-work',
    access: 'staff',
    responses: { 200: { description: 'The commune’s staff, by name.', content: json('PeopleList'), headers: ['Cache-Control'] } },
  },
  'POST /api/{commune}/staff/tasks': {
    summary: 'Create a task',
    description:
      'For any department (agents and admins). `dueAt` may carry any offset: it is kept in UTC. The creator and the assignees watch it.',
    tag: 'staff-work',
    access: 'staff',
    body: { schema: 'TaskInput' },
    idempotent: true,
    responses: {
      201: { description: 'The task.', content: json('TaskView'), headers: ['Location'] },
      200: replayed('the task the first request created', 'TaskView'),
    },
    errors: { 422: 'Unknown or review-only department, an assignee who is no staff member, an unknown project, or a bad file.' },
  },
  'GET /api/{commune}/staff/tasks': {
    summary: 'Tasks: calendar or list',
    description:
      'With `from` and `to` (Brussels days, at most 62): the tasks due in that range. Otherwise the open tasks (or those of `status`) of the departments the reader may see, narrowed by `department`, `assignee` and words (`q`).',
    tag: 'staff-work',
    access: 'staff',
    query: TaskListQuery,
    responses: { 200: { description: 'The tasks, by due instant.', content: json('TaskList') } },
  },
  'GET /api/{commune}/staff/tasks/{id}': {
    summary: 'A task',
    description: 'With its activity, presigned links to its files, whether the reader watches it, and `overdue` from the clock.',
    tag: 'staff-work',
    access: 'staff',
    pathParams: { id: 'The task’s id (ABCD-1234).' },
    responses: { 200: { description: 'The task.', content: json('TaskView'), headers: ['ETag'] } },
    errors: { 404: UNKNOWN_TASK },
  },
  'PATCH /api/{commune}/staff/tasks/{id}': {
    summary: 'Change a task',
    description:
      'Only the fields sent change; `version` is the one read. A status move must be legal (a closed task reopens to todo or doing). Workers may move and tick; editing the rest takes an agent of the task’s department or one assigned to it.',
    tag: 'staff-work',
    access: 'staff',
    body: { schema: 'TaskChange' },
    idempotent: true,
    pathParams: { id: 'The task’s id.' },
    responses: {
      200: {
        description: 'The task as it is now, with its activity.',
        content: json('TaskView'),
        headers: ['ETag', 'Idempotent-Replayed'],
      },
    },
    errors: {
      404: UNKNOWN_TASK,
      409:
        'The task changed since it was read; the problem’s `type` says how (docs/field-app.md): `urn:tandem:problem:task-changed`, ' +
        '`…task-cancelled` (a move asked of a cancelled task), `…task-reassigned` (the reader was once assigned and no longer is; ' +
        'only to them — anyone else gets a 403), `…task-already-done`; `current` holds its status, version and `assignedToYou`.',
      422: 'An illegal status move, nothing to change, an unknown department, assignee or project.',
    },
  },
  'POST /api/{commune}/staff/tasks/{id}/comments': commentContract('task'),
  'POST /api/{commune}/staff/projects/{id}/comments': commentContract('project'),
  'PUT /api/{commune}/staff/tasks/{id}/watch': watchContract('task', true),
  'DELETE /api/{commune}/staff/tasks/{id}/watch': watchContract('task', false),
  'PUT /api/{commune}/staff/projects/{id}/watch': watchContract('project', true),
  'DELETE /api/{commune}/staff/projects/{id}/watch': watchContract('project', false),
  // Staff comments on reports and permits: the same comments as tasks', never shown outside the staff (docs/work.md).
  'POST /api/{commune}/staff/reports/{code}/comments': commentContract('report'),
  'PUT /api/{commune}/staff/reports/{code}/watch': watchContract('report', true),
  'DELETE /api/{commune}/staff/reports/{code}/watch': watchContract('report', false),
  'POST /api/{commune}/staff/permits/{code}/comments': commentContract('permit'),
  'PUT /api/{commune}/staff/permits/{code}/watch': watchContract('permit', true),
  'DELETE /api/{commune}/staff/permits/{code}/watch': watchContract('permit', false),
  'GET /api/{commune}/staff/my-work': {
    summary: 'My work',
    description:
      '`assigned`: open assignments by due instant; `overdue`: those due before now; `week`: those due this Brussels week; `mentioned`: where the reader or one of their departments was mentioned, newest first; `watching`: what the reader watches.',
    tag: 'staff-work',
    access: 'staff',
    query: MyWorkQuery,
    responses: { 200: { description: 'The list.', content: json('MyWork') } },
  },
  'GET /api/{commune}/staff/boards/{department}': {
    summary: 'A department’s board',
    description:
      'One column per status, each its first page (open ones: the 50 due soonest; done and cancelled: the 20 closed last) with a cursor in `cursors` when it holds more, and the opinions the department still owes on permit requests. With `status` and `cursor`: the next page of that one column (a `BoardColumnPage`).',
    tag: 'staff-work',
    access: 'staff',
    query: BoardQuery,
    pathParams: { department: 'A department code of the commune.' },
    responses: { 200: { description: 'The board, or the next page of one column.', content: json('BoardAnswer') } },
    errors: {
      400: 'A cursor without `status`, or one that is not from this column of this board.',
      404: 'Unknown commune or department.',
    },
  },
  'GET /api/{commune}/staff/recurrences': {
    summary: 'The commune’s recurring tasks',
    description: 'Workers see their departments’ ones. Each with its rule in words (French) and its next days.',
    tag: 'staff-recurring',
    access: 'staff',
    responses: { 200: { description: 'Every recurrence, by id.', content: json('RecurrenceList') } },
  },
  'POST /api/{commune}/staff/recurrences': {
    summary: 'Set up a recurring task',
    description:
      'The scheduler makes its tasks up to three weeks ahead, each due at `time` (Brussels) on each day of `rule` from `start`, never twice.',
    tag: 'staff-recurring',
    access: 'staff',
    body: { schema: 'RecurrenceInput' },
    idempotent: true,
    responses: {
      201: { description: 'Set up.', content: json('RecurrenceView'), headers: ['Location'] },
      200: {
        description: 'A retry with the same Idempotency-Key: the recurrence the first request set up.',
        content: json('RecurrenceView'),
        headers: ['Idempotent-Replayed'],
      },
    },
    errors: {
      409: 'The recurrence is being saved right now: try again in a moment.',
      422: 'Some fields are not valid: a rule part that cannot be read (named in the reason), an unknown department or one that only reviews permits.',
    },
  },
  'PATCH /api/{commune}/staff/recurrences/{id}': {
    summary: 'Change a recurring task',
    description: 'Tasks already made stay as they are; the change applies to the days not made yet.',
    tag: 'staff-recurring',
    access: 'staff',
    body: { schema: 'RecurrenceChange' },
    idempotent: true,
    pathParams: { id: 'The recurrence’s id.' },
    responses: { 200: { description: 'The recurrence as it is now.', content: json('RecurrenceView') } },
    errors: {
      404: 'Unknown commune, or no recurrence has this id.',
      409: STALE,
      422: 'Some fields are not valid: a rule part that cannot be read, an unknown department or one that only reviews permits.',
    },
  },
  'DELETE /api/{commune}/staff/recurrences/{id}': {
    summary: 'Delete a recurring task',
    description: 'The tasks it made stay.',
    tag: 'staff-recurring',
    access: 'staff',
    query: RecurrenceDeleteQuery,
    pathParams: { id: 'The recurrence’s id.' },
    responses: { 204: { description: 'Deleted.' } },
    errors: { 404: 'Unknown commune, or no recurrence has this id.', 409: STALE },
  },
  'POST /api/{commune}/staff/reports/{code}/work-orders': {
    summary: 'Make a work order from a report',
    description:
      'A task for a department (by default the report’s) with the report’s place, words, questions and answers and copies of its photos; it links the report, and the report’s staff timeline names it.',
    tag: 'staff-recurring',
    access: 'staff',
    body: { schema: 'WorkOrderInput' },
    idempotent: true,
    responses: {
      201: { description: 'Made.', content: json('TaskView'), headers: ['Location'] },
      200: {
        description: 'A retry with the same Idempotency-Key: the task the first request made.',
        content: json('TaskView'),
        headers: ['Idempotent-Replayed'],
      },
    },
    errors: {
      404: 'Unknown commune, or no report has this code.',
      409: 'The work order is being saved right now: try again in a moment.',
      422: 'Some fields are not valid, an unknown department or one that only reviews permits.',
    },
  },
  'GET /api/{commune}/staff/notifications': {
    summary: 'My notifications',
    description:
      'The caller’s own notifications, newest first, a page at a time (ids and states only: the item is read through its own route). Kept 90 days.',
    tag: 'staff-notifications',
    access: 'staff',
    query: NotificationListQuery,
    responses: { 200: { description: 'A page of notifications.', content: json('NotificationPage'), headers: ['Cache-Control'] } },
  },
  'GET /api/{commune}/staff/notifications/unread': {
    summary: 'How many of my notifications are unread',
    description: 'Counted from a sparse index of the unread ones; the count stops at 100 (`capped`).',
    tag: 'staff-notifications',
    access: 'staff',
    responses: { 200: { description: 'The unread count.', content: json('UnreadCount'), headers: ['Cache-Control'] } },
  },
  'POST /api/{commune}/staff/notifications/read': {
    summary: 'Mark my notifications read',
    description:
      'Some (`ids`, from the list) or all (`all: true`). Marking one already read, or unknown, changes nothing: a retry is harmless.',
    tag: 'staff-notifications',
    access: 'staff',
    body: { schema: 'MarkReadInput' },
    responses: { 200: { description: 'How many were marked, and the unread count now.', content: json('MarkReadAnswer') } },
  },
  'GET /api/{commune}/staff/notifications/preferences': {
    summary: 'How I am told of my notifications',
    description: 'In the app only, a daily e-mail digest (the default, until the person chooses), or push.',
    tag: 'staff-notifications',
    access: 'staff',
    responses: { 200: { description: 'The caller’s choice.', content: json('NotificationPrefs') } },
  },
  'PUT /api/{commune}/staff/notifications/preferences': {
    summary: 'Choose how I am told of my notifications',
    description:
      'Push also needs this browser registered (PUT …/notifications/push): mentions and assignments are then pushed. Putting the same choice again changes nothing.',
    tag: 'staff-notifications',
    access: 'staff',
    body: { schema: 'NotificationPrefsInput' },
    responses: { 200: { description: 'The caller’s choice now.', content: json('NotificationPrefs') } },
  },
  'GET /api/{commune}/staff/notifications/push': {
    summary: 'The Web Push key',
    description:
      'The VAPID public key a browser subscribes with (`pushManager.subscribe({ applicationServerKey })`). One key pair for the platform.',
    tag: 'staff-notifications',
    access: 'staff',
    responses: { 200: { description: 'The public key.', content: json('PushKey') } },
    errors: { 503: 'Web Push is not configured on this platform.' },
  },
  'PUT /api/{commune}/staff/notifications/push': {
    summary: 'Register this browser for push',
    description:
      'The browser’s `PushSubscription.toJSON()`. Registering the same endpoint again renews it (kept 60 days after the last registration); a push service that answers 404 or 410 removes it. Pushes carry no personal data.',
    tag: 'staff-notifications',
    access: 'staff',
    body: { schema: 'PushSubscriptionInput' },
    responses: { 200: { description: 'Registered.', content: json('PushSubscriptionAnswer') } },
    errors: { 422: 'The endpoint is not an https URL, or the keys are not a P-256 public key and a 16-byte secret (base64url).' },
  },
  'DELETE /api/{commune}/staff/notifications/push': {
    summary: 'Unregister a browser from push',
    description: 'Removes the caller’s subscription with this endpoint; none there changes nothing.',
    tag: 'staff-notifications',
    access: 'staff',
    query: PushUnsubscribeQuery,
    responses: { 200: { description: 'Not registered any more.', content: json('PushSubscriptionAnswer') } },
  },
  'GET /api/openapi.json': {
    summary: 'This document',
    tag: 'meta',
    access: 'public',
    conditional: true,
    description:
      'The OpenAPI 3.1 description of every route, generated from the route table and the zod schemas the handlers validate with.',
    responses: {
      200: {
        description: 'The OpenAPI document.',
        content: json({ raw: { type: 'object', description: 'An OpenAPI 3.1 document.' } }),
        headers: ['ETag', 'Cache-Control'],
      },
    },
  },
  'GET /api/communes': {
    summary: 'List the communes',
    tag: 'communes',
    access: 'public',
    responses: { 200: { description: 'Every commune on the platform.', content: json('CommuneList'), headers: ['Cache-Control'] } },
  },
  'GET /api/{commune}/config': {
    summary: 'A commune’s public configuration',
    tag: 'communes',
    access: 'public',
    description: 'Categories and their questions, departments, branding, map extent, response templates and permit settings.',
    responses: { 200: { description: 'The commune.', content: json('PublicCommuneConfig'), headers: ['Cache-Control'] } },
  },
  'POST /api/{commune}/uploads': {
    summary: 'Ask to upload a photo or a document',
    tag: 'reports',
    access: 'public',
    body: { schema: 'UploadRequestInput' },
    description:
      'Answers a presigned POST: send the file to `url` as multipart/form-data with `fields`, then name `key` in the report (photos) or the permit request (attachments).',
    responses: { 201: { description: 'Where and how to upload the file.', content: json('UploadTicket') } },
    errors: {
      413: 'The body is larger than 64 KiB, or the file is larger than its purpose allows.',
      415: 'The body is not JSON, or the file type is not accepted for its purpose.',
    },
  },
  'POST /api/{commune}/reports': {
    summary: 'File a report',
    tag: 'reports',
    access: 'public',
    body: { schema: 'CreateReportInput' },
    idempotent: true,
    description:
      'Photos are upload keys from POST /api/{commune}/uploads; each is checked (commune, size, declared and real type) before it is kept.',
    responses: {
      201: {
        description: 'Filed: the tracking code, the tracking page and the public view.',
        content: json('CreatedReport'),
        headers: ['Location'],
      },
      200: {
        description: 'A retry with the same Idempotency-Key: the report the first request filed.',
        content: json('CreatedReport'),
        headers: ['Idempotent-Replayed'],
      },
    },
    errors: {
      409: 'The same request is being processed: retry in a moment.',
      413: 'The body is larger than 64 KiB, or a photo is too large.',
      422: 'Some fields are not valid (unknown category, missing answers, a place outside the commune, a photo that is not one).',
    },
  },
  'POST /api/{commune}/reports/form': {
    summary: 'File a report with the report page’s HTML form (without JavaScript)',
    tag: 'reports',
    access: 'public',
    formBody: {
      description:
        'The report page’s fields (shared/src/report-form.ts), read into CreateReportInput and checked with it. A question is `answers.<category>.<question>`: only the chosen category’s are read.',
      schema: {
        type: 'object',
        properties: {
          category: { type: 'string' },
          address: {
            type: 'string',
            description: 'The place in words; located on the commune’s address register when it names one address without doubt.',
          },
          description: { type: 'string' },
          email: { type: 'string' },
        },
        patternProperties: { '^answers\\.[a-z][a-z0-9-]*\\.[a-z][a-z0-9_]*$': { type: 'string' } },
      },
    },
    description:
      'For browsers without JavaScript: no photo, no sign-in. A form cannot send an Idempotency-Key: the same words posted again the same Brussels day are the same report (a browser resending the form files nothing twice). Errors are an accessible HTML page (French, the fields at fault) when the post is a form or asks for text/html; problem+json otherwise.',
    responses: {
      303: {
        description:
          'Filed, or filed by the same post before: to the report’s tracking page, whose fragment says it was received (#recu) and, with an e-mail address, to confirm it (#recu-courriel).',
        headers: ['Location'],
      },
    },
    errors: {
      409: 'The same post is being processed: retry in a moment.',
      413: 'The body is larger than 64 KiB.',
      415: 'The body is not application/x-www-form-urlencoded.',
      422: 'Some fields are not valid (no category, a description too short, no place, a place outside the commune, a missing answer).',
    },
    errorFormat: 'html',
  },
  'POST /api/{commune}/reports/{code}/reopen': {
    summary: 'Say « pas réparé » (the reporter, after a fix)',
    tag: 'reports',
    access: 'public',
    pathParams: { code: 'The tracking code.' },
    body: { schema: 'ReopenInput' },
    idempotent: true,
    description:
      'Within 30 Brussels calendar days of the fix, with the link of the « réparé » mail (`token`): the report goes back to ' +
      '« acknowledged » with the reporter’s words and photo (an upload key from POST /api/{commune}/uploads) for the staff only. ' +
      'Once per fix; a staff change landing first wins. See docs/reopen-and-satisfaction.md.',
    responses: {
      200: { description: 'Reopened (or a retry with the same Idempotency-Key): the public view.', content: json('PublicReport') },
    },
    errors: {
      403: 'The token is not a feedback link of this report.',
      404: 'No report has this code.',
      409: 'The report is no longer « fixed » by this fix (already reopened, changed, or fixed again since).',
      410: 'The 30 days to answer are over.',
      422: 'Some fields are not valid (explanation too short or too long, a photo that is not one).',
    },
  },
  'POST /api/{commune}/reports/{code}/rating': {
    summary: 'Rate the answer to a report (the reporter, after a fix)',
    tag: 'reports',
    access: 'public',
    pathParams: { code: 'The tracking code.' },
    body: { schema: 'RatingInput' },
    description:
      'Satisfied or not, with an optional comment, within 30 Brussels calendar days of the fix, with the link of the « réparé » mail. ' +
      'Once per fix: the same rating again answers 200, another one 409.',
    responses: {
      201: { description: 'Rated.', content: json('RatingDone') },
      200: { description: 'This very rating was already given.', content: json('RatingDone'), headers: ['Idempotent-Replayed'] },
    },
    errors: {
      403: 'The token is not a feedback link of this report.',
      404: 'No report has this code.',
      409: 'This fix has already been rated otherwise.',
      410: 'The 30 days to answer are over.',
      422: 'Some fields are not valid.',
    },
  },
  'GET /api/{commune}/reports/nearby': {
    summary: 'Open reports near a point',
    tag: 'reports',
    access: 'public',
    query: NearbyQuery,
    description: 'At most five open reports within 250 m, nearest first: shown before filing, to avoid duplicates.',
    responses: { 200: { description: 'The nearby open reports.', content: json('NearbyReports') } },
  },
  'GET /api/{commune}/reports/{code}': {
    summary: 'Follow a report',
    tag: 'reports',
    access: 'public',
    responses: { 200: { description: 'The public view: no e-mail, no name, no private notes.', content: json('PublicReport') } },
    errors: { 404: UNKNOWN_REPORT },
  },
  'POST /api/{commune}/auth/login': {
    summary: 'Staff sign-in',
    tag: 'staff-auth',
    access: 'public',
    body: { schema: 'LoginInput' },
    description:
      'Signed in (the ID token; the refresh token is set as an HttpOnly cookie scoped to /api/{commune}/auth/), or the next step: ' +
      '`new-password` (first sign-in), `totp` (the authenticator’s code), `totp-setup` (admins must set up an authenticator ' +
      'before they get tokens; others may ask for it with `setUpTotp`). See docs/staff-sign-in.md.',
    responses: { 200: { description: 'Signed in, or the next step.', content: json('SignInStep') } },
    errors: { 401: 'Wrong e-mail or password.' },
  },
  'POST /api/{commune}/auth/new-password': {
    summary: 'Choose a password at the first sign-in',
    tag: 'staff-auth',
    access: 'public',
    body: { schema: 'NewPasswordInput' },
    responses: { 200: { description: 'Signed in, or the next step.', content: json('SignInStep') } },
    errors: { 400: 'The new password does not meet the policy (newPassword).', 401: 'The session has expired: sign in again.' },
  },
  'POST /api/{commune}/auth/totp': {
    summary: 'Give the authenticator’s code',
    tag: 'staff-auth',
    access: 'public',
    body: { schema: 'TotpCodeInput' },
    responses: { 200: { description: 'Signed in.', content: json('SignInStep') } },
    errors: { 400: 'The code is not right (code).', 401: 'The session has expired (or took too many wrong codes): sign in again.' },
  },
  'POST /api/{commune}/auth/totp-setup': {
    summary: 'Finish setting up an authenticator',
    tag: 'staff-auth',
    access: 'public',
    body: { schema: 'TotpCodeInput' },
    description: 'The first code of the secret the `totp-setup` step gave: TOTP is then required at every sign-in, and this one is done.',
    responses: { 200: { description: 'Signed in.', content: json('SignInStep') } },
    errors: { 400: 'The code is not right (code).', 401: 'The set-up has expired (or took too many wrong codes): sign in again.' },
  },
  'POST /api/{commune}/auth/refresh': {
    summary: 'A new ID token',
    tag: 'staff-auth',
    access: 'public',
    description: 'Reads the refresh-token cookie; needs the `x-tandem-staff` header (CSRF). No body.',
    responses: { 200: { description: 'A new ID token.', content: json('SignedIn') } },
    errors: { 401: 'The session has expired or was signed out: sign in again.', 403: 'The x-tandem-staff header is missing.' },
  },
  'POST /api/{commune}/auth/sign-out': {
    summary: 'Sign out',
    tag: 'staff-auth',
    access: 'public',
    description: 'Revokes the refresh token of the cookie and clears the cookie; needs the `x-tandem-staff` header (CSRF). No body.',
    responses: { 204: { description: 'Signed out.' } },
    errors: { 403: 'The x-tandem-staff header is missing.' },
  },
  'POST /api/{commune}/auth/forgot-password': {
    summary: 'Ask for a password reset code',
    tag: 'staff-auth',
    access: 'public',
    body: { schema: 'ForgotPasswordInput' },
    description: 'Mails a code to the account’s address. The answer is the same whether or not the address has an account.',
    responses: { 200: { description: 'Sent, if the account exists.', content: json('ForgotPasswordAnswer') } },
  },
  'POST /api/{commune}/auth/reset-password': {
    summary: 'Set a new password with the mailed code',
    tag: 'staff-auth',
    access: 'public',
    body: { schema: 'ResetPasswordInput' },
    responses: { 204: { description: 'The new password is set: sign in with it.' } },
    errors: { 400: 'The code is wrong or has expired (code), or the password does not meet the policy (newPassword).' },
  },
  'GET /api/{commune}/staff/reports': {
    summary: 'The reports inbox',
    tag: 'staff-reports',
    access: 'staff',
    query: InboxQuery,
    description:
      'Newest first, filtered by state, category or department, paged with `cursor`. A category or department filter is read ' +
      'within a budget: a page may come back short with `partial: true` and a `cursor` to search on; no `cursor` ends the list.',
    responses: { 200: { description: 'A page of reports.', content: json('ReportInbox') } },
    errors: { 400: 'A query parameter is not valid, or the cursor belongs to another list.' },
  },
  'GET /api/{commune}/staff/reports/{code}': {
    summary: 'A report, for staff',
    tag: 'staff-reports',
    access: 'staff',
    responses: {
      200: { description: 'Everything, with the version to send back on change.', content: json('StaffReport'), headers: ['ETag'] },
    },
    errors: { 404: UNKNOWN_REPORT },
  },
  'PATCH /api/{commune}/staff/reports/{code}': {
    summary: 'Pass a report to a department, or plan it (assignee, priority, due date)',
    tag: 'staff-reports',
    access: 'staff',
    body: { schema: 'AssignInput' },
    description:
      'Only the fields sent change; `null` clears the assignee or the due date. The assignee (a staff member’s id, from ' +
      'GET /api/{commune}/staff/people) gets the report in their "my work", kept up to date by every later change.',
    idempotent: true,
    responses: { 200: staffReport },
    errors: {
      404: UNKNOWN_REPORT,
      409: STALE,
      422: 'Unknown or review-only department, or nothing changes (the report already has these values).',
    },
  },
  'GET /api/{commune}/staff/search': {
    summary: 'Search reports and permits by code, address or words',
    tag: 'staff-reports',
    access: 'staff',
    query: StaffSearchQuery,
    description:
      'A tracking code (ABCD-1234) is read by its key: the report or permit with that code, however old. Otherwise every ' +
      'word typed must be a word of the item (code, category, address, description; permit title, place, reference), ' +
      'matched over the most recent reports and permits only (`searched` says how many). Only what the person may list.',
    responses: { 200: { description: 'The reports and permits found.', content: json('StaffSearchResults') } },
    errors: { 400: 'The query is missing, too short or too long (q).' },
  },
  'POST /api/{commune}/staff/reports/{code}/transitions': {
    summary: 'Move a report to another state',
    tag: 'staff-reports',
    access: 'staff',
    body: { schema: 'TransitionInput' },
    idempotent: true,
    responses: { 200: staffReport },
    errors: { 404: UNKNOWN_REPORT, 409: STALE, 422: 'A move the state machine does not allow, or a duplicate without its original.' },
  },
  'POST /api/{commune}/staff/reports/{code}/updates': {
    summary: 'Write a public update or a private note',
    tag: 'staff-reports',
    access: 'staff',
    body: { schema: 'UpdateInput' },
    idempotent: true,
    responses: { 200: staffReport },
    errors: { 404: UNKNOWN_REPORT, 409: STALE },
  },
  'POST /api/{commune}/permits': {
    summary: 'Ask for an authorisation (or save a draft)',
    tag: 'permits',
    access: 'public',
    body: { schema: 'CreatePermitInput' },
    idempotent: true,
    description:
      'With `submit: false` only the shape is checked (a draft); submitted, the commune’s rules too (dates, lead time, place, documents). The private key in the answer is shown once: keep it.',
    responses: {
      201: { description: 'Saved: the tracking code and the private key.', content: json('CreatedPermit'), headers: ['Location'] },
      200: {
        description: 'A retry with the same Idempotency-Key: the same code and key.',
        content: json('CreatedPermit'),
        headers: ['Idempotent-Replayed'],
      },
    },
    errors: {
      404: 'Unknown commune, or it does not take this kind of request online.',
      409: 'The same request is being saved right now: try again in a moment.',
      422: 'Some fields are not valid, or the request breaks the commune’s rules (`issues` gives each rule’s code).',
      503: 'No tracking code could be drawn: try again.',
    },
  },
  'GET /api/{commune}/permits/{code}': {
    summary: 'Follow a request',
    tag: 'permits',
    access: 'optional-permit-key',
    description:
      'With the tracking code alone: public fields and the poster. With the private key (x-permit-key): everything the requester sent, and every document.',
    responses: {
      200: {
        description: 'The public view, or the requester’s view with the key.',
        content: json(['PublicPermit', 'RequesterPermit']),
        headers: ['ETag'],
      },
    },
    errors: { 403: 'This private key does not open this request.', 404: UNKNOWN_PERMIT },
  },
  'PUT /api/{commune}/permits/{code}': {
    summary: 'Edit a draft, or complete a request sent back',
    tag: 'permits',
    access: 'permit-key',
    body: { schema: 'UpdatePermitInput' },
    idempotent: true,
    description: '`submit: true` (re)submits it after saving.',
    responses: { 200: requesterPermit },
    errors: {
      401: 'No private key: send the one you received in x-permit-key.',
      403: 'This private key does not open this request.',
      404: UNKNOWN_PERMIT,
      409: 'The request changed since you read it, or it can no longer be changed.',
      422: 'Some fields are not valid, or the request breaks the commune’s rules.',
    },
  },
  'POST /api/{commune}/permits/{code}/withdraw': {
    summary: 'Withdraw a request',
    tag: 'permits',
    access: 'permit-key',
    body: { schema: 'WithdrawPermitInput' },
    idempotent: true,
    responses: { 200: requesterPermit },
    errors: {
      401: 'No private key: send the one you received in x-permit-key.',
      403: 'This private key does not open this request.',
      404: UNKNOWN_PERMIT,
      409: 'The request changed since you read it, or it can no longer be withdrawn.',
    },
  },
  'GET /api/{commune}/staff/permits': {
    summary: 'The permits inbox',
    tag: 'staff-permits',
    access: 'staff',
    query: PermitInboxQuery,
    description:
      '`view=todo`: waiting for the handling department, soonest first; `opinions`: waiting for an opinion of one of my departments; `all`: every request I may see, newest first, paged. With `from` and `to` (a period of at most 62 days, for the staff calendar): the requests I may see whose days meet the period, being handled or issued or running (or in `state`), soonest first day first, unpaged (`partial` when more than `limit` matched).',
    responses: { 200: { description: 'The requests.', content: json('PermitInbox') } },
    errors: {
      400: 'A query parameter is not valid (`from` without `to`, a backwards or too long period), or the cursor belongs to another list.',
    },
  },
  'GET /api/{commune}/staff/permits/{code}': {
    summary: 'A request, for staff',
    tag: 'staff-permits',
    access: 'staff',
    responses: {
      200: {
        description: 'Everything, with opinions, decision, attachments and the version.',
        content: json('StaffPermit'),
        headers: ['ETag'],
      },
    },
    errors: { 403: 'Another commune’s token, or a request neither handled nor reviewed by your departments.', 404: UNKNOWN_PERMIT },
  },
  'POST /api/{commune}/staff/permits/{code}/transitions': {
    summary: 'Move a request (review, ask, opinions, decide, issue, cancel)',
    tag: 'staff-permits',
    access: 'staff',
    body: { schema: 'PermitTransitionInput' },
    idempotent: true,
    description: 'Issuing draws the year’s reference number and renders the authorisation and the poster (PDF).',
    responses: { 200: staffPermit },
    errors: {
      403: 'Only the handling department or an admin decides on this request.',
      404: UNKNOWN_PERMIT,
      409: `${STALE} Or someone else is issuing it right now.`,
      422: 'A move the permit’s states do not allow now, or a missing message or conditions.',
    },
  },
  'POST /api/{commune}/staff/permits/{code}/updates': {
    summary: 'Write to the requester, or a private note',
    tag: 'staff-permits',
    access: 'staff',
    body: { schema: 'PermitUpdateInput' },
    idempotent: true,
    responses: { 200: staffPermit },
    errors: { 403: 'Only the handling department writes to the requester.', 404: UNKNOWN_PERMIT, 409: STALE },
  },
  'POST /api/{commune}/staff/permits/{code}/opinions/{department}': {
    summary: 'Give a department’s opinion',
    tag: 'staff-permits',
    access: 'staff',
    body: { schema: 'OpinionInput' },
    idempotent: true,
    pathParams: { department: 'The department giving its opinion (one of yours).' },
    responses: { 200: staffPermit },
    errors: {
      403: 'Only that department (or an admin) gives this opinion.',
      404: `${UNKNOWN_PERMIT} Or no opinion was asked of this department.`,
      409: 'The opinion was already given, or the request no longer waits for opinions.',
    },
  },
  'GET /api/{commune}/map/items': {
    summary: 'What the public map shows',
    tag: 'map',
    access: 'public',
    query: MapQuery,
    description:
      'Items live on a day (default today, Europe/Brussels) or in a window of at most 92 days, within a viewport of at most 1° a side (default the commune), of the kinds asked; plus open reports.',
    responses: { 200: { description: 'A GeoJSON FeatureCollection.', content: json('MapFeatureCollection'), headers: ['Cache-Control'] } },
    errors: {
      400: 'A query parameter is not valid: a date, a window that ends before it starts or is too long, a bbox out of range or too large, an unknown kind.',
    },
  },
  'GET /api/{commune}/addresses/nearest': {
    summary: 'The nearest address to a point',
    tag: 'addresses',
    access: 'public',
    query: NearestAddressQuery,
    description:
      'The numbered point of the commune’s address register nearest to lat/lng, within 90 m (the point’s geohash-7 cell and its neighbours are read, nothing else). Cached a minute.',
    responses: {
      200: {
        description: 'The address, its position and its distance in metres.',
        content: json('AddressMatch'),
        headers: ['Cache-Control'],
      },
    },
    errors: { 404: 'Unknown commune, no address register, or no address within 90 m.' },
  },
  'GET /api/{commune}/addresses/search': {
    summary: 'Locate a typed address',
    tag: 'addresses',
    access: 'public',
    query: AddressSearchQuery,
    description:
      'Up to 8 matches of a typed street and number (« rue de la station 12 », « r. de la Station 12A, 7060 Soignies »): the street name is folded (accents, case, the street type and its abbreviations, leading particles) and looked up by prefix; then the number (12 also finds 12A). A street found without the number asked comes with its middle point. `register: false` when the commune has none.',
    responses: { 200: { description: 'The matches, best first.', content: json('AddressMatches'), headers: ['Cache-Control'] } },
  },
  'GET /api/{commune}/collections': {
    summary: 'A street’s next waste collections',
    tag: 'collections',
    access: 'public',
    query: CollectionsQuery,
    description:
      'The streets assigned to zones that answer what was typed (folded as the address lookups fold it; a house number is ignored), up to 8; and, when one street is meant without doubt, its zone, each kind’s next collection day from today (Europe/Brussels) and the next collection days, with the zone’s feed. Cached five minutes.',
    responses: {
      200: { description: 'The matches, and the street found.', content: json('CollectionsAnswer'), headers: ['Cache-Control'] },
    },
  },
  'GET /api/feeds/{commune}/{feed}': {
    summary: 'A zone’s waste collections as an iCalendar feed',
    tag: 'collections',
    access: 'public',
    conditional: true,
    pathParams: { feed: 'collectes-<zone>.ics, the zone’s id (e.g. collectes-zone-a.ics); any other name is a 404.' },
    description:
      'One all-day event per collection day and kind, last year to next year, each with an alarm the evening before (19:00); UIDs stable across imports.',
    responses: {
      200: {
        description: 'iCalendar (RFC 5545).',
        content: { type: 'text/calendar', schema: { raw: { type: 'string' } } },
        headers: ['ETag', 'Cache-Control'],
      },
    },
    errors: { 404: 'Not a collections feed’s name, or no calendar has this zone.' },
  },
  'POST /api/{commune}/collections/reminders': {
    summary: 'Be reminded of a zone’s collections the evening before, by e-mail',
    tag: 'collections',
    access: 'public',
    body: { schema: 'CollectionReminderInput' },
    description:
      'The address first gets a fixed-text confirmation mail only; once confirmed, a welcome mail, then, from 18:00 (Brussels) the ' +
      'evening before each collection of the zone, a mail listing tomorrow’s kinds, each with an unsubscribe link. The answer is ' +
      'the same whatever the address’s state; signing up again changes nothing.',
    responses: { 202: { description: 'Check your mail (the same answer for every address).', content: json('WatchAnswer') } },
    errors: { 422: 'No zone of this commune has this id.' },
  },
  'DELETE /api/{commune}/collections/reminders/{key}': {
    summary: 'Stop the evening-before collection reminders',
    tag: 'collections',
    access: 'public',
    pathParams: { key: 'The unsubscribe link’s key (`<zone>.<address hash>.<secret>`).' },
    description: 'The same answer whether the address was reminded or not.',
    responses: { 204: { description: 'No more reminders.' } },
    errors: { 404: 'Not an unsubscribe key.' },
  },
  'GET /api/{commune}/staff/collections': {
    summary: 'The waste collection calendar in use',
    tag: 'staff-collections',
    access: 'staff',
    description:
      'Each year imported with its zones and their collections per kind, when and by whom; the streets by zone; the import’s limits.',
    responses: { 200: { description: 'The calendar and the streets.', content: json('CollectionsState') } },
  },
  'PUT /api/{commune}/staff/collections/calendar/{year}': {
    summary: 'Import a year’s waste collection calendar',
    tag: 'staff-collections',
    access: 'staff',
    pathParams: { year: 'The calendar’s year (2000–2100): every date of the file must be in it.' },
    query: CollectionImportQuery,
    textBody: {
      type: 'text/csv',
      also: ['text/calendar'],
      description:
        'CSV (comma, semicolon or tab; header row): zone,date,kind — dates 2026-01-06 or 06/01/2026, the kind in words (PMC, papiers-cartons, ordures ménagères, verre, encombrants; « PMC - Papiers » is two). Or one zone’s iCalendar (with ?zone=): each VEVENT’s DTSTART and SUMMARY. At most 512 KiB. See docs/collections.md.',
    },
    description:
      'Replaces the year’s calendar; with ?zone=, only that zone of it. The same file again answers unchanged: true and writes nothing.',
    responses: { 200: { description: 'The year’s zones now in use.', content: json('CollectionImportResult') } },
    errors: {
      404: 'Not a year.',
      409: 'Another import changed this year meanwhile.',
      413: 'The file is larger than 512 KiB.',
      415: 'The body is neither text/csv nor text/calendar.',
      422: 'Some lines are not valid (invalid-params names each: « line 4, column date »), no collection at all, or an iCalendar file without ?zone=: nothing was imported.',
    },
  },
  'PUT /api/{commune}/staff/collections/streets': {
    summary: 'Assign streets to waste collection zones',
    tag: 'staff-collections',
    access: 'staff',
    textBody: {
      type: 'text/csv',
      description:
        'CSV: street,zone[,postcode]. Each zone must be one an imported calendar names; with an address register, each street must be one of its streets.',
    },
    description: 'Replaces every assignment. The same file again answers unchanged: true and writes nothing.',
    responses: { 200: { description: 'The streets now assigned, per zone.', content: json('StreetZonesImportResult') } },
    errors: {
      409: 'Another import changed the streets meanwhile.',
      413: 'The file is larger than 512 KiB.',
      415: 'The body is not text/csv.',
      422: 'Some lines are not valid (unknown zone or street, a street in two zones…): nothing was imported.',
    },
  },
  'GET /api/{commune}/staff/addresses': {
    summary: 'The address register in use',
    tag: 'staff-addresses',
    access: 'staff',
    description:
      'What the last import loaded (points, streets, its version, when and by whom; register: null before any import) and the import’s limits (file size, points), for the admins’ screen.',
    responses: { 200: { description: 'The register in use and the limits.', content: json('AddressRegisterState') } },
  },
  'PUT /api/{commune}/staff/addresses': {
    summary: 'Import the address register',
    tag: 'staff-addresses',
    access: 'staff',
    query: AddressImportQuery,
    textBody: {
      type: 'text/csv',
      description:
        'UTF-8 CSV (comma, semicolon or tab), header row: the BeST-Address export (EPSG:4326_lat, EPSG:4326_lon, house_number, box_number, postcode, postname_fr, streetname_fr, municipality_name_fr, status…) or street,number,postcode,lat,lng[,section][,municipality]. At most 4 MiB. See docs/addresses.md.',
    },
    description:
      'Replaces the whole register (admins). The same file again answers unchanged: true and writes nothing. Lookups keep reading the previous register until the new one is whole, then its records are removed. With refused=leave-out, a file with a few refused rows (fewer than 20 problems, none in the header) is imported without them and the answer lists them.',
    responses: { 200: { description: 'The register now in use.', content: json('AddressImportResult') } },
    errors: {
      409: 'Another import replaced the register meanwhile.',
      413: 'The file is larger than 4 MiB.',
      415: 'The body is not text/csv.',
      400: 'The refused query parameter is neither refuse-file nor leave-out.',
      422: 'Some rows are not valid (invalid-params names each: « line 14, column house_number »; with refused=leave-out: 20 problems or more, or the header), or no row at all: nothing was imported.',
    },
  },
  'GET /api/feeds/{commune}/map.geojson': {
    summary: 'The map as a GeoJSON feed',
    tag: 'feeds',
    access: 'public',
    query: MapQuery,
    conditional: true,
    description: 'Every live item (ending today or later), or those of the date, window, viewport and kinds asked.',
    responses: {
      200: {
        description: 'GeoJSON (RFC 7946).',
        content: { type: 'application/geo+json', schema: 'GeoJsonFeed' },
        headers: ['ETag', 'Cache-Control'],
      },
    },
  },
  'GET /api/feeds/{commune}/waze-cifs.json': {
    summary: 'The road closures as a Waze CIFS feed',
    tag: 'feeds',
    access: 'public',
    conditional: true,
    responses: { 200: { description: 'Waze for Cities CIFS (JSON).', content: json('CifsFeed'), headers: ['ETag', 'Cache-Control'] } },
  },
  'GET /api/feeds/{commune}/agenda.ics': {
    summary: 'Works, closures and events as an iCalendar feed',
    tag: 'feeds',
    access: 'public',
    conditional: true,
    responses: {
      200: {
        description: 'iCalendar (RFC 5545), times in Europe/Brussels.',
        content: { type: 'text/calendar', schema: { raw: { type: 'string' } } },
        headers: ['ETag', 'Cache-Control'],
      },
    },
  },
  'GET /api/{commune}/staff/map/items': {
    summary: 'Every map item, for staff',
    tag: 'staff-map',
    access: 'staff',
    responses: { 200: { description: 'Every item with its version, last changed first.', content: json('StaffMapItems') } },
  },
  'POST /api/{commune}/staff/map/items': {
    summary: 'Publish a map item',
    tag: 'staff-map',
    access: 'staff',
    body: { schema: 'MapItemInput' },
    idempotent: true,
    responses: {
      201: { description: 'Published.', content: json('StaffMapItem'), headers: ['Location'] },
      200: {
        description: 'A retry with the same Idempotency-Key: the item the first request published.',
        content: json('StaffMapItem'),
        headers: ['Idempotent-Replayed'],
      },
    },
    errors: {
      409: 'The item is being saved right now: try again in a moment.',
      422: 'Some fields are not valid, a place outside the commune, an area that crosses itself, or an unknown cause.',
    },
  },
  'PUT /api/{commune}/staff/map/items/{id}': {
    summary: 'Edit a map item',
    tag: 'staff-map',
    access: 'staff',
    body: { schema: 'MapItemUpdate' },
    pathParams: { id: 'The map item’s id.' },
    responses: { 200: { description: 'The item as it is now.', content: json('StaffMapItem') } },
    errors: {
      404: 'Unknown commune, or no map item has this id.',
      409: `${STALE} Or the item comes from a permit or a report: change it there.`,
      422: 'Some fields are not valid, a place outside the commune, an area that crosses itself, or an unknown cause.',
    },
  },
  'DELETE /api/{commune}/staff/map/items/{id}': {
    summary: 'Remove a map item',
    tag: 'staff-map',
    access: 'staff',
    query: MapItemDeleteQuery,
    pathParams: { id: 'The map item’s id.' },
    responses: { 204: { description: 'Removed.' } },
    errors: {
      404: 'Unknown commune, or no map item has this id.',
      409: `${STALE} Or the item comes from a permit or a report: change it there.`,
    },
  },
  'GET /api/{commune}/staff/open311/keys': {
    summary: 'The commune’s Open311 API keys',
    description: 'Admins only. The key itself is never shown again after it was issued.',
    tag: 'staff-open311',
    access: 'staff',
    responses: { 200: { description: 'Every key: its id, application, when and by whom it was issued.', content: json('Open311KeyList') } },
  },
  'POST /api/{commune}/staff/open311/keys': {
    summary: 'Issue an Open311 API key',
    description: 'Admins only. The answer carries the key: give it to the application; only its hash is kept.',
    tag: 'staff-open311',
    access: 'staff',
    body: { schema: 'Open311KeyInput' },
    responses: { 201: { description: 'Issued.', content: json('IssuedOpen311Key') } },
  },
  'DELETE /api/{commune}/staff/open311/keys/{id}': {
    summary: 'Revoke an Open311 API key',
    description: 'Admins only. The application’s next POST is refused (403).',
    tag: 'staff-open311',
    access: 'staff',
    pathParams: { id: 'The key’s id (the part before the dot).' },
    responses: { 204: { description: 'Revoked.' } },
    errors: { 404: 'Unknown commune, or no key has this id.' },
  },
  'GET /api/{commune}/staff/accounts': {
    summary: 'The commune’s staff accounts',
    description: 'Admins only. One page of accounts (at most 60) with their role, departments and status; `next` names the following page.',
    tag: 'staff-accounts',
    access: 'staff',
    query: StaffAccountQuery,
    responses: { 200: { description: 'A page of accounts.', content: json('StaffAccountList') } },
  },
  'POST /api/{commune}/staff/accounts': {
    summary: 'Invite a staff member',
    description:
      'Admins only. Creates the account; Cognito mails the person a temporary password (locally: the outbox). A retry with the same data answers 200 with the account; the same e-mail with other data is a 409.',
    tag: 'staff-accounts',
    access: 'staff',
    body: { schema: 'StaffAccountInvite' },
    responses: {
      201: { description: 'Invited.', content: json('StaffAccount') },
      200: { description: 'Already invited with exactly these data (a retry).', content: json('StaffAccount') },
    },
    errors: {
      409: 'An account with this e-mail exists with other data: change it with PATCH.',
      422: 'Some fields are not valid, an unknown role or an unknown department (named in invalid-params).',
    },
  },
  'PATCH /api/{commune}/staff/accounts/{id}': {
    summary: 'Change a staff member’s role, departments or name',
    description: 'Admins only. Their groups change at once; their next token (sign-in or refresh) carries them.',
    tag: 'staff-accounts',
    access: 'staff',
    body: { schema: 'StaffAccountChange' },
    pathParams: { id: 'The account’s id.' },
    responses: { 200: { description: 'The account as it is now.', content: json('StaffAccount') } },
    errors: {
      404: 'Unknown commune, or no account has this id.',
      409: 'An admin cannot take the admin role away from themselves.',
      422: 'Some fields are not valid, an unknown role or an unknown department (named in invalid-params).',
    },
  },
  'POST /api/{commune}/staff/accounts/{id}/disable': {
    summary: 'Disable a staff account',
    description: 'Admins only. The person can no longer sign in, and their refresh tokens are revoked (AdminUserGlobalSignOut).',
    tag: 'staff-accounts',
    access: 'staff',
    pathParams: { id: 'The account’s id.' },
    responses: { 200: { description: 'The account as it is now.', content: json('StaffAccount') } },
    errors: { 404: 'Unknown commune, or no account has this id.', 409: 'An admin cannot disable their own account.' },
  },
  'POST /api/{commune}/staff/accounts/{id}/enable': {
    summary: 'Enable a staff account again',
    description: 'Admins only.',
    tag: 'staff-accounts',
    access: 'staff',
    pathParams: { id: 'The account’s id.' },
    responses: { 200: { description: 'The account as it is now.', content: json('StaffAccount') } },
    errors: { 404: 'Unknown commune, or no account has this id.' },
  },
  'GET /api/{commune}/staff/projects': {
    summary: 'Every project of the commune',
    tag: 'staff-projects',
    access: 'staff',
    query: ProjectListQuery,
    description: 'By start day (projects without one last), filtered by status, kind and taking-part department.',
    responses: { 200: { description: 'The projects.', content: json('ProjectList') } },
    errors: { 400: 'A filter is not valid.' },
  },
  'POST /api/{commune}/staff/projects': {
    summary: 'Start a project',
    tag: 'staff-projects',
    access: 'staff',
    body: { schema: 'ProjectInput' },
    idempotent: true,
    description:
      'With `template`, the template’s tasks are created with the project, each due `offsetDays` from the anchor day at ' +
      'the step’s time in Europe/Brussels. The first department leads: an agent starts projects led by one of theirs.',
    responses: {
      201: { description: 'Started, with its activity and progress.', content: json('ProjectView'), headers: ['Location', 'ETag'] },
      200: {
        description: 'A retry with the same Idempotency-Key: the project the first request started (no task twice).',
        content: json('ProjectView'),
        headers: ['Idempotent-Replayed'],
      },
    },
    errors: {
      409: 'The same request is being saved right now: try again in a moment.',
      422: 'Some fields are not valid: a department, PST objective or template the commune does not have, or an end before the start.',
    },
  },
  'GET /api/{commune}/staff/projects/{id}': {
    summary: 'A project, with its activity and progress',
    tag: 'staff-projects',
    access: 'staff',
    pathParams: { id: 'The project’s id (ABCD-1234).' },
    responses: {
      200: {
        description: 'The project; progress counts its tasks done out of those not cancelled.',
        content: json('ProjectView'),
        headers: ['ETag'],
      },
    },
    errors: { 404: 'Unknown commune, or no project has this id.' },
  },
  'PATCH /api/{commune}/staff/projects/{id}': {
    summary: 'Change a project',
    tag: 'staff-projects',
    access: 'staff',
    body: { schema: 'ProjectChange' },
    idempotent: true,
    pathParams: { id: 'The project’s id (ABCD-1234).' },
    responses: { 200: { description: 'The project as it is now.', content: json('ProjectView'), headers: ['ETag'] } },
    errors: {
      404: 'Unknown commune, or no project has this id.',
      409: STALE,
      422: 'Some fields are not valid: a department or PST objective the commune does not have, or an end before the start.',
    },
  },
  'GET /api/{commune}/staff/projects/{id}/tasks': {
    summary: 'A project’s tasks',
    tag: 'staff-projects',
    access: 'staff',
    pathParams: { id: 'The project’s id (ABCD-1234).' },
    responses: { 200: { description: 'Its tasks, by due instant (those without one last).', content: json('ProjectTaskList') } },
    errors: { 404: 'Unknown commune, or no project has this id.' },
  },
  'GET /api/{commune}/staff/audit': {
    summary: 'The audit log',
    tag: 'staff-audit',
    access: 'staff',
    query: AuditQuery,
    description:
      'Admins only. Newest first, over a period of Brussels calendar days (default: the last 30 days), filtered by staff ' +
      'member, item or action, paged with `cursor`. A filter is read within a budget: a page may come back short with ' +
      '`partial: true` and a `cursor` to search on; no `cursor` ends the list.',
    responses: { 200: { description: 'A page of entries.', content: json('AuditLogPage') } },
    errors: { 400: 'A query parameter is not valid (a day, the period, an action), or the cursor belongs to another list or period.' },
  },
  'GET /api/{commune}/staff/audit.csv': {
    summary: 'Export the audit log (CSV)',
    tag: 'staff-audit',
    access: 'staff',
    query: AuditQuery,
    description:
      'Admins only. The same filters as the list, every entry of the period in one CSV file (UTF-8 with a byte order mark, ' +
      "a header row, RFC 4180 quoting; a cell that starts with = + - @ is prefixed with ' so that spreadsheets show it as text). " +
      `Columns: at (Brussels time with offset), action, staff_name, staff_email, staff_sub, item_kind, item_id, detail, route, request_id.`,
    responses: {
      200: {
        description: 'The entries, newest first.',
        content: { type: 'text/csv', schema: { raw: { type: 'string', description: 'CSV with a header row (RFC 4180).' } } },
      },
    },
    errors: { 400: 'A query parameter is not valid, or more than 10 000 entries match: choose a shorter period.' },
  },
  'GET /api/{commune}/staff/changes': {
    summary: 'Catch up on the live changes missed (real-time feed)',
    tag: 'staff-reports',
    access: 'staff',
    query: ChangesQuery,
    description:
      'The changes of reports, permits, tasks and projects since the message id `since` (the last one the WebSocket ' +
      '`wss://<site>/realtime` delivered), oldest first, each once, on the `topics` asked (comma-separated, as the socket ' +
      'names them: reports, permits, tasks, projects, report:<code>, permit:<code>, task:<id>, project:<id>, board:<department>, ' +
      'user:<sub>). Only ids and states; only what the person may see through the same lists and items; kept ' +
      'three days (docs/realtime.md). With `next`, more may follow: ask again with since=next.',
    responses: { 200: { description: 'The changes missed.', content: json('RealtimeChanges') } },
    errors: { 400: 'A query parameter is not valid: since is not a message id, a topic is not one, more than 50 topics.' },
  },
  'GET /api/{commune}/staff/stats': {
    summary: 'Statistics of a period',
    tag: 'staff-stats',
    access: 'staff',
    query: StatsQuery,
    description:
      'Agents and admins. Over a period of Brussels calendar days (default: the 30 days up to today; at most 366), for the ' +
      'commune or one department: reports received and closed, hours from filing to closure (median and 90th percentile, as ' +
      'spreadsheets compute them), reports open past their category’s SLA, permit requests by kind with the days to their ' +
      'decision, and tasks done per week. Reports come from a nightly rollup; today (and a day not rolled up yet) is computed ' +
      'live: `coverage` says which (docs/statistics.md).',
    responses: { 200: { description: 'The figures.', content: json('StatsView') } },
    errors: { 400: 'A query parameter is not valid: a day, a period longer than 366 days or backwards, an unknown department.' },
  },
  'GET /api/{commune}/staff/stats.csv': {
    summary: 'Export one table of the statistics (CSV)',
    tag: 'staff-stats',
    access: 'staff',
    query: StatsCsvQuery,
    description:
      'Agents and admins. The same figures as the JSON, one table per file (`table`): departments (department, received, ' +
      'closed, median_hours_to_close, p90_hours_to_close, overdue), days (day, received, closed), permits (kind, submitted, ' +
      `decided, median_days_to_decide, p90_days_to_decide) or tasks (week, done). ${CSV_NOTE}`,
    responses: {
      200: {
        description: 'The table.',
        content: { type: 'text/csv', schema: { raw: { type: 'string', description: 'CSV with a header row (RFC 4180).' } } },
      },
    },
    errors: { 400: 'A query parameter is not valid: a day, the period, the table, an unknown department.' },
  },
  'GET /api/{commune}/staff/reports.csv': {
    summary: 'Export the reports inbox (CSV)',
    tag: 'staff-stats',
    access: 'staff',
    query: ReportsExportQuery,
    description:
      'Agents and admins. The reports filed in the period (default: the last 30 days), newest first, filtered by state, ' +
      'category and department. Columns: code, filed_at, state, category, department, address, description, closed_at, ' +
      `source (instants in Brussels time with offset). No reporter’s name or e-mail. ${CSV_NOTE}`,
    responses: {
      200: {
        description: 'The reports.',
        content: { type: 'text/csv', schema: { raw: { type: 'string', description: 'CSV with a header row (RFC 4180).' } } },
      },
    },
    errors: { 400: 'A query parameter is not valid, or more than 10 000 reports match: choose a shorter period.' },
  },
  'GET /api/{commune}/staff/permits.csv': {
    summary: 'Export the permit requests (CSV)',
    tag: 'staff-stats',
    access: 'staff',
    query: PermitsExportQuery,
    description:
      'Agents (the requests their departments handle or review) and admins. The requests submitted in the period (default: ' +
      'the last 30 days), newest first, filtered by state and kind. Columns: code, reference, kind, state, title, ' +
      'handling_department, submitted_at, first_day, last_day, decision, decided_at, fee_euros. No requester’s personal ' +
      `data. ${CSV_NOTE}`,
    responses: {
      200: {
        description: 'The requests.',
        content: { type: 'text/csv', schema: { raw: { type: 'string', description: 'CSV with a header row (RFC 4180).' } } },
      },
    },
    errors: { 400: 'A query parameter is not valid, or more than 10 000 requests match: choose a shorter period.' },
  },
  'GET /api/open311/v2/discovery.json': {
    summary: 'Open311 discovery',
    tag: 'open311',
    access: 'public',
    errorFormat: 'open311',
    responses: {
      200: {
        description: 'Where the service is and which specification it follows.',
        content: json('Open311Discovery'),
        headers: ['Cache-Control'],
      },
    },
  },
  'GET /api/open311/v2/services.json': {
    summary: 'Open311 service list (report categories)',
    tag: 'open311',
    access: 'public',
    errorFormat: 'open311',
    query: Open311JurisdictionQuery,
    responses: open311Ok('Open311Services', 'The commune’s report categories.'),
    errors: { 400: 'jurisdiction_id is missing.', 404: 'Unknown jurisdiction_id.' },
  },
  'GET /api/open311/v2/services/{file}': {
    summary: 'Open311 service definition (a category’s questions)',
    tag: 'open311',
    access: 'public',
    errorFormat: 'open311',
    query: Open311JurisdictionQuery,
    pathParams: { file: '`<service_code>.json`' },
    responses: open311Ok('Open311ServiceDefinition', 'The category’s attributes.'),
    errors: { 400: 'jurisdiction_id is missing.', 404: 'Unknown jurisdiction_id or service_code, or not a .json file.' },
  },
  'GET /api/open311/v2/requests.json': {
    summary: 'Open311 service requests (reports)',
    tag: 'open311',
    access: 'public',
    errorFormat: 'open311',
    query: Open311RequestsQuery,
    responses: open311Ok(
      'Open311ServiceRequests',
      'The reports asked for, newest first: a page of page_size (default 100, at most 1000) of the window.',
    ),
    errors: {
      400: 'jurisdiction_id is missing, a date, the date range, the status, page_size or page is not valid, or service_code lists more than 20 codes.',
      404: 'Unknown jurisdiction_id.',
    },
  },
  'POST /api/open311/v2/requests.json': {
    summary: 'Open311: file a report',
    tag: 'open311',
    access: 'public',
    errorFormat: 'open311',
    body: { schema: 'Open311CreateRequest', form: true },
    idempotent: true,
    responses: { 201: { description: 'Filed: the id is the tracking code.', content: json('Open311Created') } },
    errors: {
      400: 'A field is missing or not valid (service_code, lat and long or address_string, description…), or the body is not valid JSON.',
      403: 'api_key is missing, or not a key this jurisdiction issued (or it was revoked).',
      404: 'Unknown jurisdiction_id.',
      409: 'The same request is being processed: retry in a moment.',
      422: 'Unknown service_code, missing attributes, or a place outside the commune.',
    },
  },
  'POST /api/{commune}/staff/projects/{id}/publication': {
    summary: 'Publish a works project, or change its public page',
    tag: 'staff-worksites',
    access: 'staff',
    pathParams: { id: 'The project’s id (ABCD-1234).' },
    body: { schema: 'PublicationInput' },
    idempotent: true,
    description:
      'Sets the page’s why, who, phases and detours, lists the site publicly and puts (or rewrites) its map item, of kind works, ' +
      'whose feature carries the page’s `url`. One transaction with the project’s activity and the audit entry.',
    responses: {
      200: {
        description: 'Published: the project’s new version and its public page.',
        content: json('PublicationAnswer'),
        headers: ['Idempotent-Replayed'],
      },
    },
    errors: { 404: 'No project has this id.', 409: `${STALE} Or the project is not of kind works, or has no place.` },
  },
  'DELETE /api/{commune}/staff/projects/{id}/publication': {
    summary: 'Take a works project’s public page down',
    tag: 'staff-worksites',
    access: 'staff',
    pathParams: { id: 'The project’s id (ABCD-1234).' },
    query: UnpublishQuery,
    idempotent: true,
    description: 'The page, the public list entry and the map item go; progress updates stay in the project’s activity.',
    responses: { 200: { description: 'Unpublished.', content: json('PublicationAnswer'), headers: ['Idempotent-Replayed'] } },
    errors: { 404: 'No project has this id.', 409: `${STALE} Or the project has no public page.` },
  },
  'POST /api/{commune}/staff/projects/{id}/progress': {
    summary: 'Write a progress update on a works site’s public page',
    tag: 'staff-worksites',
    access: 'staff',
    pathParams: { id: 'The project’s id (ABCD-1234).' },
    body: { schema: 'ProgressInput' },
    idempotent: true,
    description:
      'A public activity item of the project, with photos (fresh uploads, checked and kept under worksites/). It shows on the page, ' +
      'on the map item and in the GeoJSON and iCal feeds, and is mailed to the site’s confirmed watchers.',
    responses: { 200: { description: 'Written.', content: json('PublicationAnswer'), headers: ['Idempotent-Replayed'] } },
    errors: {
      404: 'No project has this id.',
      409: `${STALE} Or the project is not published.`,
      413: 'A photo is too large.',
      415: 'A photo is not a JPEG, PNG or WebP image.',
      422: 'Some fields are not valid, or a photo is not an upload of this commune.',
    },
  },
  'GET /api/{commune}/works': {
    summary: 'The published works sites',
    tag: 'worksites',
    access: 'public',
    responses: { 200: { description: 'Every published site, by start day.', content: json('WorksList'), headers: ['Cache-Control'] } },
  },
  'GET /api/{commune}/works/{id}': {
    summary: 'A works site’s page',
    tag: 'worksites',
    access: 'public',
    pathParams: { id: 'The site’s (project’s) id.' },
    description:
      'What, why, who, the phases, the detours and the progress updates with their photos (links valid an hour). Never a staff member’s name.',
    responses: { 200: { description: 'The site.', content: json('PublicWorks'), headers: ['Cache-Control'] } },
    errors: { 404: 'No published site has this id.' },
  },
  'GET /api/{commune}/works/{id}/poster.pdf': {
    summary: 'A works site’s A4 poster',
    tag: 'worksites',
    access: 'public',
    pathParams: { id: 'The site’s (project’s) id.' },
    responses: {
      200: {
        description: 'The poster (PDF), with a QR code to the site’s page.',
        content: { type: 'application/pdf', schema: { raw: { type: 'string', format: 'binary' } } },
        headers: ['Cache-Control'],
      },
    },
    errors: { 404: 'No published site has this id.' },
  },
  'POST /api/{commune}/works/{id}/watchers': {
    summary: 'Follow a works site by e-mail',
    tag: 'worksites',
    access: 'public',
    pathParams: { id: 'The site’s (project’s) id.' },
    body: { schema: 'WatchInput' },
    description:
      'The address first gets a fixed-text confirmation mail only; once confirmed, a welcome mail, then each progress update, each with an ' +
      'unsubscribe link. The answer is the same whatever the address’s state.',
    responses: { 202: { description: 'Check your mail (the same answer for every address).', content: json('WatchAnswer') } },
    errors: { 404: 'No published site has this id.' },
  },
  'DELETE /api/{commune}/works/{id}/watchers/{key}': {
    summary: 'Stop following a works site',
    tag: 'worksites',
    access: 'public',
    pathParams: { id: 'The site’s (project’s) id.', key: 'The unsubscribe link’s key (`<address hash>.<secret>`).' },
    description: 'The same answer whether the address followed the site or not.',
    responses: { 204: { description: 'No longer followed.' } },
    errors: { 404: 'Not an unsubscribe key.' },
  },
  'POST /api/{commune}/confirmations/{token}': {
    summary: 'Confirm an e-mail address',
    tag: 'mail-confirmation',
    access: 'public',
    pathParams: { token: 'The token of the confirmation mail’s link (single use, valid 7 days).' },
    description:
      'Confirms the address for the request the link was sent for; the latest mail held meanwhile then goes out. ' +
      'Idempotent: using the link again answers 200 with `alreadyConfirmed: true`.',
    responses: { 200: { description: 'The address is confirmed for this request.', content: json('MailConfirmationResult') } },
    errors: { 404: 'No confirmation link like this.', 410: 'The link expired before it was used.' },
  },
  'GET /api/open311/v2/requests/{file}': {
    summary: 'Open311: one service request',
    tag: 'open311',
    access: 'public',
    errorFormat: 'open311',
    query: Open311JurisdictionQuery,
    pathParams: { file: '`<service_request_id>.json` (the tracking code)' },
    responses: open311Ok('Open311ServiceRequests', 'An array holding the report.'),
    errors: { 400: 'jurisdiction_id is missing.', 404: 'Unknown jurisdiction_id or service_request_id, or not a .json file.' },
  },
  'GET /api/{commune}/staff/today': {
    summary: 'Today, for the field app',
    description:
      'The reader’s open tasks (`mine`: they are an assignee) and their departments’ (`team`), each due by the end of the Brussels day after ' +
      'today, overdue, or without a due date; by due instant, undated last. Each task with what its page needs offline: checklist, place, ' +
      'photos as short-lived links, the report it is the work order of.',
    tag: 'staff-work',
    access: 'staff',
    responses: { 200: { description: 'Today’s tasks.', content: json('TodayView') } },
  },
  'POST /api/{commune}/staff/reports': {
    summary: 'File a report from the field',
    description:
      'A report « signalé par le service »: the staff member (and their department) as its reporter, no e-mail address and no ' +
      'confirmation mail; a new report in the inbox. Photos are upload keys from POST /api/{commune}/uploads, checked as the public ' +
      'form’s are. The public page of the report never names the staff member.',
    tag: 'staff-reports',
    access: 'staff',
    body: { schema: 'ServiceReportInput' },
    idempotent: true,
    responses: {
      201: { description: 'Filed: the tracking code.', content: json('ServiceReportCreated'), headers: ['Location'] },
      200: replayed('the report the first request filed', 'ServiceReportCreated'),
    },
    errors: {
      409: 'The same request is being processed: retry in a moment.',
      413: 'A photo is too large.',
      422: 'Some fields are not valid (unknown category, a place outside the commune, a photo that is not one).',
    },
  },
  'POST /api/{commune}/staff/counter/reports': {
    summary: 'File a report on behalf of a citizen (at the counter)',
    description:
      'The public form’s body with the channel (`counter`, `phone`, `mail`) and an optional contact: anonymous, or a name with any of ' +
      '`email`, `phone`, `postalAddress` (a contact without a name is refused, naming `name`). No confirmation step for the filing (the ' +
      'agent vouches); an e-mail address still gets the fixed-text confirmation mail before any other mail. The first timeline entry ' +
      'carries `encoded` (the agent’s name and the channel) on every view; the audit log gets `report.counter`. See docs/counter.md.',
    tag: 'staff-reports',
    access: 'staff',
    body: { schema: 'CounterReportInput' },
    idempotent: true,
    responses: {
      201: { description: 'Filed: what the receipt shows.', content: json('CounterFiled'), headers: ['Location'] },
      200: replayed('the report the first request filed', 'CounterFiled'),
    },
    errors: {
      403: 'Only agents and admins encode at the counter.',
      409: 'The same request is being processed: retry in a moment.',
      422: 'Some fields are not valid (unknown category, a place outside the commune, a contact without a name).',
    },
  },
  'POST /api/{commune}/staff/counter/permits': {
    summary: 'File a permit request on behalf of a citizen (at the counter)',
    description:
      'The permit form’s body (kind, details, requester), always submitted, with the channel; the requester’s e-mail is optional (a ' +
      'name is required). The engine’s rules apply as online. Answers no private key: the citizen follows the request with its code. ' +
      'Marked `encoded` in the timeline, `permit.counter` in the audit log. See docs/counter.md.',
    tag: 'staff-permits',
    access: 'staff',
    body: { schema: 'CounterPermitInput' },
    idempotent: true,
    responses: {
      201: { description: 'Filed: what the receipt shows.', content: json('CounterFiled'), headers: ['Location'] },
      200: replayed('the request the first call filed', 'CounterFiled'),
    },
    errors: {
      403: 'Only agents and admins encode at the counter.',
      404: 'The commune takes no request of this kind online.',
      409: 'The same request is being processed: retry in a moment.',
      422: 'Some fields are not valid, or the request breaks a rule (dates, lead time, place, documents).',
    },
  },
  'POST /api/{commune}/staff/counter/search': {
    summary: 'Find a citizen’s requests by e-mail or phone',
    description:
      'Exactly one of `email` and `phone` (normalised: case, spaces, separators, 0032/0 as +32), read by key from the contact index ' +
      'written with each request. Reports and permit requests with their states, newest first. Each search is an audit entry ' +
      '(`contact.personal-data.read`, the contact’s hash, never the contact). A POST so that the contact stays out of URLs.',
    tag: 'staff-reports',
    access: 'staff',
    body: { schema: 'CounterSearchInput' },
    responses: { 200: { description: 'The requests found (none: an empty list).', content: json('CounterSearchResult') } },
    errors: { 403: 'Only agents and admins search citizens.', 422: 'Neither or both of e-mail and phone, or one not valid.' },
  },
  'POST /api/{commune}/privacy/copy': {
    summary: 'A copy of my data',
    description:
      'With the tracking code of a report or a permit and the e-mail address given with it: the personal fields, the person’s own words, the public timeline and the list of attachments, as JSON.',
    tag: 'privacy',
    access: 'public',
    body: { schema: 'PrivacyRequestInput' },
    responses: { 200: { description: 'What is kept about the person in this request.', content: json('PersonalDataCopy') } },
    errors: { 404: 'Unknown commune, or no request with this code was made with this e-mail address (one answer for both).' },
  },
  'POST /api/{commune}/privacy/erasure': {
    summary: 'Erase my data',
    description:
      'Erases the name, e-mail, phone and address and replaces the person’s own words by “[effacé à la demande]”; the public timeline stays. Asked again, answers the first erasure’s date (`alreadyErased`).',
    tag: 'privacy',
    access: 'public',
    body: { schema: 'PrivacyRequestInput' },
    responses: { 200: { description: 'Erased (now or before).', content: json('ErasureResult') } },
    errors: {
      404: 'Unknown commune, or no request with this code was made with this e-mail address (one answer for both).',
      409: 'The request kept changing while being erased: try again.',
    },
  },
  'POST /api/{commune}/auth/citizen/start': {
    summary: 'Ask for a sign-in code by e-mail',
    tag: 'citizen-space',
    access: 'public',
    body: { schema: 'CitizenStartInput' },
    description:
      'Mails a code to the address (the account is created at the first use) and answers the handle of this sign-in. The answer is the same for every address. See docs/citizen-space.md.',
    responses: { 200: { description: 'A code was sent (if the address can receive one).', content: json('CitizenStep') } },
  },
  'POST /api/{commune}/auth/citizen/verify': {
    summary: 'Sign in with the e-mail code',
    tag: 'citizen-space',
    access: 'public',
    body: { schema: 'CitizenVerifyInput' },
    description:
      'Signed in: the ID token (the refresh token is set as an HttpOnly cookie scoped to /api/{commune}/auth/citizen/). Rarely (an account begun and never confirmed) another code is sent: `code-sent` with the same handle.',
    responses: { 200: { description: 'Signed in, or another code sent.', content: json('CitizenStep') } },
    errors: {
      400: 'The code is not right (code).',
      401: 'The code has expired, was used, or took too many wrong tries: ask for a new one.',
    },
  },
  'POST /api/{commune}/auth/citizen/refresh': {
    summary: 'A new citizen ID token',
    tag: 'citizen-space',
    access: 'public',
    description: 'Reads the refresh-token cookie; needs the `x-tandem-citizen` header (CSRF). No body.',
    responses: { 200: { description: 'A new ID token.', content: json('CitizenSignedIn') } },
    errors: { 401: 'Not signed in, or the session has expired or was signed out.', 403: 'The x-tandem-citizen header is missing.' },
  },
  'POST /api/{commune}/auth/citizen/sign-out': {
    summary: 'Sign out (citizen)',
    tag: 'citizen-space',
    access: 'public',
    description: 'Revokes the refresh token of the cookie and clears the cookie; needs the `x-tandem-citizen` header (CSRF). No body.',
    responses: { 204: { description: 'Signed out.' } },
    errors: { 403: 'The x-tandem-citizen header is missing.' },
  },
  'POST /api/{commune}/auth/citizen/password-sign-in': {
    summary: 'Sign in with the account’s password',
    tag: 'citizen-space',
    access: 'public',
    body: { schema: 'CitizenPasswordSignInInput' },
    description:
      'For a citizen who chose a password in « Mon espace » (the e-mail code stays the default way in). Signed in as with a code: the ID token, and the refresh token in the HttpOnly cookie. One answer for a wrong password, an unknown address and an account without a password.',
    responses: { 200: { description: 'Signed in.', content: json('CitizenSignedIn') } },
    errors: { 401: 'The e-mail address or the password is not right (the same for an unknown address).' },
  },
  'GET /api/{commune}/auth/citizen/password': {
    summary: 'Whether my account has a password',
    tag: 'citizen-space',
    access: 'public',
    description:
      'Reads the refresh-token cookie (the account’s access token never leaves the API); needs the `x-tandem-citizen` header. « Mon espace » says « Choisir » or « Changer mon mot de passe » from it.',
    responses: { 200: { description: 'Whether a password is set.', content: json('CitizenPasswordStatus') } },
    errors: { 401: 'Not signed in, or the session has expired.', 403: 'The x-tandem-citizen header is missing.' },
  },
  'POST /api/{commune}/auth/citizen/password': {
    summary: 'Choose or change my password',
    tag: 'citizen-space',
    access: 'public',
    body: { schema: 'CitizenPasswordInput' },
    description:
      'Reads the refresh-token cookie; needs the `x-tandem-citizen` header. Without a password yet, `password` alone chooses one; afterwards `currentPassword` is required. The rules are the pool’s password policy (shared/src/password-rules.ts).',
    responses: { 200: { description: 'The password is set.', content: json('CitizenPasswordStatus') } },
    errors: {
      400: 'The password does not meet the rules (password), or the current password is missing or not right (currentPassword).',
      401: 'Not signed in, or the session has expired.',
      403: 'The x-tandem-citizen header is missing.',
    },
  },
  'POST /api/{commune}/auth/citizen/federation/start': {
    summary: 'Begin a sign-in with itsme or the identity card (FAS)',
    tag: 'citizen-space',
    access: 'public',
    description:
      'Only for communes whose config has `citizenFederation`. Answers the provider’s page to go to (state, PKCE challenge and nonce in it; the verifier stays on the server) and sets an HttpOnly cookie tying this sign-in to the browser. No body. See docs/citizen-federation.md.',
    responses: { 200: { description: 'The provider’s page.', content: json('FederationStarted') } },
    errors: { 404: 'The commune offers no such sign-in (here).' },
  },
  'POST /api/{commune}/auth/citizen/federation/finish': {
    summary: 'Finish a sign-in with itsme or the identity card (FAS)',
    tag: 'citizen-space',
    access: 'public',
    body: { schema: 'FederationFinishInput' },
    description:
      'The `code` and `state` the provider put in the return page’s address. Signed in as with the e-mail code: the ID token, the refresh token in its HttpOnly cookie.',
    responses: { 200: { description: 'Signed in.', content: json('CitizenSignedIn') } },
    errors: {
      400: 'The state is not the one this browser began with (state), or the body is malformed.',
      401: 'The sign-in expired, was already finished, or the provider did not confirm it: start again.',
      404: 'The commune offers no such sign-in.',
    },
  },
  'GET /api/{commune}/me/requests': {
    summary: 'My reports and permit requests',
    tag: 'citizen-space',
    access: 'public',
    query: MyRequestsQuery,
    description:
      'Needs the citizen’s ID token (Authorization: Bearer). Newest first, drafts included, each with its state, what is expected of the citizen and its tracking page; paged with `cursor`.',
    responses: { 200: { description: 'A page of my requests.', content: json('MyRequests') } },
    errors: { 400: 'The cursor is not from this list.', 401: 'No valid citizen token.', 403: 'A token of another pool.' },
  },
  'POST /api/{commune}/me/attach': {
    summary: 'Attach an older request: ask for a code',
    tag: 'citizen-space',
    access: 'public',
    body: { schema: 'AttachStartInput' },
    description:
      'Needs the citizen’s ID token. With the tracking code of a request filed before the account existed: a code is mailed to the address it was filed with, if that is the account’s address. The answer is the same either way.',
    responses: { 200: { description: 'The handle to confirm with.', content: json('AttachCodeSent') } },
    errors: { 401: 'No valid citizen token.', 403: 'A token of another pool.' },
  },
  'GET /api/{commune}/me/preferences': {
    summary: 'My mail preferences and language',
    tag: 'citizen-space',
    access: 'public',
    description:
      'Needs the citizen’s ID token. Which mails about my requests (`every-step` or `essential`) and their language (also my space’s); never saved: the defaults with version 0. Mails of right (a permit’s receipt, a request for information, the decision, the end of a request) go whatever the choice: docs/citizen-space.md.',
    responses: { 200: { description: 'My preferences.', content: json('CitizenPreferences') } },
    errors: { 401: 'No valid citizen token.', 403: 'A token of another pool.' },
  },
  'PUT /api/{commune}/me/preferences': {
    summary: 'Save my mail preferences and language',
    tag: 'citizen-space',
    access: 'public',
    body: { schema: 'CitizenPreferencesInput' },
    description:
      'Needs the citizen’s ID token. With the version read: saved as version + 1. The notifiers honour them for the requests linked to the account.',
    responses: { 200: { description: 'Saved.', content: json('CitizenPreferences') } },
    errors: {
      401: 'No valid citizen token.',
      403: 'A token of another pool.',
      409: 'Saved meanwhile (another tab): read them again (currentVersion); nothing was written.',
    },
  },
  'GET /api/{commune}/me/data': {
    summary: 'A copy of my data',
    tag: 'citizen-space',
    access: 'public',
    description:
      'Needs the citizen’s ID token. The account (e-mail, preferences) and every request linked to it as the privacy copy shows one (personal fields, own words, timeline, attachments’ names). JSON, `no-store`, offered as a download.',
    responses: { 200: { description: 'The copy.', content: json('MyDataCopy') } },
    errors: { 401: 'No valid citizen token.', 403: 'A token of another pool.' },
  },
  'POST /api/{commune}/me/requests/erase': {
    summary: 'Erase the personal data of my requests',
    tag: 'citizen-space',
    access: 'public',
    body: { schema: 'EraseMyRequestsInput' },
    description:
      'Needs the citizen’s ID token. As /privacy/erasure does for each request linked to the account and filed with its address, in any state: contact fields and the person’s own words erased, the public timeline kept. Asked again: everything `alreadyErased`.',
    responses: {
      200: { description: 'What was erased now, before, or left (filed with another address).', content: json('EraseMyRequestsResult') },
    },
    errors: {
      401: 'No valid citizen token.',
      403: 'A token of another pool.',
      409: 'A request kept changing while being erased: try again.',
    },
  },
  'POST /api/{commune}/auth/citizen/delete-account': {
    summary: 'Delete my citizen account',
    tag: 'citizen-space',
    access: 'public',
    description:
      'Reads the refresh-token cookie; needs the `x-tandem-citizen` header (CSRF). No body. Removes the account’s entries and preferences, unlinks its requests (they stay, as the commune’s records), deletes the Cognito account with its own access token and clears the cookie. Erase the requests’ personal data first with /me/requests/erase if wanted.',
    responses: { 200: { description: 'Deleted: how many request entries the account held.', content: json('AccountDeleted') } },
    errors: {
      401: 'Not signed in (no cookie, or the account is already deleted): nothing was touched.',
      403: 'The x-tandem-citizen header is missing.',
    },
  },
  'POST /api/{commune}/me/attach/confirm': {
    summary: 'Attach an older request: give the code',
    tag: 'citizen-space',
    access: 'public',
    body: { schema: 'AttachConfirmInput' },
    description: 'Needs the citizen’s ID token. The request joins the account’s list; confirming again changes nothing.',
    responses: { 200: { description: 'Attached: the request’s kind and code.' } },
    errors: {
      400: 'The code is not right (code).',
      401: 'No valid citizen token, or the code has expired, was used or took too many wrong tries.',
      403: 'A token of another pool.',
    },
  },
};
