/**
 * The one way a multi-route function chooses what to do: by its exact routeKey, from a table that names every route
 * the function serves, never by the end of the path. The function's name is given (`routeOf<'work/read-work', …>`),
 * never inferred, so the compiler checks the table against the route table (shared/src/routes.ts): a route without
 * its entry, or an entry for another function's route, does not compile. The entry may be what to run (an `ApiRoute`
 * or a handler taking what the function resolved first) or a value (an action's name, a body schema).
 * Several handler files make one function this way (fewer functions keep the platform stack under CloudFormation's
 * 500 resources, docs/cloud.md): the entry file wraps the table in one `apiHandler`, each file exports its routes.
 */
import type { ApiFunctionName, RouteKeyOf } from '@tandem/shared';
import type { ApiEvent, ApiResult } from './http.js';

/** A route's handler as a multi-route function's table holds it (the entry's apiHandler logs and answers problems). */
export type ApiRoute = (event: ApiEvent) => Promise<ApiResult>;

/** The table's entry for the event's route; a route the table does not name throws (a 500: API Gateway never sends one). */
export function routeOf<F extends ApiFunctionName, T>(event: Pick<ApiEvent, 'routeKey'>, routes: NoInfer<Record<RouteKeyOf<F>, T>>): T {
  const table = routes as Record<string, T>;
  if (!Object.hasOwn(table, event.routeKey)) throw new Error(`route ${event.routeKey} is not served by this function`);
  return table[event.routeKey];
}
