/**
 * Logs and metrics of the functions, defined once: the Powertools environment set by CDK and by the local
 * runtime, and the metric names that the functions emit and the docs and alarms refer to.
 */

/** `service` of every log line and metric. */
export const SERVICE_NAME = 'tandem';
/** CloudWatch namespace of the functions' own metrics (EMF). */
export const METRICS_NAMESPACE = 'Tandem';

/**
 * The functions' metrics, one dimension set {service, operation}: `operation` is the API route key
 * ("GET /api/{commune}/reports/{code}") or the background function's key ("notify/notify-reporter"), both from
 * the route table, so the number of metrics is bounded. The commune is in every log line, not a dimension:
 * it comes from the request path, and a dimension from input would let anyone create metrics.
 */
export const METRICS = {
  /** Milliseconds from the handler's start to its response (API) or its end (background). */
  latency: 'Latency',
  /** API responses with a 4xx status. */
  clientErrors: 'ClientErrors',
  /** API responses with a 5xx status, or background invocations that failed (and will be retried). */
  serverErrors: 'ServerErrors',
} as const;

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/**
 * Powertools' variables for every function. In the cloud: INFO and EMF metrics. On one machine: the same
 * log lines on the console (WARN and above when quiet, as in tests), metrics off unless asked for
 * (they are CloudWatch input, of no use on a console).
 */
export function observabilityEnv(where: 'cloud' | 'local', options: { quiet?: boolean; metrics?: boolean } = {}): Record<string, string> {
  const level: LogLevel = options.quiet ? 'WARN' : 'INFO';
  return {
    POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
    POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
    POWERTOOLS_LOG_LEVEL: level,
    POWERTOOLS_METRICS_DISABLED: String(where === 'local' && !options.metrics),
  };
}
