/**
 * Multi-route functions choose what to do by their exact routeKey, from a map that names every route the
 * function serves (checked against the route table by the compiler), never by the end of the path.
 */
import type { ApiFunctionName, RouteKeyOf } from '@tandem/shared';
import type { ApiEvent } from './http.js';

export function routeOf<F extends ApiFunctionName, T>(event: Pick<ApiEvent, 'routeKey'>, routes: Record<RouteKeyOf<F>, T>): T {
  const table = routes as Record<string, T>;
  if (!Object.hasOwn(table, event.routeKey)) throw new Error(`route ${event.routeKey} is not served by this function`);
  return table[event.routeKey];
}
