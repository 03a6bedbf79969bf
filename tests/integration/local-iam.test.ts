/**
 * The local runtime enforces each function's declared access as IAM does in AWS: a handler that touches a table,
 * a bucket folder or a presigned upload it was not granted gets AWS's AccessDenied error, logged, and the
 * client gets a 500 problem. Each case narrows one function's declaration (installLocalIam's override), runs the
 * real handler against the real stand-ins, and checks the same request passes with the declared grants.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { API_FUNCTIONS, PROBLEM_CONTENT_TYPE, bucketKeys, type FunctionAccess } from '@tandem/shared';
import { installLocalIam } from '../../infra/local/iam/local-iam.js';
import { api, auth, sampleReport, signIn, tinyJpeg, uploadWithTicket } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { eventDetails, requester, tinyPdf, uploadDocument } from './permit-fixtures.js';

/** The lines the functions log (Powertools writes to process.stderr for errors). */
let logged: string[] = [];
let restore: MockInstance[] = [];
beforeEach(() => {
  logged = [];
  const capture = (chunk: unknown) => {
    logged.push(String(chunk));
    return true;
  };
  restore = [vi.spyOn(process.stderr, 'write').mockImplementation(capture), vi.spyOn(process.stdout, 'write').mockImplementation(capture)];
});
afterEach(() => {
  for (const m of restore) m.mockRestore();
  installLocalIam();
});

const keyPattern = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const narrow = (fn: keyof typeof API_FUNCTIONS, access: FunctionAccess) => installLocalIam({ access: { [fn]: access } });

/** The 500 problem the client gets, and the AWS-shaped error the handler logged. */
function expectDenied(
  r: { status: number; headers: Record<string, string>; body: any },
  fn: string,
  error: string,
  action: string,
  resource: RegExp,
) {
  expect(r.status).toBe(500);
  expect(r.headers['content-type']).toBe(PROBLEM_CONTENT_TYPE);
  expect(r.body.status).toBe(500);
  const lines = logged.flatMap((chunk) => chunk.split('\n')).filter((l) => l.includes('is not authorized to perform'));
  expect(lines).toHaveLength(1);
  const line = JSON.parse(lines[0]) as { level: string; message: string; status: number; error: { name: string; stack: string } };
  expect(line.level).toBe('ERROR');
  expect(line.status).toBe(500);
  expect(line.error.name).toBe(error);
  const stack = line.error.stack;
  expect(stack.startsWith(`${error}: `), stack).toBe(true);
  expect(stack).toContain(`perform: ${action} on resource: "`);
  expect(stack).toMatch(resource);
  expect(stack).toContain(`function ${fn}`);
}

async function photoUpload(): Promise<string> {
  const bytes = tinyJpeg();
  const t = await api('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: bytes.length } });
  expect(t.status).toBe(201);
  expect(await uploadWithTicket(t.body, bytes, 'image/jpeg')).toBeLessThan(300);
  return t.body.key;
}

describe('the local runtime refuses what a function was not granted', () => {
  it('a table write by a function declared read-only: AccessDeniedException and a 500 problem', async () => {
    narrow('reports/create-report', { ...API_FUNCTIONS['reports/create-report'], table: 'read' });
    const body = sampleReport({ description: `Lampadaire éteint ${crypto.randomUUID()}` });
    const r = await api('POST', '/api/soignies/reports', { body });
    expectDenied(r, 'reports/create-report', 'AccessDeniedException', 'dynamodb:PutItem', /:table\/tandem"/);

    installLocalIam();
    expect((await api('POST', '/api/soignies/reports', { body })).status).toBe(201);
  });

  it('a read under a bucket folder not granted (a stored photo behind reports/): AccessDenied on s3:GetObject', async () => {
    const created = await api('POST', '/api/soignies/reports', { body: sampleReport({ photos: [await photoUpload()] }) });
    expect(created.status).toBe(201);
    const code = created.body.report.code as string;

    narrow('reports/get-report', { table: 'read', files: { uploads: ['read'] } });
    const r = await api('GET', `/api/soignies/reports/${code}`);
    const photo = bucketKeys.reportPhoto('soignies', code, 1, 'jpg');
    expectDenied(
      r,
      'reports/get-report',
      'AccessDenied',
      's3:GetObject',
      new RegExp(`:::${process.env.UPLOADS_BUCKET}/${keyPattern(photo)}"`),
    );

    installLocalIam();
    const ok = await api('GET', `/api/soignies/reports/${code}`);
    expect(ok.status).toBe(200);
    expect(ok.body.photos).toHaveLength(1);
  });

  it('a permit attachment copied under permits/ without the grant (the bug of the uploads/ + reports/ grants)', async () => {
    const insurance = await uploadDocument(tinyPdf());
    narrow('permits/create-permit', { table: 'write', files: { uploads: ['read', 'delete'], reports: ['read', 'write'] } });
    const body = { kind: 'event', details: eventDetails(insurance), requester: requester() };
    const r = await api('POST', '/api/soignies/permits', { body });
    const attachment = keyPattern(bucketKeys.permitAttachment('soignies', 'CODE', 'ID', 'pdf'))
      .replace('CODE', '[^/]+')
      .replace('ID', '[0-9a-f]{8}');
    expectDenied(r, 'permits/create-permit', 'AccessDenied', 's3:PutObject', new RegExp(`:::${process.env.UPLOADS_BUCKET}/${attachment}"`));

    installLocalIam();
    expect((await api('POST', '/api/soignies/permits', { body })).status).toBe(201);
  });

  it('a presigned upload for a folder not granted: refused when signed, as AWS refuses the POST', async () => {
    narrow('reports/request-upload', { table: 'read', files: { reports: ['write'] } });
    const r = await api('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: 2048 } });
    expectDenied(
      r,
      'reports/request-upload',
      'AccessDenied',
      's3:PutObject',
      new RegExp(`:::${process.env.UPLOADS_BUCKET}/${keyPattern(bucketKeys.communeUploads('soignies'))}`),
    );
  });
});

describe('the staff directory (cognitoDirectory)', () => {
  it('a function without the grant cannot list the staff pool, even when the directory is already cached', async () => {
    const token = await signIn('soignies', 'agent@soignies.example', demoPassword());
    const people = () => api('GET', '/api/soignies/staff/people', { headers: auth(token) });
    expect((await people()).status).toBe(200);
    narrow('work/read-work', { table: 'read', files: { tasks: ['read'] } });
    expectDenied(await people(), 'work/read-work', 'AccessDeniedException', 'cognito-idp:ListUsersInGroup', /:userpool\//);
    installLocalIam();
    expect((await people()).status).toBe(200);
  });
});
