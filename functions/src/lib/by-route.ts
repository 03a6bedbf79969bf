/**
 * One Lambda function serving the routes of several handler files: each file keeps its own `handler` (apiHandler:
 * request log, headers, problems), and the function's entry picks it by the exact routeKey (routeOf). Fewer
 * functions keep the platform stack under CloudFormation's 500 resources (docs/cloud.md).
 */
import type { Context } from 'aws-lambda';
import type { ApiFunctionName, RouteKeyOf } from '@tandem/shared';
import type { ApiEvent, ApiResult } from './http.js';
import { routeOf } from './route-of.js';

export type RouteHandler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

export function byRoute<F extends ApiFunctionName>(routes: Record<RouteKeyOf<F>, RouteHandler>): RouteHandler {
  return (event, context) => routeOf<F, RouteHandler>(event, routes)(event, context);
}
