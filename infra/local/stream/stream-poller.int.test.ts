import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { StreamPoller } from './stream-poller.js';
import { ensureTable } from '../provision/table.js';
import { LOCAL_CREDENTIALS } from '../services/dynamodb-local.js';
import { logger } from '../util/log.js';
import { localEnv } from '../../../tests/support/local-env.js';

const silent = { ...logger('stream-test', true), warn: () => undefined, error: () => undefined };
let ddb: DynamoDBClient;
let streamArn: string;
let dir: string;
const table = `poller-test-${Date.now().toString(36)}`;

beforeAll(async () => {
  ddb = new DynamoDBClient({ region: 'eu-west-1', endpoint: localEnv().DYNAMODB_ENDPOINT, credentials: LOCAL_CREDENTIALS });
  streamArn = (await ensureTable(ddb, table)).streamArn;
  dir = mkdtempSync(join(tmpdir(), 'tandem-stream-'));
});
afterAll(async () => {
  await ddb.send(new DeleteTableCommand({ TableName: table }));
  ddb.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const put = (sk: string) =>
  ddb.send(
    new PutItemCommand({ TableName: table, Item: { pk: { S: 'C#soignies#REPORT#ABCD-1234' }, sk: { S: sk }, kind: { S: 'created' } } }),
  );

/** Polls until the poller has delivered `n` records in total (bounded). */
async function pollUntil(poller: StreamPoller, n: number): Promise<void> {
  for (let i = 0; i < 100 && poller.delivered < n; i++) {
    await poller.pollOnce();
    if (poller.delivered < n) await new Promise((r) => setTimeout(r, 100));
  }
}

describe('stream poller', () => {
  it('delivers new items as a DynamoDBStreamEvent and does not resend them after a restart', async () => {
    const checkpointFile = join(dir, 'checkpoints.json');
    const events: DynamoDBStreamEvent[] = [];
    const options = {
      endpoint: localEnv().DYNAMODB_ENDPOINT,
      streamArn,
      checkpointFile,
      deadLetterDir: join(dir, 'dlq'),
      log: silent,
      invoke: async (e: DynamoDBStreamEvent) => {
        events.push(e);
      },
    };
    const first = new StreamPoller(options);
    await put('TL#2026-01-01T00:00:00Z#a');
    await pollUntil(first, 1);
    await first.stop();
    const records = events.flatMap((e) => e.Records);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      eventSourceARN: streamArn,
      dynamodb: {
        Keys: { pk: { S: 'C#soignies#REPORT#ABCD-1234' }, sk: { S: 'TL#2026-01-01T00:00:00Z#a' } },
        NewImage: { kind: { S: 'created' } },
        StreamViewType: 'NEW_IMAGE',
      },
    });
    expect(typeof records[0].dynamodb?.SequenceNumber).toBe('string');

    // A new poller with the same checkpoints starts after the last record it delivered.
    const second = new StreamPoller(options);
    await put('TL#2026-01-01T00:00:01Z#b');
    await pollUntil(second, 1);
    await second.stop();
    const all = events.flatMap((e) => e.Records.map((r) => r.dynamodb?.Keys?.sk?.S));
    expect(all).toEqual(['TL#2026-01-01T00:00:00Z#a', 'TL#2026-01-01T00:00:01Z#b']);
  });

  it('retries a failed batch from the first failed record, then dead-letters it', async () => {
    const dlq = join(dir, 'dlq-retry');
    const seen: string[] = [];
    let failing = true;
    const poller = new StreamPoller({
      endpoint: localEnv().DYNAMODB_ENDPOINT,
      streamArn,
      checkpointFile: join(dir, 'retry.json'),
      deadLetterDir: dlq,
      log: silent,
      maxAttempts: 2,
      invoke: async (e) => {
        seen.push(...e.Records.map((r) => r.dynamodb!.Keys!.sk!.S!));
        if (failing) return { batchItemFailures: [{ itemIdentifier: e.Records[e.Records.length - 1].dynamodb!.SequenceNumber! }] };
        return { batchItemFailures: [] };
      },
    });
    await put('TL#2026-01-01T00:00:02Z#c');
    // Everything before the last record of the table's stream is delivered; the last one keeps failing.
    for (let i = 0; i < 100 && readdirSyncSafe(dlq).length === 0; i++) {
      await poller.pollOnce();
      await new Promise((r) => setTimeout(r, 100));
    }
    failing = false;
    await poller.stop();
    const letters = readdirSyncSafe(dlq);
    expect(letters).toHaveLength(1);
    // The failing record was offered twice (maxAttempts), the ones before it once.
    expect(seen.filter((s) => s === 'TL#2026-01-01T00:00:02Z#c')).toHaveLength(2);
    expect(seen.filter((s) => s === 'TL#2026-01-01T00:00:00Z#a')).toHaveLength(1);
  });
});

function readdirSyncSafe(d: string): string[] {
  try {
    return readdirSync(d);
  } catch {
    return [];
  }
}
