/**
 * The route table, defined once: the CDK stack turns each entry into an HTTP API route backed by the
 * entry's Lambda function, and the local server routes requests with the very same entries.
 */
import type { BucketFolder } from './storage.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/** public: anyone; staff: a valid token from the commune's staff pool (checked in the handler). */
export type RouteAuth = 'public' | 'staff';

/** What a function may do in a bucket folder: read (GET, HEAD, presigned GET, copy source), write (PUT, copy target, presigned POST), delete. */
export type FileAccess = 'read' | 'write' | 'delete';

/**
 * What a function may touch: drives its IAM policy in CDK and the local runtime's checks, through one
 * definition (accessStatements in access-policy.ts).
 */
export interface FunctionAccess {
  table?: 'read' | 'write';
  /**
   * Appends audit entries (reads of personal data) though it otherwise only reads: PutItem on the table, no
   * UpdateItem or DeleteItem (see access-policy.ts for why IAM is not narrowed to the audit keys).
   */
  auditAppend?: boolean;
  /** Folders of the uploads bucket (BUCKET_FOLDERS in storage.ts) and what the function does in each. */
  files?: Partial<Record<BucketFolder, readonly FileAccess[]>>;
  /** Signs staff in through the commune pools' public app clients (COGNITO_SIGN_IN_ACTIONS in access-policy.ts). */
  cognitoAuth?: boolean;
  /** Administers staff accounts (create, groups, attributes, disable) in staff pools only (COGNITO_ADMIN_ACTIONS). */
  cognitoAdmin?: boolean;
  /** Reads who is on the staff (members of the role and department groups) in staff pools only (COGNITO_DIRECTORY_ACTIONS). */
  cognitoDirectory?: boolean;
  /** Publishes to the event bus. */
  bus?: boolean;
  /** Sends e-mail. */
  mail?: boolean;
  /** Posts to, reads and closes the real-time WebSocket API's connections (`execute-api:ManageConnections`, docs/realtime.md). */
  manageConnections?: boolean;
  /**
   * Reads the Web Push VAPID key pair (docs/notifications.md, "Web Push"): the secret's GetSecretValue in the cloud,
   * the local state directory's key file on one machine (checked as the same action).
   */
  pushKeys?: boolean;
}

export interface RouteDef {
  method: HttpMethod;
  /** API Gateway syntax: whole-segment {params}. */
  path: string;
  /** Function entry, relative to functions/src, without extension. */
  handler: string;
  auth: RouteAuth;
}

/** Every function that serves routes, with the access it needs. */
export const API_FUNCTIONS = {
  'communes/list-communes': { table: 'read' },
  'communes/get-commune': { table: 'read' },
  'reports/request-upload': { table: 'read', files: { uploads: ['write'] } },
  'reports/create-report': { table: 'write', files: { uploads: ['read', 'delete'], reports: ['read', 'write'] } },
  'reports/get-report': { table: 'read', files: { reports: ['read'] } },
  'reports/nearby-reports': { table: 'read' },
  /**
   * The reports inbox, and the staff search across reports and permits (by key for a code, recent pages for words);
   * and the real-time catch-up (the change feed since a client's last message, docs/realtime.md).
   */
  'staff/list-reports': { table: 'read' },
  // …and the links to the files joined to staff comments (kept with the tasks' files: work/work-files.ts).
  'staff/get-staff-report': { table: 'read', auditAppend: true, files: { reports: ['read'], tasks: ['read'] } },
  'staff/change-report': { table: 'write', files: { reports: ['read'] } },
  /** Every step of the staff sign-in; writes only the short-lived record of an admin's pending TOTP set-up. */
  'auth/sign-in': { table: 'write', cognitoAuth: true },
  'open311/open311-api': { table: 'write', files: { reports: ['read'] } },
  /** Admins issue and revoke Open311 API keys. */
  'staff/open311-keys': { table: 'write' },
  /** Admins invite staff, change their role, departments and name, disable and enable them (Cognito admin actions). */
  'staff/staff-accounts': { table: 'read', auditAppend: true, cognitoAdmin: true },
  'permits/create-permit': { table: 'write', files: { uploads: ['read', 'delete'], permits: ['write'] } },
  'permits/get-permit': { table: 'read', files: { permits: ['read'] } },
  'permits/update-permit': { table: 'write', files: { uploads: ['read', 'delete'], permits: ['read', 'write'] } },
  'permits/list-staff-permits': { table: 'read' },
  'permits/get-staff-permit': { table: 'read', auditAppend: true, files: { permits: ['read'], tasks: ['read'] } },
  'permits/change-permit': { table: 'write', files: { permits: ['read', 'write'] } },
  'map/query-map': { table: 'read' },
  'map/feeds': { table: 'read' },
  'map/staff-map-items': { table: 'write' },
  /** Admins read and export the commune's audit log: reads only, it never changes an entry. */
  'staff/audit-log': { table: 'read' },
  /** Statistics per commune and department, from the nightly rollup and bounded reads of the period (docs/statistics.md). */
  'stats/staff-stats': { table: 'read' },
  // …and the CSV exports of the reports inbox and the permits list (no personal data), in the same function.
  /** Confirms an e-mail address for a request, then sends the mail held meanwhile (docs/mail-confirmation.md). */
  'notify/confirm-address': { table: 'write', mail: true },
  /** A person's copy of their data, or its erasure, with their tracking code and e-mail address. */
  'privacy/privacy-requests': { table: 'write', files: { permits: ['delete'] } },
  /**
   * The staff workspace (docs/work.md), in few functions (each adds a dozen resources to the platform stack):
   * reads (a task, lists, calendar, my work, boards, projects, and the people directory from the staff pool); task writes and comments, which name people (assignees,
   * @mentions) checked against the staff directory (cognitoDirectory); watching.
   */
  'work/read-work': { table: 'read', files: { tasks: ['read'] }, cognitoDirectory: true },
  'work/write-task': { table: 'write', files: { uploads: ['read', 'delete'], tasks: ['read', 'write'] }, cognitoDirectory: true },
  'work/follow-work': { table: 'write', files: { uploads: ['read', 'delete'], tasks: ['read', 'write'] }, cognitoDirectory: true },
  /** Staff create projects (with their template's tasks) and change them. */
  'work/project-write': { table: 'write' },
  /** Staff publish a works project (its page and map item), unpublish it and write its progress updates with photos. */
  'worksites/staff-worksites': { table: 'write', files: { uploads: ['read'], worksites: ['write'] } },
  /** The published works sites and one site's page (progress photos through presigned links). */
  'worksites/public-works': { table: 'read', files: { worksites: ['read'] } },
  /** A works site's A4 poster with its QR code (pdf-lib and the document fonts: a function of its own). */
  'worksites/works-poster': { table: 'read' },
  /** Citizens follow a works site by e-mail (confirmed first) and leave it. */
  'worksites/watch-works': { table: 'write', mail: true },
  /** Staff set up recurring tasks (the scheduler makes their tasks: work/recurrence-scheduler). */
  'work/recurrences': { table: 'write' },
  /** A report becomes a work order: a task with copies of the report's photos, linked both ways. */
  'work/work-orders': { table: 'write', files: { reports: ['read'], tasks: ['read', 'write'] } },
  /** Serves the OpenAPI document, built from the route table and the schemas: touches nothing. */
  'docs/openapi': {},
  /** A person's notification centre: their notifications, unread count, marking read, preferences (their own partition only). */
  'notifications/notifications': { table: 'write', pushKeys: true },
  /**
   * The citizen space (docs/citizen-space.md), for a citizen's ID token: my reports and permits (read by key), and
   * attaching an older request with its tracking code and a code mailed to the address it was filed with; my
   * preferences, a copy of my data, and the erasure of my requests' personal data (a permit's joined documents are
   * deleted with it, as the privacy functions do: `permits: ['delete']`).
   */
  'citizen/citizen-space': { table: 'write', mail: true, files: { permits: ['delete'] } },
  /** Practical notices (docs/news.md): the public list, the home page's current ones and the Atom feed; reads only. */
  'news/public-news': { table: 'read' },
  /** Staff write, change, unpublish and publish again the practical notices (each change audited in its transaction). */
  'news/staff-news': { table: 'write' },
  /** Waste collections (docs/collections.md): a street's next collections and a zone's iCalendar feed (reads only). */
  'collections/public-collections': { table: 'read' },
  /** The evening-before e-mail reminder: sign up (the confirmation mail, through the gate) and leave. */
  'collections/collection-reminders': { table: 'write', mail: true },
  /** Staff import a year's collection calendar (CSV or iCalendar) and assign streets to zones. */
  'collections/staff-collections': { table: 'write' },
  /**
   * Appointments at the counter (docs/appointments.md): the agendas' public view and free slots; booking (a conditional
   * put per grid cell, in one transaction), seeing, moving and cancelling with the manage token; the mails with their
   * iCalendar invitation (no word the public typed: no confirmation gate).
   */
  'appointments/public-appointments': { table: 'write', mail: true },
  /** Staff read a day's agenda (a read of personal data, audited) and mark arrivals (audited in the change's transaction). */
  'appointments/staff-appointments': { table: 'write' },
} as const satisfies Record<string, FunctionAccess>;
export type ApiFunctionName = keyof typeof API_FUNCTIONS;

interface TypedRoute extends RouteDef {
  handler: ApiFunctionName;
}

export const ROUTES = [
  { method: 'GET', path: '/api/communes', handler: 'communes/list-communes', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/config', handler: 'communes/get-commune', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/uploads', handler: 'reports/request-upload', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/reports', handler: 'reports/create-report', auth: 'public' },
  // The report page's plain HTML form, without JavaScript (docs/report-form.md): urlencoded in, 303 to the tracking page out.
  { method: 'POST', path: '/api/{commune}/reports/form', handler: 'reports/create-report', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/reports/nearby', handler: 'reports/nearby-reports', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/reports/{code}', handler: 'reports/get-report', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/login', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/refresh', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/new-password', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/totp', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/totp-setup', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/sign-out', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/forgot-password', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/reset-password', handler: 'auth/sign-in', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/staff/reports', handler: 'staff/list-reports', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/reports/{code}', handler: 'staff/get-staff-report', auth: 'staff' },
  { method: 'PATCH', path: '/api/{commune}/staff/reports/{code}', handler: 'staff/change-report', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/reports/{code}/transitions', handler: 'staff/change-report', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/reports/{code}/updates', handler: 'staff/change-report', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/search', handler: 'staff/list-reports', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/permits', handler: 'permits/create-permit', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/permits/{code}', handler: 'permits/get-permit', auth: 'public' },
  { method: 'PUT', path: '/api/{commune}/permits/{code}', handler: 'permits/update-permit', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/permits/{code}/withdraw', handler: 'permits/update-permit', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/staff/permits', handler: 'permits/list-staff-permits', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/permits/{code}', handler: 'permits/get-staff-permit', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/permits/{code}/transitions', handler: 'permits/change-permit', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/permits/{code}/updates', handler: 'permits/change-permit', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/permits/{code}/opinions/{department}', handler: 'permits/change-permit', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/map/items', handler: 'map/query-map', auth: 'public' },
  { method: 'GET', path: '/api/feeds/{commune}/map.geojson', handler: 'map/feeds', auth: 'public' },
  { method: 'GET', path: '/api/feeds/{commune}/waze-cifs.json', handler: 'map/feeds', auth: 'public' },
  { method: 'GET', path: '/api/feeds/{commune}/agenda.ics', handler: 'map/feeds', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/staff/map/items', handler: 'map/staff-map-items', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/map/items', handler: 'map/staff-map-items', auth: 'staff' },
  { method: 'PUT', path: '/api/{commune}/staff/map/items/{id}', handler: 'map/staff-map-items', auth: 'staff' },
  { method: 'DELETE', path: '/api/{commune}/staff/map/items/{id}', handler: 'map/staff-map-items', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/open311/keys', handler: 'staff/open311-keys', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/open311/keys', handler: 'staff/open311-keys', auth: 'staff' },
  { method: 'DELETE', path: '/api/{commune}/staff/open311/keys/{id}', handler: 'staff/open311-keys', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/accounts', handler: 'staff/staff-accounts', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/accounts', handler: 'staff/staff-accounts', auth: 'staff' },
  { method: 'PATCH', path: '/api/{commune}/staff/accounts/{id}', handler: 'staff/staff-accounts', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/accounts/{id}/disable', handler: 'staff/staff-accounts', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/accounts/{id}/enable', handler: 'staff/staff-accounts', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/audit', handler: 'staff/audit-log', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/audit.csv', handler: 'staff/audit-log', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/stats', handler: 'stats/staff-stats', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/stats.csv', handler: 'stats/staff-stats', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/reports.csv', handler: 'stats/staff-stats', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/permits.csv', handler: 'stats/staff-stats', auth: 'staff' },
  { method: 'GET', path: '/api/open311/v2/discovery.json', handler: 'open311/open311-api', auth: 'public' },
  { method: 'GET', path: '/api/open311/v2/services.json', handler: 'open311/open311-api', auth: 'public' },
  { method: 'GET', path: '/api/open311/v2/services/{file}', handler: 'open311/open311-api', auth: 'public' },
  { method: 'GET', path: '/api/open311/v2/requests.json', handler: 'open311/open311-api', auth: 'public' },
  { method: 'POST', path: '/api/open311/v2/requests.json', handler: 'open311/open311-api', auth: 'public' },
  { method: 'GET', path: '/api/open311/v2/requests/{file}', handler: 'open311/open311-api', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/confirmations/{token}', handler: 'notify/confirm-address', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/privacy/copy', handler: 'privacy/privacy-requests', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/privacy/erasure', handler: 'privacy/privacy-requests', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/staff/people', handler: 'work/read-work', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/tasks', handler: 'work/write-task', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/tasks', handler: 'work/read-work', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/tasks/{id}', handler: 'work/read-work', auth: 'staff' },
  { method: 'PATCH', path: '/api/{commune}/staff/tasks/{id}', handler: 'work/write-task', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/tasks/{id}/comments', handler: 'work/follow-work', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/projects/{id}/comments', handler: 'work/follow-work', auth: 'staff' },
  { method: 'PUT', path: '/api/{commune}/staff/tasks/{id}/watch', handler: 'work/follow-work', auth: 'staff' },
  { method: 'DELETE', path: '/api/{commune}/staff/tasks/{id}/watch', handler: 'work/follow-work', auth: 'staff' },
  { method: 'PUT', path: '/api/{commune}/staff/projects/{id}/watch', handler: 'work/follow-work', auth: 'staff' },
  { method: 'DELETE', path: '/api/{commune}/staff/projects/{id}/watch', handler: 'work/follow-work', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/reports/{code}/comments', handler: 'work/follow-work', auth: 'staff' },
  { method: 'PUT', path: '/api/{commune}/staff/reports/{code}/watch', handler: 'work/follow-work', auth: 'staff' },
  { method: 'DELETE', path: '/api/{commune}/staff/reports/{code}/watch', handler: 'work/follow-work', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/permits/{code}/comments', handler: 'work/follow-work', auth: 'staff' },
  { method: 'PUT', path: '/api/{commune}/staff/permits/{code}/watch', handler: 'work/follow-work', auth: 'staff' },
  { method: 'DELETE', path: '/api/{commune}/staff/permits/{code}/watch', handler: 'work/follow-work', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/my-work', handler: 'work/read-work', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/boards/{department}', handler: 'work/read-work', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/projects', handler: 'work/read-work', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/projects', handler: 'work/project-write', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/projects/{id}', handler: 'work/read-work', auth: 'staff' },
  { method: 'PATCH', path: '/api/{commune}/staff/projects/{id}', handler: 'work/project-write', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/projects/{id}/tasks', handler: 'work/read-work', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/projects/{id}/publication', handler: 'worksites/staff-worksites', auth: 'staff' },
  { method: 'DELETE', path: '/api/{commune}/staff/projects/{id}/publication', handler: 'worksites/staff-worksites', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/projects/{id}/progress', handler: 'worksites/staff-worksites', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/works', handler: 'worksites/public-works', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/works/{id}', handler: 'worksites/public-works', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/works/{id}/poster.pdf', handler: 'worksites/works-poster', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/works/{id}/watchers', handler: 'worksites/watch-works', auth: 'public' },
  { method: 'DELETE', path: '/api/{commune}/works/{id}/watchers/{key}', handler: 'worksites/watch-works', auth: 'public' },
  { method: 'GET', path: '/api/openapi.json', handler: 'docs/openapi', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/staff/recurrences', handler: 'work/recurrences', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/recurrences', handler: 'work/recurrences', auth: 'staff' },
  { method: 'PATCH', path: '/api/{commune}/staff/recurrences/{id}', handler: 'work/recurrences', auth: 'staff' },
  { method: 'DELETE', path: '/api/{commune}/staff/recurrences/{id}', handler: 'work/recurrences', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/reports/{code}/work-orders', handler: 'work/work-orders', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/changes', handler: 'staff/list-reports', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/notifications', handler: 'notifications/notifications', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/notifications/unread', handler: 'notifications/notifications', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/notifications/read', handler: 'notifications/notifications', auth: 'staff' },
  { method: 'GET', path: '/api/{commune}/staff/notifications/preferences', handler: 'notifications/notifications', auth: 'staff' },
  { method: 'PUT', path: '/api/{commune}/staff/notifications/preferences', handler: 'notifications/notifications', auth: 'staff' },
  // Web Push: the VAPID public key, and this browser's subscription (registered again on every start; removed on leaving push).
  { method: 'GET', path: '/api/{commune}/staff/notifications/push', handler: 'notifications/notifications', auth: 'staff' },
  { method: 'PUT', path: '/api/{commune}/staff/notifications/push', handler: 'notifications/notifications', auth: 'staff' },
  { method: 'DELETE', path: '/api/{commune}/staff/notifications/push', handler: 'notifications/notifications', auth: 'staff' },
  // The field app (docs/field-app.md): a worker's « Aujourd’hui » in one read, and a report filed from the field.
  { method: 'GET', path: '/api/{commune}/staff/today', handler: 'work/read-work', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/reports', handler: 'reports/create-report', auth: 'staff' },
  // At the counter (docs/counter.md): staff file a report or a permit request on a citizen's behalf, on the functions that
  // file them; and find a citizen's requests by e-mail or phone (a read of personal data, audited: on the function that audits reads).
  { method: 'POST', path: '/api/{commune}/staff/counter/reports', handler: 'reports/create-report', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/counter/permits', handler: 'permits/create-permit', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/counter/search', handler: 'staff/get-staff-report', auth: 'staff' },
  // The citizen sign-in (docs/citizen-space.md): an e-mail code, no password; refresh and sign-out ride on a cookie
  // scoped to /api/<commune>/auth/citizen/. Public routes: the citizen-space ones check the citizen's ID token themselves.
  { method: 'POST', path: '/api/{commune}/auth/citizen/start', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/citizen/verify', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/citizen/refresh', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/citizen/sign-out', handler: 'auth/sign-in', auth: 'public' },
  // The citizen's optional password: signing in with it; whether one is set and choosing or changing it (cookie + header).
  { method: 'POST', path: '/api/{commune}/auth/citizen/password-sign-in', handler: 'auth/sign-in', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/auth/citizen/password', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/citizen/password', handler: 'auth/sign-in', auth: 'public' },
  // With itsme or the eID through FAS, where the commune offers it (docs/citizen-federation.md): the provider's page, then its code.
  { method: 'POST', path: '/api/{commune}/auth/citizen/federation/start', handler: 'auth/sign-in', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/citizen/federation/finish', handler: 'auth/sign-in', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/me/requests', handler: 'citizen/citizen-space', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/me/attach', handler: 'citizen/citizen-space', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/me/attach/confirm', handler: 'citizen/citizen-space', auth: 'public' },
  // My preferences, a copy of my data, erasing my requests' personal data; deleting the account rides on the cookie.
  { method: 'GET', path: '/api/{commune}/me/preferences', handler: 'citizen/citizen-space', auth: 'public' },
  { method: 'PUT', path: '/api/{commune}/me/preferences', handler: 'citizen/citizen-space', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/me/data', handler: 'citizen/citizen-space', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/me/requests/erase', handler: 'citizen/citizen-space', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/auth/citizen/delete-account', handler: 'auth/sign-in', auth: 'public' },
  // The reporter's answer to a fix, with the « réparé » mail's link (docs/reopen-and-satisfaction.md).
  { method: 'POST', path: '/api/{commune}/reports/{code}/reopen', handler: 'reports/create-report', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/reports/{code}/rating', handler: 'reports/create-report', auth: 'public' },
  // The address register (docs/addresses.md): public lookups beside the map's query, the admins' import beside the map's staff routes.
  { method: 'GET', path: '/api/{commune}/addresses/nearest', handler: 'map/query-map', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/addresses/search', handler: 'map/query-map', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/staff/addresses', handler: 'map/staff-map-items', auth: 'staff' },
  { method: 'PUT', path: '/api/{commune}/staff/addresses', handler: 'map/staff-map-items', auth: 'staff' },
  // Practical notices and alerts (docs/news.md): the public list (the home page asks ?current=true), the Atom feed, staff writing.
  { method: 'GET', path: '/api/{commune}/news', handler: 'news/public-news', auth: 'public' },
  { method: 'GET', path: '/api/feeds/{commune}/actualites.atom', handler: 'news/public-news', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/staff/news', handler: 'news/staff-news', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/news', handler: 'news/staff-news', auth: 'staff' },
  { method: 'PATCH', path: '/api/{commune}/staff/news/{id}', handler: 'news/staff-news', auth: 'staff' },
  // Waste collections (docs/collections.md). The feed's file name carries the zone (collectes-<zone>.ics): API Gateway
  // takes whole segments only, so the segment is a parameter the handler reads (any other name is a 404 there).
  { method: 'GET', path: '/api/{commune}/collections', handler: 'collections/public-collections', auth: 'public' },
  { method: 'GET', path: '/api/feeds/{commune}/{feed}', handler: 'collections/public-collections', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/collections/reminders', handler: 'collections/collection-reminders', auth: 'public' },
  { method: 'DELETE', path: '/api/{commune}/collections/reminders/{key}', handler: 'collections/collection-reminders', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/staff/collections', handler: 'collections/staff-collections', auth: 'staff' },
  { method: 'PUT', path: '/api/{commune}/staff/collections/calendar/{year}', handler: 'collections/staff-collections', auth: 'staff' },
  { method: 'PUT', path: '/api/{commune}/staff/collections/streets', handler: 'collections/staff-collections', auth: 'staff' },
  // Appointments at the counter (docs/appointments.md): the literal segments (services, slots) win over {code}.
  { method: 'GET', path: '/api/{commune}/appointments/services', handler: 'appointments/public-appointments', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/appointments/slots', handler: 'appointments/public-appointments', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/appointments', handler: 'appointments/public-appointments', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/appointments/{code}', handler: 'appointments/public-appointments', auth: 'public' },
  { method: 'DELETE', path: '/api/{commune}/appointments/{code}', handler: 'appointments/public-appointments', auth: 'public' },
  { method: 'POST', path: '/api/{commune}/appointments/{code}/move', handler: 'appointments/public-appointments', auth: 'public' },
  { method: 'GET', path: '/api/{commune}/staff/appointments', handler: 'appointments/staff-appointments', auth: 'staff' },
  { method: 'POST', path: '/api/{commune}/staff/appointments/{code}/arrival', handler: 'appointments/staff-appointments', auth: 'staff' },
] as const satisfies readonly TypedRoute[];

type KeyOfRoute<R> = R extends { method: string; path: string } ? `${R['method']} ${R['path']}` : never;
/** API Gateway's routeKey of a route, e.g. "GET /api/{commune}/reports/{code}". */
export type RouteKey = KeyOfRoute<(typeof ROUTES)[number]>;
/** The routeKeys served by one function. */
export type RouteKeyOf<F extends ApiFunctionName> = KeyOfRoute<Extract<(typeof ROUTES)[number], { handler: F }>>;

/** Functions that are not behind a route. */
export const BACKGROUND_FUNCTIONS = {
  /** DynamoDB stream → event bus: publishes every new timeline item as an event. */
  'events/stream-to-bus': { bus: true },
  /** Event bus rule target: e-mails the reporter (writes a sent-marker so a replayed event sends no second mail). */
  'notify/notify-reporter': { table: 'write', mail: true },
  /** Event bus rule target: e-mails a permit's requester when it changes state or gets a public update. */
  'notify/notify-requester': { table: 'write', mail: true },
  /** Event bus rule target: e-mails a department when its opinion is requested, and reminds it before the due date. */
  'notify/notify-department': { table: 'write', mail: true },
  /** Event bus target: e-mails a works site's watchers (each through the confirmation gate) its progress updates. */
  'worksites/notify-watchers': { table: 'write', mail: true },
  /** Scheduled hourly: from 18:00 (Brussels), the evening-before collection reminders of confirmed addresses, once a day. */
  'collections/send-reminders': { table: 'write', mail: true },
  /** Scheduled hourly: from 10:00 (Brussels), the reminder mail of each of tomorrow's appointments still booked, once. */
  'appointments/send-reminders': { table: 'write', mail: true },
  /** Scheduled: issued permits become active on their first day and ended after their last; opinion reminders. */
  'permits/advance-permits': { table: 'write' },
  /** Scheduled daily: erases the personal data of requests closed longer ago than the commune's retention. */
  'privacy/erase-expired-personal-data': { table: 'write', files: { permits: ['delete'] } },
  /** Scheduled: makes each recurrence's tasks three weeks ahead, never twice. */
  'work/recurrence-scheduler': { table: 'write' },
  /** Event bus rule target: an event permit's filing starts its process (a project from the commune's template). */
  'work/permit-process': { table: 'write' },
  /** Scheduled hourly: rolls up each finished day's report statistics not rolled up yet (docs/statistics.md). */
  'stats/roll-up-stats': { table: 'write' },
  /**
   * Event bus rule target: posts each report, permit, task and project change to the WebSocket connections subscribed
   * to its topics (removing those that answer Gone) and appends it to the commune's change feed (docs/realtime.md).
   */
  'realtime/fan-out': { table: 'write', manageConnections: true },
  /**
   * Event bus rule target and hourly schedule (one function: the platform stack counts its resources): staff
   * notifications from mentions, assignments, opinion requests and watched items' changes; due soon and overdue
   * tasks; the daily e-mail digest; Web Push on mentions and assignments (the VAPID keys). Reads the staff directory
   * (departments' members, addresses).
   */
  'notifications/notify-staff': { table: 'write', mail: true, cognitoDirectory: true, pushKeys: true },
} as const satisfies Record<string, FunctionAccess>;
export type BackgroundFunctionName = keyof typeof BACKGROUND_FUNCTIONS;

export interface RouteMatch {
  route: TypedRoute;
  params: Record<string, string>;
  /** API Gateway's routeKey, e.g. "GET /api/{commune}/reports/{code}". */
  routeKey: string;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** Literal segments win over {params}, as in API Gateway. */
function specificity(path: string): number[] {
  return segmentsOf(path).map((s) => (s.startsWith('{') ? 0 : 1));
}
const ORDERED: TypedRoute[] = [...ROUTES].sort((a, b) => {
  const sa = specificity(a.path),
    sb = specificity(b.path);
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const d = (sb[i] ?? -1) - (sa[i] ?? -1);
    if (d) return d;
  }
  return 0;
});
/** Each route's segments, split once (matchRoute runs on every request of the local gateway). */
const ORDERED_SEGMENTS = ORDERED.map((route) => ({ route, segs: segmentsOf(route.path) }));

/** Finds the route for a request; `methodMismatch` tells a 405 from a 404. */
export function matchRoute(method: string, rawPath: string): RouteMatch | { methodMismatch: boolean } {
  const parts = segmentsOf(rawPath);
  let pathMatched = false;
  for (const { route, segs } of ORDERED_SEGMENTS) {
    if (segs.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < segs.length && ok; i++) {
      const s = segs[i];
      if (s.startsWith('{')) {
        try {
          params[s.slice(1, -1)] = decodeURIComponent(parts[i]);
        } catch {
          ok = false;
        }
      } else ok = s === parts[i];
    }
    if (!ok) continue;
    pathMatched = true;
    if (route.method !== method.toUpperCase()) continue;
    return { route, params, routeKey: `${route.method} ${route.path}` };
  }
  return { methodMismatch: pathMatched };
}
