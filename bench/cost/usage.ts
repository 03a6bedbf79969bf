/**
 * What one user action consumed of what AWS bills (measured by the meter on one machine, bench/cost/meter.ts), and
 * the arithmetic of adding and scaling such amounts. Pure: no platform, no I/O.
 */

/** The amounts counted per action, each in the unit AWS bills it in. */
export const AMOUNTS = [
  /** DynamoDB on-demand read request units (ConsumedCapacity of every call; transactions as AWS counts them). */
  'ddbReadUnits',
  /** DynamoDB on-demand write request units. */
  'ddbWriteUnits',
  /** Net bytes added to the table (items + 100 bytes each, and each index entry + 100 bytes), items with a TTL left out. */
  'ddbStoredBytes',
  /** S3 requests of the PUT, COPY, POST, LIST class (the functions' and the browsers' presigned POSTs). */
  's3PutRequests',
  /** S3 requests of the GET class (GET, HEAD; and each presigned read URL a browser fetches). */
  's3GetRequests',
  /** Bytes browsers fetch with presigned read URLs (transfer out of S3). */
  's3OutBytes',
  /** Bytes added to the bucket's kept folders (reports, permits, tasks…). */
  's3KeptBytes',
  /** Bytes added to the uploads folder (removed by its lifecycle rule after a few days). */
  's3UploadBytes',
  /** EventBridge custom events put on the bus (64 KB chunks). */
  'events',
  /** HTTP API requests (one per invocation of an API function). */
  'apiRequests',
  /** WebSocket messages sent by the client or replied to it (subscribe, ping…). */
  'wsClientMessages',
  /** WebSocket messages posted to one connection by the fan-out (PostToConnection), per connection following the lists. */
  'wsFanOutMessages',
  /** WebSocket connections opened ($connect). */
  'wsConnections',
  /** E-mails sent (SES). */
  'mails',
  /** Bytes of the functions' log lines (their own lines and the EMF metric records), as CloudWatch ingests them. */
  'logBytes',
  /** Log events (lines) of the functions: CloudWatch adds 26 bytes to each. */
  'logEvents',
  /** Requests through CloudFront (pages, their files, the API, the socket's handshake). */
  'cdnRequests',
  /** Bytes CloudFront sends out (compressed where CloudFront compresses). */
  'cdnBytes',
  /** Viewer requests that run the site's CloudFront Function (path rewrite): pages and their files, not the API. */
  'cdnFunctionRuns',
] as const;
export type Amount = (typeof AMOUNTS)[number];

/** One function's share: how often it ran and the milliseconds Lambda bills (each invocation rounded up to 1 ms). */
export interface FunctionUse {
  invocations: number;
  billedMs: number;
}

export interface Usage {
  amounts: Record<Amount, number>;
  /** Per function key (`reports/create-report`). */
  functions: Record<string, FunctionUse>;
  /** Data points per custom metric (`<dimension values>|<metric name>`), from the EMF records the functions write. */
  metrics: Record<string, number>;
}

export function emptyUsage(): Usage {
  return { amounts: Object.fromEntries(AMOUNTS.map((a) => [a, 0])) as Record<Amount, number>, functions: {}, metrics: {} };
}

/** `into` += `u` × `times` (in place); returns `into`. */
export function addUsage(into: Usage, u: Usage, times = 1): Usage {
  for (const a of AMOUNTS) into.amounts[a] += u.amounts[a] * times;
  for (const [name, f] of Object.entries(u.functions)) {
    into.functions[name] ??= { invocations: 0, billedMs: 0 };
    const t = into.functions[name];
    t.invocations += f.invocations * times;
    t.billedMs += f.billedMs * times;
  }
  for (const [key, n] of Object.entries(u.metrics)) into.metrics[key] = (into.metrics[key] ?? 0) + n * times;
  return into;
}

/** `u` × `times`, as a new usage. */
export const scaleUsage = (u: Usage, times: number): Usage => addUsage(emptyUsage(), u, times);

/** The average of several measurements of one action. */
export function averageUsage(samples: readonly Usage[]): Usage {
  if (!samples.length) throw new Error('no sample to average');
  const sum = emptyUsage();
  for (const s of samples) addUsage(sum, s);
  return scaleUsage(sum, 1 / samples.length);
}

/** Total invocations and billed milliseconds over every function. */
export function lambdaTotals(u: Usage): FunctionUse {
  let invocations = 0;
  let billedMs = 0;
  for (const f of Object.values(u.functions)) {
    invocations += f.invocations;
    billedMs += f.billedMs;
  }
  return { invocations, billedMs };
}
