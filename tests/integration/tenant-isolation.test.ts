/**
 * Tenant isolation below the code (docs/tenant-isolation.md): a handler serving soignies that, through a
 * deliberately wrong key, reaches for a braine-le-comte item is refused by IAM, not by its own code. Each probe is a
 * real handler (apiHandler, communeFromPath, the stores, the AWS clients) run as a real function against the real
 * stand-ins, with the local IAM evaluating the function's tenant statements (dynamodb:LeadingKeys, object prefixes)
 * for the session tag commune=soignies. The same probe with the soignies key passes: the commune alone decides.
 */
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, QueryCommand, ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { bucketKeys, keys, matchRoute, type RouteMatch } from '@tandem/shared';
import { ddb, env, s3 } from '../../functions/src/lib/aws.js';
import { apiHandler, json } from '../../functions/src/lib/http.js';
import { communeFromPath } from '../../functions/src/lib/commune.js';
import { serveCommuneById } from '../../functions/src/communes/commune-store.js';
import { getReport, listReports } from '../../functions/src/reports/report-store.js';
import { versionedWrite } from '../../functions/src/lib/versioned-write.js';
import { presignedUploadPost, signedReadUrls } from '../../functions/src/lib/stored-files.js';
import { installLocalIam, type LocalAccessDenied } from '../../infra/local/iam/local-iam.js';
import { runAsFunction } from '../../infra/local/iam/function-identity.js';
import { lambdaContext } from '../../infra/local/handlers/load-handler.js';
import { buildApiEvent } from '../../infra/local/server/api-event.js';
import { api, sampleReport, tinyJpeg, uploadWithTicket } from './api-client.js';

const BRAINE = 'braine-le-comte';
/** A point inside Braine-le-Comte (its bbox), for a report of its own. */
const inBraine = () => ({ lat: 50.608 + Math.random() * 0.0005, lng: 4.137 + Math.random() * 0.0005 });

let denied: LocalAccessDenied[] = [];
let quiet: MockInstance[] = [];
beforeEach(() => {
  denied = [];
  installLocalIam({ onDenied: (e) => denied.push(e) });
  // The refused probes log their 500 as the handlers do; keep the test output readable.
  quiet = [
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true),
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true),
  ];
});
afterEach(() => {
  for (const m of quiet) m.mockRestore();
  installLocalIam();
});

async function fileReport(commune: string, location: { lat: number; lng: number }): Promise<{ code: string; photo: string }> {
  const bytes = tinyJpeg();
  const t = await api('POST', `/api/${commune}/uploads`, { body: { contentType: 'image/jpeg', size: bytes.length } });
  expect(t.status).toBe(201);
  expect(await uploadWithTicket(t.body, bytes, 'image/jpeg')).toBeLessThan(300);
  const r = await api('POST', `/api/${commune}/reports`, { body: sampleReport({ location, photos: [t.body.key] }) });
  expect(r.status).toBe(201);
  const code = r.body.report.code as string;
  return { code, photo: bucketKeys.reportPhoto(commune, code, 1, 'jpg') };
}

let soignies: { code: string; photo: string };
let braine: { code: string; photo: string };
beforeAll(async () => {
  soignies = await fileReport('soignies', sampleReport().location);
  braine = await fileReport(BRAINE, inBraine());
});

/**
 * Runs `attempt` inside a real handler of function `fn`, serving the commune of the path (soignies unless told):
 * 200 with what it returned, or the problem the handler answers when a call is refused.
 */
async function probe(fn: string, attempt: () => Promise<unknown>, commune = 'soignies'): Promise<{ statusCode?: number; body?: string }> {
  const url = `/api/${commune}/staff/reports/ABCD-1234`;
  const match = matchRoute('GET', url) as RouteMatch;
  const event = buildApiEvent(
    { method: 'GET', url, headers: { host: 'localhost:4321' }, body: Buffer.alloc(0), sourceIp: '127.0.0.1' },
    match,
  );
  const handler = apiHandler(async (e) => {
    await communeFromPath(e);
    return json(200, { result: (await attempt()) ?? null });
  });
  return runAsFunction(fn, () => handler(event, lambdaContext(fn)));
}

/** The handler failed with a 500 problem because IAM refused `action` on a braine-le-comte key for the soignies session. */
function expectRefused(res: { statusCode?: number }, fn: string, error: string, action: string, what: RegExp) {
  expect(res.statusCode).toBe(500);
  expect(denied).toHaveLength(1);
  const d = denied[0];
  expect(d.name).toBe(error);
  expect(d.functionName).toBe(fn);
  expect(d.sessionTags).toEqual({ commune: 'soignies' });
  expect(d.request.action).toBe(action);
  expect(d.message).toContain(`assumed-role/tandem-local-${fn.replace('/', '-')}-tenant/commune-soignies`);
  expect(`${d.request.resource} ${(d.request.leadingKeys ?? []).join(' ')}`).toMatch(what);
}

const braineKey = () => new RegExp(`C#${BRAINE}#`);

describe('a handler serving soignies cannot reach braine-le-comte through a wrong key', () => {
  it('GetItem: the store called with the other commune is refused; the own commune passes', async () => {
    const ok = await probe('staff/get-staff-report', () => getReport('soignies', soignies.code));
    expect(ok.statusCode).toBe(200);
    expect(JSON.parse(ok.body!).result.code).toBe(soignies.code);
    expect(denied).toEqual([]);

    const res = await probe('staff/get-staff-report', () => getReport(BRAINE, braine.code));
    expectRefused(res, 'staff/get-staff-report', 'AccessDeniedException', 'dynamodb:GetItem', braineKey());
    // The item is there: it is the credentials, not a miss, that stopped the read.
    const seen = await ddb().send(new GetCommand({ TableName: env().tableName, Key: keys.report(BRAINE, braine.code) }));
    expect(seen.Item?.code).toBe(braine.code);
  });

  it('Query on a GSI (the inbox on gsi1, by state on gsi2) of the other commune is refused', async () => {
    const ok = await probe('staff/list-reports', () => listReports('soignies', {}, 5));
    expect(ok.statusCode).toBe(200);

    const res = await probe('staff/list-reports', () => listReports(BRAINE, {}, 5));
    expectRefused(res, 'staff/list-reports', 'AccessDeniedException', 'dynamodb:Query', new RegExp(`/index/gsi1 C#${BRAINE}#REPORTS$`));

    denied = [];
    const byState = await probe('staff/list-reports', () => listReports(BRAINE, { state: 'new' }, 5));
    expectRefused(byState, 'staff/list-reports', 'AccessDeniedException', 'dynamodb:Query', /\/index\/gsi2 /);
  });

  it('a Query whose key condition names no partition, and any Scan, are refused to scoped credentials', async () => {
    const scan = await probe('staff/list-reports', () => ddb().send(new ScanCommand({ TableName: env().tableName, Limit: 1 })));
    expectRefused(scan, 'staff/list-reports', 'AccessDeniedException', 'dynamodb:Scan', /:table\/tandem $/);

    denied = [];
    const q = await probe('staff/list-reports', () =>
      ddb().send(
        new QueryCommand({
          TableName: env().tableName,
          KeyConditionExpression: 'begins_with(pk, :c)',
          ExpressionAttributeValues: { ':c': 'C#' },
        }),
      ),
    );
    expect(q.statusCode).toBe(500);
    expect(denied[0]?.request.leadingKeys).toEqual([]);
  });

  it('TransactWrite: one item of the other commune refuses the whole transaction, and nothing is written', async () => {
    const before = await ddb().send(new GetCommand({ TableName: env().tableName, Key: keys.report('soignies', soignies.code) }));
    const res = await probe('staff/change-report', () =>
      ddb().send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: env().tableName,
                Key: keys.report('soignies', soignies.code),
                UpdateExpression: 'SET probe = :p',
                ExpressionAttributeValues: { ':p': 1 },
              },
            },
            {
              Update: {
                TableName: env().tableName,
                Key: keys.report(BRAINE, braine.code),
                UpdateExpression: 'SET probe = :p',
                ExpressionAttributeValues: { ':p': 1 },
              },
            },
          ],
        }),
      ),
    );
    expectRefused(res, 'staff/change-report', 'AccessDeniedException', 'dynamodb:UpdateItem', braineKey());
    const after = await ddb().send(new GetCommand({ TableName: env().tableName, Key: keys.report('soignies', soignies.code) }));
    expect(after.Item).toEqual(before.Item);

    // The house's versioned write, aimed at the other commune's report: refused too.
    denied = [];
    const versioned = await probe('staff/change-report', () =>
      versionedWrite({ key: keys.report(BRAINE, braine.code), expectedVersion: 1, set: { state: 'closed' }, puts: [] }),
    );
    expectRefused(versioned, 'staff/change-report', 'AccessDeniedException', 'dynamodb:UpdateItem', braineKey());
    const untouched = await ddb().send(new GetCommand({ TableName: env().tableName, Key: keys.report(BRAINE, braine.code) }));
    expect(untouched.Item?.state).toBe('new');
  });

  it("S3: GetObject, HEAD and a presigned read URL of the other commune's photo are refused; its own photo passes", async () => {
    const own = await probe('staff/get-staff-report', async () => (await signedReadUrls([soignies.photo]))[0]);
    expect(own.statusCode).toBe(200);
    expect((await fetch(JSON.parse(own.body!).result)).status).toBe(200);

    const get = await probe('staff/get-staff-report', () =>
      s3().send(new GetObjectCommand({ Bucket: env().uploadsBucket, Key: braine.photo })),
    );
    expectRefused(get, 'staff/get-staff-report', 'AccessDenied', 's3:GetObject', new RegExp(`/reports/${BRAINE}/`));

    denied = [];
    const head = await probe('staff/get-staff-report', () =>
      s3().send(new HeadObjectCommand({ Bucket: env().uploadsBucket, Key: braine.photo })),
    );
    expectRefused(head, 'staff/get-staff-report', 'AccessDenied', 's3:GetObject', new RegExp(`/reports/${BRAINE}/`));

    denied = [];
    const presigned = await probe('staff/get-staff-report', () => signedReadUrls([braine.photo]));
    expectRefused(presigned, 'staff/get-staff-report', 'AccessDenied', 's3:GetObject', new RegExp(`/reports/${BRAINE}/`));
  });

  it("a presigned upload into the other commune's folder is refused when signed", async () => {
    const key = bucketKeys.upload(BRAINE, '2026-01-01', crypto.randomUUID(), 'jpg');
    const res = await probe('reports/request-upload', () => presignedUploadPost({ Bucket: env().uploadsBucket, Key: key }));
    expectRefused(res, 'reports/request-upload', 'AccessDenied', 's3:PutObject', new RegExp(`/uploads/${BRAINE}/`));
  });

  it('an invocation never switches commune: serving braine-le-comte after soignies fails', async () => {
    const res = await probe('staff/get-staff-report', () => serveCommuneById(BRAINE));
    expect(res.statusCode).toBe(500);
    // Serving the same commune again is fine.
    expect((await probe('staff/get-staff-report', () => serveCommuneById('soignies'))).statusCode).toBe(200);
  });

  it('before the commune is known, the base role reads commune registrations only', async () => {
    const handler = apiHandler(async () => json(200, await getReport('soignies', soignies.code)));
    const url = `/api/soignies/staff/reports/${soignies.code}`;
    const event = buildApiEvent(
      { method: 'GET', url, headers: { host: 'localhost:4321' }, body: Buffer.alloc(0), sourceIp: '127.0.0.1' },
      matchRoute('GET', url) as RouteMatch,
    );
    const res = await runAsFunction('staff/get-staff-report', () => handler(event, lambdaContext('staff/get-staff-report')));
    expect(res.statusCode).toBe(500);
    expect(denied[0].sessionTags).toBeUndefined();
    expect(denied[0].message).toContain('assumed-role/tandem-local-staff-get-staff-report/');
  });
});
