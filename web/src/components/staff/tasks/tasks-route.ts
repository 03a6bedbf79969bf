/**
 * The addresses of the tasks section, under /{commune}/agents/taches/: the views (`?vue=`, « Mon travail » when
 * none), a new task (nouvelle/) and one task ({id}/). Every view is a deep link an agent can share.
 */
import type { MyWorkView } from './task-api';

/** The `?vue=` word of each of « Mon travail »'s lists (French, as the addresses are). */
export const MY_WORK_WORDS: Readonly<Record<MyWorkView, string>> = {
  assigned: '',
  mentioned: 'mentions',
  watching: 'suivies',
  overdue: 'en-retard',
  week: 'semaine',
};
export const OTHER_VIEWS = ['tableau', 'liste', 'calendrier', 'carte', 'recurrentes'] as const;
export type OtherView = (typeof OTHER_VIEWS)[number];

export type TasksRoute =
  | { page: 'my-work'; view: MyWorkView }
  | { page: OtherView; params: URLSearchParams }
  | { page: 'new'; params: URLSearchParams }
  | { page: 'task'; id: string };

/** What a path (with its query) under /{commune}/agents/ shows of the tasks section, if it is one of its paths. */
export function tasksRoute(pathAndQuery: string): TasksRoute | undefined {
  const [path, query = ''] = pathAndQuery.split('?');
  const m = path.match(/\/agents\/taches(?:\/([^/]+))?\/?$/);
  if (!m) return undefined;
  const params = new URLSearchParams(query);
  if (m[1] === 'nouvelle') return { page: 'new', params };
  if (m[1]) return { page: 'task', id: decodeURIComponent(m[1]) };
  const vue = params.get('vue') ?? '';
  if ((OTHER_VIEWS as readonly string[]).includes(vue)) return { page: vue as OtherView, params };
  const mine = (Object.keys(MY_WORK_WORDS) as MyWorkView[]).find((k) => MY_WORK_WORDS[k] === vue);
  return { page: 'my-work', view: mine ?? 'assigned' };
}

/** The address of a view of the section (its query words given, empty ones left out). */
export function tasksHref(commune: string, vue = '', more: Record<string, string> = {}): string {
  const q = new URLSearchParams(Object.entries({ vue, ...more }).filter(([, v]) => v)).toString();
  return `/${commune}/agents/taches/${q ? `?${q}` : ''}`;
}

export const taskHref = (commune: string, id: string) => `/${commune}/agents/taches/${encodeURIComponent(id)}/`;

/** The staff page of an item a task links to (report, permit, map item, task, project). */
export function linkHref(commune: string, kind: string, id: string): string {
  const base = `/${commune}/agents/`;
  const e = encodeURIComponent(id);
  switch (kind) {
    case 'report':
      return `${base}signalements/${e}/`;
    case 'permit':
      return `${base}autorisations/${e}/`;
    case 'map-item':
      return `${base}carte/${e}/`;
    case 'project':
      return `${base}projets/${e}/`;
    default:
      return `${base}taches/${e}/`;
  }
}
