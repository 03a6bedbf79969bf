/**
 * Which staff role opens which screen of the staff app: the roles that may list the screen's items in the role
 * matrix (role-matrix.ts). The staff app hides what a role cannot open and says so when a page is refused. The
 * API stays the judge: hiding a link is a courtesy, the 403 is the rule. Department groups (dept-<code>) choose
 * what a screen lists (e.g. the opinions a department owes), not whether it opens.
 */
import { DEPARTMENT_GROUP_PREFIX, ROLE_GROUPS, STAFF_ROLES, type StaffRole } from './identity.js';
import { ROLE_MATRIX, staffRolesFor } from './role-matrix.js';

export const STAFF_SCREENS = [
  'reports',
  'permits',
  'map',
  'projects',
  'tasks',
  'stats',
  'team',
  'audit',
  'notifications',
  'counter',
  'addresses',
  'news',
  'appointments',
  'collections',
] as const;
export type StaffScreen = (typeof STAFF_SCREENS)[number];

/** The roles that open each screen: those that may list its items (reports: everyone; permits and map: agents and admins). */
export const STAFF_SCREEN_ROLES: Readonly<Record<StaffScreen, readonly StaffRole[]>> = {
  reports: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/reports'].list),
  permits: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/permits'].list),
  map: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/map/items'].list),
  /** Projects: list, board, calendar, map, a project (functions/src/work/project-*.ts). */
  projects: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/projects'].list),
  /** « Tâches »: my work first (everyone has their own), then boards, list, calendar and map of tasks. */
  tasks: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/my-work'].read),
  /** Statistics: agents and admins. */
  stats: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/stats'].read),
  /** « Équipe »: staff accounts and Open311 keys (functions/src/staff/staff-accounts.ts, open311-keys.ts). */
  team: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/accounts'].manage),
  /** The audit log: who changed or read what. */
  audit: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/audit'].manage),
  /** The notification centre (the bell's screen): everyone has their own. */
  notifications: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/notifications'].read),
  /** « Guichet » (docs/counter.md): encoding on a citizen's behalf, the receipt, finding a citizen's requests. */
  counter: staffRolesFor(ROLE_MATRIX['POST /api/{commune}/staff/counter/reports'].encode),
  /** « Registre des adresses » (docs/addresses.md): what is loaded, and the import of a new register. */
  addresses: staffRolesFor(ROLE_MATRIX['PUT /api/{commune}/staff/addresses'].import),
  /** « Avis pratiques » (docs/news.md): the commune's practical notices and alerts. */
  news: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/news'].list),
  /** « Rendez-vous » (docs/appointments.md): the day's appointments at the counters, arrivals. */
  appointments: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/appointments'].read),
  /** « Collectes » (docs/collections.md): the waste collection calendar and the streets by zone, their imports. */
  collections: staffRolesFor(ROLE_MATRIX['GET /api/{commune}/staff/collections'].read),
};

/** The roles a token's groups (cognito:groups) give. */
export function staffRolesOf(groups: unknown): StaffRole[] {
  const list = Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [];
  return STAFF_ROLES.filter((r) => list.includes(ROLE_GROUPS[r]));
}

/** The departments a token's groups give (dept-<code>). */
export function staffDepartmentsOf(groups: unknown): string[] {
  const list = Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [];
  return list.filter((g) => g.startsWith(DEPARTMENT_GROUP_PREFIX)).map((g) => g.slice(DEPARTMENT_GROUP_PREFIX.length));
}

export function canOpenStaffScreen(screen: StaffScreen, roles: readonly StaffRole[]): boolean {
  return roles.some((r) => STAFF_SCREEN_ROLES[screen].includes(r));
}
