/**
 * The meter of one machine: counts, between begin() and end(), what AWS would bill for what the functions do. Every SDK
 * call of the functions' clients (functions/src/lib/aws.ts → installLocalCallMeter: DynamoDB capacity, S3 requests,
 * events, WebSocket posts), every invocation and how long it ran (load-handler.ts → observeInvocations), and the bytes
 * the functions write to their console (their log lines and EMF metric records, which CloudWatch ingests). Installed by
 * `npm run cost` and by the meter's integration test only; nothing of it exists in Lambda.
 *
 * DynamoDB: each call asks for its ConsumedCapacity (free in AWS, hidden again from a caller that did not ask), which
 * DynamoDB Local reports as AWS does for single-item calls, queries and batches. Not for transactions: DynamoDB Local
 * 1.25 counts only some of a transaction's items (two items of one partition, one of three of different partitions).
 * So a transaction's units are counted here by AWS's rule (item-size.ts), from each item as it was before and after,
 * read with a client of the meter's own.
 */
import { type AttributeValue, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { API_FUNCTIONS } from '@tandem/shared';
import { type MeteredCall, installLocalCallMeter } from '../../functions/src/lib/aws.js';
import { observeInvocations } from '../../infra/local/handlers/load-handler.js';
import { currentFunction } from '../../infra/local/iam/function-identity.js';
import { LOCAL_CREDENTIALS } from '../../infra/local/services/dynamodb-local.js';
import { changeUnits, tableUnits, transactionalReadUnits } from './item-size.js';
import { type Amount, type Usage, emptyUsage } from './usage.js';

const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem']);
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);
const S3_PUT_CLASS = new Set([
  'PutObject',
  'CopyObject',
  'PostObject',
  'ListObjects',
  'ListObjectsV2',
  'CreateMultipartUpload',
  'UploadPart',
]);
const S3_GET_CLASS = new Set(['GetObject', 'HeadObject']);
const EVENT_CHUNK_BYTES = 64 * 1024;

type Item = Record<string, AttributeValue>;
type Output = Record<string, unknown>;
type Capacity = { CapacityUnits?: number };

/** Capacity units of a call's ConsumedCapacity (one object, or one per table for batches). */
export function capacityUnits(consumed: unknown): number {
  if (!consumed) return 0;
  const all = (Array.isArray(consumed) ? consumed : [consumed]) as Capacity[];
  return all.reduce((n, c) => n + (c.CapacityUnits ?? 0), 0);
}

/** An item or key as DynamoDB takes it: the DocumentClient's native values are marshalled as it marshals them. */
function asAttributes(value: Record<string, unknown>): Item {
  const pk = value.pk as { S?: unknown } | undefined;
  if (pk && typeof pk === 'object' && typeof pk.S === 'string') return value as Item;
  return marshall(value, { removeUndefinedValues: true });
}

/** One write of a transaction: what it does, to which item, with the new item when it is a Put. */
interface TransactionWrite {
  kind: 'Put' | 'Update' | 'Delete' | 'ConditionCheck';
  table: string;
  key: Item;
  item?: Item;
}

function transactionWrites(input: Record<string, unknown>): TransactionWrite[] {
  return (
    (input.TransactItems ?? []) as Record<string, { TableName: string; Item?: Record<string, unknown>; Key?: Record<string, unknown> }>[]
  ).map((entry) => {
    const kind = Object.keys(entry)[0] as TransactionWrite['kind'];
    const e = entry[kind];
    const item = e.Item ? asAttributes(e.Item) : undefined;
    const key = item ? { pk: item.pk, sk: item.sk } : asAttributes(e.Key ?? {});
    return { kind, table: e.TableName, key, item };
  });
}

export interface MeterOptions {
  /** DynamoDB Local, where the meter reads a transaction's items before and after it. */
  dynamodbEndpoint: string;
}

export class Meter {
  private current: Usage | undefined;
  /** Object keys the presigned read URLs handed out in the current window point at. */
  presignedReads: string[] = [];
  private readonly undo: (() => void)[] = [];
  private readonly apiFunctions = new Set(Object.keys(API_FUNCTIONS));
  private readonly ddb: DynamoDBClient;

  constructor(o: MeterOptions) {
    this.ddb = new DynamoDBClient({ region: 'eu-west-1', endpoint: o.dynamodbEndpoint, credentials: LOCAL_CREDENTIALS });
  }

  install(): void {
    installLocalCallMeter((call, send) => this.call(call, send));
    this.undo.push(() => installLocalCallMeter(undefined));
    this.undo.push(observeInvocations((name, ms) => this.invocation(name, ms)));
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write;
      // The functions' console is CloudWatch's input: counted and kept off this terminal. Everything else passes.
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        if (!currentFunction()) return write.call(stream, chunk, ...(rest as []));
        this.log(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        done?.();
        return true;
      }) as typeof stream.write;
      this.undo.push(() => {
        stream.write = write;
      });
    }
  }

  uninstall(): void {
    for (const u of this.undo.reverse()) u();
    this.undo.length = 0;
    this.ddb.destroy();
  }

  begin(): void {
    this.current = emptyUsage();
    this.presignedReads = [];
  }

  /** The use counted since begin(). */
  end(): Usage {
    const u = this.current;
    if (!u) throw new Error('end() without begin()');
    this.current = undefined;
    return u;
  }

  /** Adds what the caller counted itself (a browser's upload, a page's files, a socket's frames). */
  add(amount: Amount, n: number): void {
    if (this.current) this.current.amounts[amount] += n;
  }

  /** Invocations of a function counted so far in the current window. */
  invocationsOf(name: string): number {
    return this.current?.functions[name]?.invocations ?? 0;
  }

  private async call(c: MeteredCall, send: (input: Record<string, unknown>) => Promise<Output>): Promise<Output> {
    if (c.service === 'dynamodb') return this.dynamodb(c, send);
    const output = await send(c.input);
    const a = this.current?.amounts;
    if (!a) return output;
    if (c.service === 's3') {
      // A presigned read sends nothing: the runner counts the browser's GET if the URL is fetched (presignedReads).
      if ('presigned' in output) {
        if (c.operation === 'GetObject') this.presignedReads.push(String(c.input.Key));
      } else if (S3_PUT_CLASS.has(c.operation)) a.s3PutRequests += 1;
      else if (S3_GET_CLASS.has(c.operation)) a.s3GetRequests += 1;
    } else if (c.service === 'events' && c.operation === 'PutEvents') {
      for (const e of (c.input.Entries ?? []) as Record<string, unknown>[])
        a.events += Math.max(1, Math.ceil(Buffer.byteLength(JSON.stringify(e)) / EVENT_CHUNK_BYTES));
    } else if (c.service === 'execute-api' && c.operation === 'PostToConnection') {
      a.wsFanOutMessages += 1;
    }
    return output;
  }

  private async dynamodb(c: MeteredCall, send: (input: Record<string, unknown>) => Promise<Output>): Promise<Output> {
    if (c.operation === 'TransactWriteItems') return this.transactWrite(c, send);
    if (c.operation === 'TransactGetItems') {
      const output = await send(c.input);
      const responses = (output.Responses ?? []) as { Item?: Record<string, unknown> }[];
      this.add(
        'ddbReadUnits',
        responses.reduce((n, r) => n + transactionalReadUnits(r.Item && asAttributes(r.Item)), 0),
      );
      return output;
    }
    const measured = READS.has(c.operation) || WRITES.has(c.operation);
    const ask = measured && c.input.ReturnConsumedCapacity === undefined;
    const output = await send(ask ? { ...c.input, ReturnConsumedCapacity: 'TOTAL' } : c.input);
    if (measured) this.add(READS.has(c.operation) ? 'ddbReadUnits' : 'ddbWriteUnits', capacityUnits(output.ConsumedCapacity));
    if (!ask) return output;
    const { ConsumedCapacity: _, ...rest } = output;
    return rest;
  }

  /** AWS's units of a transaction: twice the standard units of each item's change (a refused one costs them too). */
  private async transactWrite(c: MeteredCall, send: (input: Record<string, unknown>) => Promise<Output>): Promise<Output> {
    const writes = transactionWrites(c.input);
    const before = await Promise.all(writes.map((w) => this.peek(w.table, w.key)));
    const units = async () => {
      const after = await Promise.all(
        writes.map((w, i) =>
          w.kind === 'Put' ? w.item : w.kind === 'Update' ? this.peek(w.table, w.key) : w.kind === 'Delete' ? undefined : before[i],
        ),
      );
      return writes.reduce(
        // A condition check reads the item in the table only: the units of its size there.
        (n, w, i) => n + 2 * (w.kind === 'ConditionCheck' ? tableUnits(before[i]) : changeUnits(before[i], after[i])),
        0,
      );
    };
    try {
      const output = await send(c.input);
      this.add('ddbWriteUnits', await units());
      return output;
    } catch (e) {
      this.add('ddbWriteUnits', writes.length * 2);
      throw e;
    }
  }

  private async peek(table: string, key: Item): Promise<Item | undefined> {
    return (await this.ddb.send(new GetItemCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item;
  }

  private invocation(name: string, ms: number): void {
    const u = this.current;
    if (!u) return;
    u.functions[name] ??= { invocations: 0, billedMs: 0 };
    const f = u.functions[name];
    f.invocations += 1;
    f.billedMs += Math.max(1, Math.ceil(ms));
    if (this.apiFunctions.has(name)) u.amounts.apiRequests += 1;
  }

  private log(text: string): void {
    const u = this.current;
    if (!u) return;
    for (const line of text.split('\n')) {
      if (!line) continue;
      u.amounts.logBytes += Buffer.byteLength(line);
      u.amounts.logEvents += 1;
      for (const key of metricKeys(line)) u.metrics[key] = (u.metrics[key] ?? 0) + 1;
    }
  }
}

/** The custom metrics an EMF record reports (`<namespace>|<dimension=value,…>|<metric>`), none for a plain log line. */
export function metricKeys(line: string): string[] {
  if (!line.includes('"_aws"')) return [];
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return [];
  }
  const directives = (record._aws as { CloudWatchMetrics?: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] })
    ?.CloudWatchMetrics;
  return (directives ?? []).flatMap((d) =>
    d.Dimensions.flatMap((dims) => {
      const values = dims.map((k) => `${k}=${String(record[k])}`).join(',');
      return d.Metrics.map((m) => `${d.Namespace}|${values}|${m.Name}`);
    }),
  );
}
