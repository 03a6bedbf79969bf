/**
 * The cost meter of `npm run cost` (bench/cost/meter.ts, docs/cost.md) against the real local stand-ins: what it
 * reports for one report filing is what AWS would bill for it. The write units are checked against the items the
 * filing's transaction wrote, read back from the table and each put again, alone, into an empty scratch table of the
 * same shape: DynamoDB Local's own count of a single put (1 unit a KB in the table and in each index) is right, and AWS
 * bills a transaction twice that. The meter counts transactions itself (DynamoDB Local misses some of their items), so
 * this compares its rule with DynamoDB's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AttributeValue,
  DeleteTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { TIMELINE_PREFIX, keys, observabilityEnv } from '@tandem/shared';
import { baseDdb } from '../../functions/src/lib/aws.js';
import { applyHandlerEnv } from '../../infra/local/handlers/handler-env.js';
import { contactEntries } from '../../functions/src/counter/contact-index.js';
import { ensureTable } from '../../infra/local/provision/table.js';
import { Meter } from '../../bench/cost/meter.js';
import { api, sampleReport, tinyJpeg, uploadWithTicket } from './api-client.js';

const C = 'soignies';
const table = () => process.env.TABLE_NAME ?? 'tandem';
let ddb: DynamoDBClient;
let meter: Meter;

/** The handlers log and publish metrics as in Lambda for this file (the meter counts those lines), then as before. */
const cloudLogs = observabilityEnv('cloud');
const before = Object.fromEntries(Object.keys(cloudLogs).map((k) => [k, process.env[k] ?? '']));

beforeAll(async () => {
  applyHandlerEnv(cloudLogs);
  const endpoint = process.env.DYNAMODB_ENDPOINT!;
  ddb = new DynamoDBClient({ region: 'eu-west-1', endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  meter = new Meter({ dynamodbEndpoint: endpoint });
  meter.install();
});
afterAll(() => {
  meter.uninstall();
  ddb.destroy();
  applyHandlerEnv(before);
});

async function item(key: { pk: string; sk: string }): Promise<Record<string, AttributeValue>> {
  const r = await ddb.send(new GetItemCommand({ TableName: table(), Key: { pk: { S: key.pk }, sk: { S: key.sk } }, ConsistentRead: true }));
  if (!r.Item) throw new Error(`no item ${key.pk} ${key.sk}`);
  return r.Item;
}

describe('the cost meter', () => {
  it('counts a report filing’s write units as AWS bills its transaction: the report, its first timeline item, the idempotency record, the contact entry', async () => {
    const bytes = tinyJpeg(4096);
    const ticket = await api('POST', `/api/${C}/uploads`, { body: { purpose: 'photo', contentType: 'image/jpeg', size: bytes.length } });
    expect(await uploadWithTicket(ticket.body, bytes, 'image/jpeg')).toBeLessThan(300);
    const email = `compteur.${Date.now()}@example.org`;
    const idempotencyKey = `cost-meter-${Date.now()}`;

    meter.begin();
    const filed = await api('POST', `/api/${C}/reports`, {
      body: sampleReport({ email, photos: [ticket.body.key] }),
      headers: { 'idempotency-key': idempotencyKey },
    });
    const used = meter.end();
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);

    const code: string = filed.body.code;
    const report = await item(keys.report(C, code));
    const createdAt = report.createdAt.S!;
    const timeline = await ddb.send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :tl)',
        ExpressionAttributeValues: { ':pk': { S: keys.reportPk(C, code) }, ':tl': { S: `${TIMELINE_PREFIX}${createdAt}` } },
        ConsistentRead: true,
      }),
    );
    const created = (timeline.Items ?? []).filter((t) => t.kind?.S === 'created');
    expect(created).toHaveLength(1);
    const contacts = contactEntries(C, { email }, 'report', code, createdAt);
    expect(contacts).toHaveLength(1);
    const written = [
      report,
      created[0],
      await item(keys.idempotency(C, idempotencyKey)),
      ...(await Promise.all(contacts.map((c) => item(c as { pk: string; sk: string })))),
    ];

    // DynamoDB's own count of each item put alone, in an empty table with the same indexes.
    const scratch = `cost-meter-${process.pid}`;
    await ensureTable(ddb, scratch);
    let single = 0;
    try {
      for (const w of written) {
        const put = await ddb.send(new PutItemCommand({ TableName: scratch, Item: w, ReturnConsumedCapacity: 'TOTAL' }));
        single += put.ConsumedCapacity?.CapacityUnits ?? 0;
      }
    } finally {
      await ddb.send(new DeleteTableCommand({ TableName: scratch }));
    }
    // The report is in the inbox's, the state's and the map's indexes: more units than its size alone.
    expect(single).toBeGreaterThan(written.length);
    expect(used.amounts.ddbWriteUnits).toBe(2 * single);
    expect(used.functions['reports/create-report']).toMatchObject({ invocations: 1 });
    expect(used.amounts.apiRequests).toBe(1);
    // The photo copied under reports/ (a COPY, billed as a PUT), after its HEAD and its first bytes read (GETs).
    expect(used.amounts.s3PutRequests).toBe(1);
    expect(used.amounts.s3GetRequests).toBe(2);
    // The handler's request log line and its EMF metrics record, and the metrics it names.
    expect(used.amounts.logEvents).toBeGreaterThanOrEqual(1);
    expect(Object.keys(used.metrics).some((k) => k.includes('POST /api/{commune}/reports') && k.endsWith('|Latency'))).toBe(true);
  });

  it('asks DynamoDB for the capacity of every call, and hides it from a caller that did not ask', async () => {
    const Key = keys.report(C, 'ZZZZ-0000');
    meter.begin();
    const quiet = await baseDdb().send(new GetCommand({ TableName: table(), Key }));
    const asked = await baseDdb().send(new GetCommand({ TableName: table(), Key, ReturnConsumedCapacity: 'TOTAL' }));
    const used = meter.end();
    expect(quiet.ConsumedCapacity).toBeUndefined();
    expect(asked.ConsumedCapacity?.CapacityUnits).toBe(0.5);
    // Two eventually consistent reads of a missing item: half a unit each, as AWS bills them.
    expect(used.amounts.ddbReadUnits).toBe(1);
  });
});
