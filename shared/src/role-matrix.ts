/**
 * Who may do what, defined once: for every staff route (its routeKey) and each action the route carries, the
 * roles that may do it and on which items. The handlers ask `authorize` (functions/src/lib/authorize.ts), the
 * staff app hides what the user may not do with `mayDo`, the matrix test walks every line against the running
 * platform, and docs/roles.md says it in words. Adding a staff route = adding its line here (the compiler
 * refuses a staff route without one).
 *
 * Roles are the Cognito groups (agents, workers, admins), with one split: an agent acts as a **reviewer** for
 * the departments of the commune config marked `reviewOnly` (an outside body such as the police zone or the
 * fire and rescue zone, asked for opinions on permits), and as an **agent** for the others. A user in several
 * groups or departments holds several such hats; an action is allowed when one hat allows it.
 */
import type { StaffRole } from './identity.js';
import type { ROUTES } from './routes.js';

export const MATRIX_ROLES = ['worker', 'agent', 'reviewer', 'admin'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/**
 * On which items a role may act:
 *   any       every item of the commune;
 *   own       items of one of the user's departments: a report's department (its category's, or the one it was
 *             passed to), a permit's handling department, a map item's owning department, an opinion's department;
 *   involved  permits handled or reviewed by one of the user's departments; projects one of them takes part in;
 *   assigned  tasks of one of the user's departments, or assigned to the user (whatever their department).
 */
export type Scope = 'any' | 'own' | 'involved' | 'assigned';
export const SCOPES: readonly Scope[] = ['any', 'own', 'involved', 'assigned'];

/** One action: what it is (for refusals and the docs) and the scope of each role that may do it; admins do everything. */
export type Rule = { readonly what: string; readonly admin: 'any' } & { readonly [R in Exclude<MatrixRole, 'admin'>]?: Scope };

type KeyOfStaffRoute<R> = R extends { method: string; path: string; auth: 'staff' } ? `${R['method']} ${R['path']}` : never;
/** The routeKey of every route behind a staff token. */
export type StaffRouteKey = KeyOfStaffRoute<(typeof ROUTES)[number]>;

const adminOnly = (what: string): Rule => ({ what, admin: 'any' });

export const ROLE_MATRIX = {
  // Reports: everyone on the staff reads them (workers those of their departments); the reporter's e-mail and
  // name only for the commune's agents and admins; the department a report belongs to handles it.
  'GET /api/{commune}/staff/reports': {
    list: { what: 'list reports', worker: 'own', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'GET /api/{commune}/staff/reports/{code}': {
    read: { what: 'read a report', worker: 'own', agent: 'any', reviewer: 'any', admin: 'any' },
    personalData: { what: "read a reporter's e-mail and name", agent: 'any', admin: 'any' },
  },
  'PATCH /api/{commune}/staff/reports/{code}': {
    assign: { what: 'pass a report to another department', agent: 'own', admin: 'any' },
    plan: { what: "set a report's assignee, priority and due date", agent: 'own', admin: 'any' },
  },
  'POST /api/{commune}/staff/reports/{code}/transitions': {
    transition: { what: "change a report's state", agent: 'own', admin: 'any' },
  },
  'POST /api/{commune}/staff/reports/{code}/updates': {
    publicUpdate: { what: 'write to the reporter', agent: 'own', admin: 'any' },
    privateNote: { what: 'add an internal note to a report', agent: 'any', admin: 'any' },
  },
  // Search answers only what the list routes would show the same person (each result is checked against them).
  'GET /api/{commune}/staff/search': {
    search: { what: 'search reports and permits by code, address or words', worker: 'own', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  // Permits: the handling department decides and writes to the requester; the departments asked for an
  // opinion read the request, give their opinion and add notes.
  'GET /api/{commune}/staff/permits': {
    list: { what: 'list permit requests', agent: 'involved', reviewer: 'involved', admin: 'any' },
  },
  'GET /api/{commune}/staff/permits/{code}': {
    read: { what: 'read a permit request', agent: 'involved', reviewer: 'involved', admin: 'any' },
  },
  'POST /api/{commune}/staff/permits/{code}/transitions': {
    transition: { what: 'move a permit request (review, opinions, decision, issue, cancellation)', agent: 'own', admin: 'any' },
  },
  'POST /api/{commune}/staff/permits/{code}/updates': {
    publicUpdate: { what: 'write to the requester', agent: 'own', admin: 'any' },
    privateNote: { what: 'add an internal note to a permit request', agent: 'involved', reviewer: 'involved', admin: 'any' },
  },
  'POST /api/{commune}/staff/permits/{code}/opinions/{department}': {
    opinion: { what: "give a department's opinion", agent: 'own', reviewer: 'own', admin: 'any' },
  },
  // Map items feed the public map, Waze and the calendars: the owning department's agents publish them.
  'GET /api/{commune}/staff/map/items': {
    list: { what: 'list map items', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/map/items': {
    create: { what: 'publish a map item', agent: 'own', admin: 'any' },
  },
  'PUT /api/{commune}/staff/map/items/{id}': {
    update: { what: 'edit a map item', agent: 'own', admin: 'any' },
  },
  'DELETE /api/{commune}/staff/map/items/{id}': {
    delete: { what: 'delete a map item', agent: 'own', admin: 'any' },
  },
  // Projects: every agent sees them (the staff's shared picture of what the commune runs); the lead department's
  // agents start one; the agents of any department taking part change it.
  'GET /api/{commune}/staff/projects': {
    list: { what: 'list projects', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/projects': {
    create: { what: 'start a project', agent: 'own', admin: 'any' },
  },
  'GET /api/{commune}/staff/projects/{id}': {
    read: { what: 'read a project', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'PATCH /api/{commune}/staff/projects/{id}': {
    update: { what: 'change a project', agent: 'involved', admin: 'any' },
  },
  'GET /api/{commune}/staff/projects/{id}/tasks': {
    read: { what: "list a project's tasks", agent: 'any', reviewer: 'any', admin: 'any' },
  },
  // Works sites' public pages: the project's departments' agents publish them and tell of their progress (field
  // workers of those departments too, with their photos).
  'POST /api/{commune}/staff/projects/{id}/publication': {
    publish: { what: "publish a works project's public page", agent: 'own', admin: 'any' },
  },
  'DELETE /api/{commune}/staff/projects/{id}/publication': {
    unpublish: { what: "take a works project's public page down", agent: 'own', admin: 'any' },
  },
  'POST /api/{commune}/staff/projects/{id}/progress': {
    progress: { what: 'write a progress update on a works site’s public page', worker: 'own', agent: 'own', admin: 'any' },
  },
  // The commune's settings: admins only.
  'GET /api/{commune}/staff/open311/keys': { manage: adminOnly('see the Open311 keys') },
  'POST /api/{commune}/staff/open311/keys': { manage: adminOnly('issue an Open311 key') },
  'DELETE /api/{commune}/staff/open311/keys/{id}': { manage: adminOnly('revoke an Open311 key') },
  'GET /api/{commune}/staff/accounts': { manage: adminOnly('see the staff accounts') },
  'POST /api/{commune}/staff/accounts': { manage: adminOnly('invite a staff member') },
  'PATCH /api/{commune}/staff/accounts/{id}': { manage: adminOnly('change a staff member’s role, departments or name') },
  'POST /api/{commune}/staff/accounts/{id}/disable': { manage: adminOnly('disable a staff account') },
  'POST /api/{commune}/staff/accounts/{id}/enable': { manage: adminOnly('enable a staff account') },
  'GET /api/{commune}/staff/audit': { manage: adminOnly('read the audit log') },
  'GET /api/{commune}/staff/audit.csv': { manage: adminOnly('export the audit log') },
  // The staff workspace (docs/work.md). Workers see and move the tasks of their departments or assigned to them,
  // tick checklists and comment; agents create tasks for any department (work crosses departments) and edit those
  // of their departments or assigned to them; reviewers (outside bodies) read and comment; admins do everything.
  'GET /api/{commune}/staff/people': {
    list: { what: 'list the staff (pickers, @mentions)', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/tasks': {
    create: { what: 'create a task', agent: 'any', admin: 'any' },
  },
  'GET /api/{commune}/staff/tasks': {
    list: { what: 'list tasks', worker: 'assigned', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'GET /api/{commune}/staff/tasks/{id}': {
    read: { what: 'read a task', worker: 'assigned', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'PATCH /api/{commune}/staff/tasks/{id}': {
    edit: { what: "change a task's title, team, people, due date or other details", agent: 'assigned', admin: 'any' },
    move: { what: 'move a task to another status', worker: 'assigned', agent: 'assigned', admin: 'any' },
    tick: { what: "tick a task's checklist or join files to it", worker: 'assigned', agent: 'assigned', admin: 'any' },
  },
  'POST /api/{commune}/staff/tasks/{id}/comments': {
    comment: { what: 'comment on a task', worker: 'assigned', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'PUT /api/{commune}/staff/tasks/{id}/watch': {
    watch: { what: 'watch a task', worker: 'assigned', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'DELETE /api/{commune}/staff/tasks/{id}/watch': {
    watch: { what: 'stop watching a task', worker: 'assigned', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/projects/{id}/comments': {
    comment: { what: 'comment on a project', worker: 'involved', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'PUT /api/{commune}/staff/projects/{id}/watch': {
    watch: { what: 'watch a project', worker: 'involved', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'DELETE /api/{commune}/staff/projects/{id}/watch': {
    watch: { what: 'stop watching a project', worker: 'involved', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  // Staff comments on reports and permits, and watching them: whoever may read the item (as its GET line says).
  'POST /api/{commune}/staff/reports/{code}/comments': {
    comment: { what: 'comment on a report', worker: 'own', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'PUT /api/{commune}/staff/reports/{code}/watch': {
    watch: { what: 'watch a report', worker: 'own', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'DELETE /api/{commune}/staff/reports/{code}/watch': {
    watch: { what: 'stop watching a report', worker: 'own', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/permits/{code}/comments': {
    comment: { what: 'comment on a permit request', agent: 'involved', reviewer: 'involved', admin: 'any' },
  },
  'PUT /api/{commune}/staff/permits/{code}/watch': {
    watch: { what: 'watch a permit request', agent: 'involved', reviewer: 'involved', admin: 'any' },
  },
  'DELETE /api/{commune}/staff/permits/{code}/watch': {
    watch: { what: 'stop watching a permit request', agent: 'involved', reviewer: 'involved', admin: 'any' },
  },
  'GET /api/{commune}/staff/my-work': {
    read: { what: 'read one’s own work lists', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'GET /api/{commune}/staff/boards/{department}': {
    read: { what: "read a department's board", worker: 'own', agent: 'any', reviewer: 'own', admin: 'any' },
  },
  // Recurring tasks: every agent sees them (workers those of their departments); a department's agents set up its own.
  'GET /api/{commune}/staff/recurrences': {
    list: { what: 'list recurring tasks', worker: 'own', agent: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/recurrences': {
    create: { what: 'set up a recurring task', agent: 'own', admin: 'any' },
  },
  'PATCH /api/{commune}/staff/recurrences/{id}': {
    update: { what: 'change a recurring task', agent: 'own', admin: 'any' },
  },
  'DELETE /api/{commune}/staff/recurrences/{id}': {
    delete: { what: 'delete a recurring task', agent: 'own', admin: 'any' },
  },
  // A work order from a report: the agents of the report's department (who handle it) order the work, for any team.
  'POST /api/{commune}/staff/reports/{code}/work-orders': {
    create: { what: 'make a work order from a report', agent: 'own', admin: 'any' },
  },
  // Statistics and list exports: office work for the commune's agents and admins (a department's figures included,
  // whatever the agent's own departments: comparing is the point); neither workers nor outside reviewers.
  'GET /api/{commune}/staff/stats': { read: { what: 'read the statistics', agent: 'any', admin: 'any' } },
  'GET /api/{commune}/staff/stats.csv': { export: { what: 'export the statistics as CSV', agent: 'any', admin: 'any' } },
  'GET /api/{commune}/staff/reports.csv': { export: { what: 'export the reports inbox as CSV', agent: 'any', admin: 'any' } },
  // Real-time catch-up: anyone on the staff; each change is answered only if its topic's list or item route would
  // show it to the same person (realtime/topics.ts).
  'GET /api/{commune}/staff/changes': {
    read: { what: 'catch up on the live changes missed', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'GET /api/{commune}/staff/permits.csv': {
    export: { what: 'export the permit requests as CSV', agent: 'involved', admin: 'any' },
  },
  // The notification centre: each person reads and marks their own notifications and sets their own preferences
  // (the routes name no person: the handler reads the caller's partition only).
  'GET /api/{commune}/staff/notifications': {
    read: { what: 'read one’s own notifications', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'GET /api/{commune}/staff/notifications/unread': {
    read: { what: 'count one’s own unread notifications', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/notifications/read': {
    mark: { what: 'mark one’s own notifications read', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'GET /api/{commune}/staff/notifications/preferences': {
    read: { what: 'read one’s own notification preferences', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'PUT /api/{commune}/staff/notifications/preferences': {
    change: { what: 'choose how one hears of one’s notifications', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  // Web Push: each person registers their own browsers (the key is the platform's, public by nature).
  'GET /api/{commune}/staff/notifications/push': {
    read: { what: 'read the Web Push public key', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'PUT /api/{commune}/staff/notifications/push': {
    change: { what: 'register one’s own browser for push', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'DELETE /api/{commune}/staff/notifications/push': {
    change: { what: 'unregister one’s own browser from push', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  // The field app (docs/field-app.md): each person reads their own « Aujourd’hui » (their tasks and their departments');
  // anyone on the staff files what they see in the field as a report « signalé par le service ».
  'GET /api/{commune}/staff/today': {
    read: { what: 'read one’s own tasks of the day and one’s teams’', worker: 'any', agent: 'any', reviewer: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/reports': {
    create: {
      what: 'file a report seen in the field (« signalé par le service »)',
      worker: 'any',
      agent: 'any',
      reviewer: 'any',
      admin: 'any',
    },
  },
  // At the counter (docs/counter.md): the commune's agents (and admins) receive citizens; workers are in the field and
  // reviewers are outside bodies. Finding a citizen's requests reads personal data: the same people as a reporter's e-mail.
  'POST /api/{commune}/staff/counter/reports': {
    encode: { what: 'file a report on behalf of a citizen at the counter', agent: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/counter/permits': {
    encode: { what: 'file a permit request on behalf of a citizen at the counter', agent: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/counter/search': {
    search: { what: "find a citizen's requests by e-mail or phone", agent: 'any', admin: 'any' },
  },
  // The commune's address register (docs/addresses.md): replaced whole by an admin's import.
  'GET /api/{commune}/staff/addresses': { read: adminOnly('see the address register in use (counts, when, by whom)') },
  'PUT /api/{commune}/staff/addresses': { import: adminOnly('import the address register (CSV)') },
  // Practical notices (docs/news.md): the commune's agents write them, for the whole commune (they belong to no department).
  'GET /api/{commune}/staff/news': { list: { what: 'list the practical notices', agent: 'any', admin: 'any' } },
  'POST /api/{commune}/staff/news': { create: { what: 'write a practical notice', agent: 'any', admin: 'any' } },
  'PATCH /api/{commune}/staff/news/{id}': {
    update: { what: 'change, unpublish or publish again a practical notice', agent: 'any', admin: 'any' },
  },
  // The waste collection calendar (docs/collections.md): the commune's, no department's; agents keep it up to date.
  'GET /api/{commune}/staff/collections': {
    read: { what: 'see the waste collection calendar and the streets by zone', agent: 'any', admin: 'any' },
  },
  'PUT /api/{commune}/staff/collections/calendar/{year}': {
    import: { what: "import a year's waste collection calendar (CSV or iCalendar)", agent: 'any', admin: 'any' },
  },
  'PUT /api/{commune}/staff/collections/streets': {
    import: { what: 'assign streets to waste collection zones (CSV)', agent: 'any', admin: 'any' },
  },
  // Appointments at the counter (docs/appointments.md): the commune's counters, no department's; every agent receives people.
  'GET /api/{commune}/staff/appointments': {
    read: { what: "read a day's appointments at the counters", agent: 'any', admin: 'any' },
  },
  'POST /api/{commune}/staff/appointments/{code}/arrival': {
    arrival: { what: 'mark that a person came to their appointment', agent: 'any', admin: 'any' },
  },
} as const satisfies Record<StaffRouteKey, Record<string, Rule>>;

export type RoleMatrix = typeof ROLE_MATRIX;
/** The actions of one staff route. */
export type ActionOf<K extends StaffRouteKey> = keyof RoleMatrix[K] & string;

/** Who asks: the roles and departments of the token. */
export interface StaffActor {
  roles: readonly StaffRole[];
  departments: readonly string[];
  /** The user's Cognito sub: the 'assigned' scope matches it against a task's assignees. */
  sub?: string;
}
/** What the matrix needs of a commune: which departments are outside bodies that only review. */
export interface DepartmentsOfCommune {
  departments: readonly { code: string; reviewOnly?: boolean }[];
}
/**
 * The item acted on, as its departments: `department` owns it (a report's, a permit's handling department, a map
 * item's owner, an opinion's department); `reviewers` review it (a permit's reviewing departments).
 */
export interface Subject {
  department?: string;
  reviewers?: readonly string[];
  /** The people (subs) a task is assigned to (scope 'assigned'). */
  assignees?: readonly string[];
}

/** A role the user holds and the departments it acts for. */
export interface Hat {
  role: MatrixRole;
  departments: readonly string[];
}

/** The hats a user wears: admin; agent for ordinary departments; reviewer for review-only ones; worker. */
export function hatsOf(actor: StaffActor, commune: DepartmentsOfCommune): Hat[] {
  const reviewOnly = new Set(commune.departments.filter((d) => d.reviewOnly).map((d) => d.code));
  const hats: Hat[] = [];
  if (actor.roles.includes('admin')) hats.push({ role: 'admin', departments: actor.departments });
  if (actor.roles.includes('agent')) {
    const ordinary = actor.departments.filter((d) => !reviewOnly.has(d));
    const reviewing = actor.departments.filter((d) => reviewOnly.has(d));
    // An agent of no department is still an agent of the commune (reads, notes), owning nothing.
    if (ordinary.length || !reviewing.length) hats.push({ role: 'agent', departments: ordinary });
    if (reviewing.length) hats.push({ role: 'reviewer', departments: reviewing });
  }
  if (actor.roles.includes('worker')) hats.push({ role: 'worker', departments: actor.departments });
  return hats;
}

export function ruleOf<K extends StaffRouteKey>(route: K, action: ActionOf<K>): Rule {
  return (ROLE_MATRIX[route] as Record<string, Rule>)[action];
}

/** Whether a scope covers an item, for a hat's departments. */
export function scopeCovers(scope: Scope, departments: readonly string[], subject: Subject, sub?: string): boolean {
  if (scope === 'any') return true;
  const owns = subject.department !== undefined && departments.includes(subject.department);
  if (scope === 'own') return owns;
  if (scope === 'assigned') return owns || (sub !== undefined && (subject.assignees ?? []).includes(sub));
  return owns || (subject.reviewers ?? []).some((d) => departments.includes(d));
}

/**
 * Whether the user may do an action: on this item when one is given, else on some item (a list, a screen,
 * a button shown before the item is chosen).
 */
export function mayDo<K extends StaffRouteKey>(
  actor: StaffActor,
  commune: DepartmentsOfCommune,
  route: K,
  action: ActionOf<K>,
  subject?: Subject,
): boolean {
  const rule = ruleOf(route, action);
  return hatsOf(actor, commune).some((h) => {
    const scope = rule[h.role];
    return scope !== undefined && (subject === undefined || scopeCovers(scope, h.departments, subject, actor.sub));
  });
}

/**
 * For a list: the departments whose items the user may see, or 'any' (every item). An empty list: none.
 * ('involved' counts as the departments: the caller matches them against owners and reviewers; 'assigned' too: the
 * caller adds the items assigned to the user.)
 */
export function listScope<K extends StaffRouteKey>(
  actor: StaffActor,
  commune: DepartmentsOfCommune,
  route: K,
  action: ActionOf<K>,
): 'any' | string[] {
  const rule = ruleOf(route, action);
  const departments = new Set<string>();
  for (const h of hatsOf(actor, commune)) {
    const scope = rule[h.role];
    if (scope === 'any') return 'any';
    if (scope) for (const d of h.departments) departments.add(d);
  }
  return [...departments];
}

const ROLE_WORDS: Record<MatrixRole, string> = { worker: 'workers', agent: 'agents', reviewer: 'reviewers', admin: 'admins' };
const SCOPE_WORDS: Record<Scope, string> = {
  any: '',
  own: ' of the department it belongs to',
  involved: ' of a department that handles or reviews it',
  assigned: ' of the department it belongs to or assigned to it',
};

/** Who may do an action, in words: "agents of the department it belongs to, admins". */
export function whoMay(rule: Rule): string {
  return MATRIX_ROLES.filter((r) => rule[r])
    .map((r) => `${ROLE_WORDS[r]}${SCOPE_WORDS[rule[r]!]}`)
    .join(', ');
}

/** The Cognito roles that hold an action in some scope (reviewers are agents). */
export function staffRolesFor(rule: Rule): StaffRole[] {
  const roles = new Set<StaffRole>();
  for (const r of MATRIX_ROLES) if (rule[r]) roles.add(r === 'reviewer' ? 'agent' : r);
  return [...roles];
}

/** Every (route, action) of the matrix, for the tests and the docs. */
export function matrixLines(): { route: StaffRouteKey; action: string; rule: Rule }[] {
  return Object.entries(ROLE_MATRIX).flatMap(([route, actions]) =>
    Object.entries(actions as Record<string, Rule>).map(([action, rule]) => ({ route: route as StaffRouteKey, action, rule })),
  );
}
