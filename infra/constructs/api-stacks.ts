import { API_FUNCTIONS, ROUTES, type ApiFunctionName } from '@tandem/shared';

/** The area of a handler key: its first segment ("reports/create-report" → "reports"). */
type AreaOf<K> = K extends `${infer Area}/${string}` ? Area : never;
export type ApiArea = AreaOf<ApiFunctionName>;

/**
 * The one rule that places the HTTP API's functions and routes: a function goes, with its roles, its integration and
 * every route it serves, into the nested stack of its key's area (CloudFormation allows 500 resources per stack, and the
 * platform stack alone would not hold them; docs/cloud.md, "Stack sizes"). A new area must be given a stack here (the
 * compiler refuses a missing one); a new function or route lands in its area's stack. A stack's id names its nested
 * stack (`Http/Api<stack>`): never rename one, nor move an area to another stack, without reading docs/cloud.md first
 * (its functions and routes would be replaced).
 */
export const API_STACK_OF_AREA = {
  communes: 'Reports',
  reports: 'Reports',
  open311: 'Reports',
  map: 'Reports',
  stats: 'Reports',
  notify: 'Reports',
  privacy: 'Reports',
  docs: 'Reports',
  citizen: 'Reports',
  staff: 'Staff',
  auth: 'Staff',
  notifications: 'Staff',
  permits: 'Permits',
  work: 'Work',
  worksites: 'Work',
  news: 'Services',
  collections: 'Services',
  appointments: 'Services',
} as const satisfies Record<ApiArea, string>;

export type ApiStackName = (typeof API_STACK_OF_AREA)[ApiArea];

/** The nested stack of an API function key. */
export function apiStackOf(key: ApiFunctionName): ApiStackName {
  return API_STACK_OF_AREA[key.slice(0, key.indexOf('/')) as ApiArea];
}

export interface ApiStackContents {
  functions: ApiFunctionName[];
  routes: (typeof ROUTES)[number][];
}

/** Each API stack's functions (in API_FUNCTIONS order) and routes (in ROUTES order), in a stable order of stacks. */
export function apiStackContents(): Map<ApiStackName, ApiStackContents> {
  const stacks = new Map<ApiStackName, ApiStackContents>();
  const of = (name: ApiStackName) => {
    if (!stacks.has(name)) stacks.set(name, { functions: [], routes: [] });
    return stacks.get(name)!;
  };
  for (const key of Object.keys(API_FUNCTIONS) as ApiFunctionName[]) of(apiStackOf(key)).functions.push(key);
  for (const route of ROUTES) of(apiStackOf(route.handler)).routes.push(route);
  return stacks;
}
