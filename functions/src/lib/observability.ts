/**
 * The functions' logger and metrics (Powertools, configured by the POWERTOOLS_* variables of
 * shared/src/observability.ts), and the one line each invocation writes. Only ids, states, counts and timings
 * are logged: never bodies, query strings, headers, e-mail addresses, names or keys.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { METRICS } from '@tandem/shared';

let current: { logger: Logger; metrics: Metrics } | undefined;

/** Created on first use, so they read the environment the runtime has set by then. */
function tools(): { logger: Logger; metrics: Metrics } {
  current ??= { logger: new Logger(), metrics: new Metrics() };
  return current;
}

export const logger = (): Logger => tools().logger;

/** Makes the next use read the environment again (the local runtime calls it when it changes the variables). */
export function resetObservability(): void {
  current = undefined;
}

/** Function names that have run in this process: the first invocation of each is its cold start. */
const warm = new Set<string>();

/** Lambda's fields of a log line (context may be absent when a test calls a handler directly). */
export function invocationFields(context: Context | undefined): Record<string, unknown> {
  if (!context?.functionName) return {};
  const coldStart = !warm.has(context.functionName);
  warm.add(context.functionName);
  return { function_name: context.functionName, function_request_id: context.awsRequestId, cold_start: coldStart };
}

export interface Measured {
  /** Route key or background function key (the metric dimension). */
  operation: string;
  latencyMs: number;
  /** HTTP status, for API invocations. */
  status?: number;
  /** A background invocation that threw. */
  failed?: boolean;
}

/** Latency and error counts of one invocation as one EMF record (namespace and service from the environment). */
export function publishMetrics(m: Measured): void {
  const metrics = tools().metrics;
  metrics.addDimension('operation', m.operation);
  metrics.addMetric(METRICS.latency, MetricUnit.Milliseconds, m.latencyMs);
  if (m.status !== undefined) metrics.addMetric(METRICS.clientErrors, MetricUnit.Count, m.status >= 400 && m.status < 500 ? 1 : 0);
  metrics.addMetric(METRICS.serverErrors, MetricUnit.Count, m.failed || (m.status ?? 0) >= 500 ? 1 : 0);
  metrics.publishStoredMetrics();
}

/** Milliseconds since `start` (performance.now()), rounded to 0.1 ms. */
export const elapsedMs = (start: number): number => Math.round((performance.now() - start) * 10) / 10;
