/**
 * Wraps a background function (stream, bus target, schedule) so that each invocation writes one log line and
 * one metrics record (each invocation in its own tenant scope, lib/tenant.ts): what it received (record count, event type, commune and code), what it did (its outcome
 * or counts), latency and Lambda's ids. A failure is logged with its stack and thrown again, so Lambda retries.
 */
import type { Context } from 'aws-lambda';
import type { BackgroundFunctionName } from '@tandem/shared';
import { inInvocation } from './tenant.js';
import { elapsedMs, invocationFields, logger, publishMetrics } from './observability.js';

/** Only counts and ids from the event: never a record's or a detail's text. */
export function eventFields(event: unknown): Record<string, unknown> {
  if (!event || typeof event !== 'object') return {};
  const e = event as { Records?: unknown[]; 'detail-type'?: string; detail?: { commune?: unknown; code?: unknown } };
  return {
    ...(Array.isArray(e.Records) ? { records: e.Records.length } : {}),
    ...(e['detail-type'] ? { eventType: e['detail-type'] } : {}),
    ...(typeof e.detail?.commune === 'string' ? { commune: e.detail.commune } : {}),
    ...(typeof e.detail?.code === 'string' ? { code: e.detail.code } : {}),
  };
}

/** A string result is the outcome ("sent", "already_sent"); an object result gives its numbers (counts). */
export function resultFields(result: unknown): Record<string, unknown> {
  if (typeof result === 'string') return { outcome: result };
  if (!result || typeof result !== 'object') return {};
  return Object.fromEntries(Object.entries(result).filter(([, v]) => typeof v === 'number'));
}

export function backgroundHandler<E, R>(operation: BackgroundFunctionName, fn: (event: E, context?: Context) => Promise<R>) {
  return (event: E, context?: Context): Promise<R> => inInvocation(() => invoke(event, context));
  async function invoke(event: E, context?: Context): Promise<R> {
    const start = performance.now();
    const base = () => ({ operation, ...eventFields(event), ...invocationFields(context) });
    try {
      const result = await fn(event, context);
      const latencyMs = elapsedMs(start);
      logger().info({ message: 'invocation', ...base(), ...resultFields(result), latencyMs });
      publishMetrics({ operation, latencyMs });
      return result;
    } catch (e) {
      const latencyMs = elapsedMs(start);
      logger().error({ message: 'invocation failed', ...base(), latencyMs }, e as Error);
      publishMetrics({ operation, latencyMs, failed: true });
      throw e;
    }
  }
}
