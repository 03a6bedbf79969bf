/**
 * « Mon espace », the account's own settings (docs/citizen-space.md), against the real stand-ins: preferences saved
 * with their version (409 for the tab that saved late), honoured by the notifiers through the real pipeline (a step
 * silenced, the end in the chosen language, read from the local outbox), a copy of my data that holds my requests
 * and nobody else's, the erasure of my requests' personal data, and the deletion of the account (Cognito account
 * gone, partition gone, requests kept without the link; a second delete harmless).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CITIZEN_AUTH_HEADER, CITIZEN_REFRESH_COOKIE, ERASED_TEXT, MyDataCopy, keys } from '@tandem/shared';
import { ddb, env } from '../../functions/src/lib/aws.js';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { demoPassword, eventually, localDataDir } from '../support/local-env.js';
import { confirmAddress } from '../support/mail-confirmation.js';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { occupationDetails, requester } from './permit-fixtures.js';

const C = '/api/soignies';
const outboxDir = () => join(localDataDir(), 'outbox');
const outbox = () => readOutbox(outboxDir());
const tagsOf = (m: object) => (m as { tags?: Record<string, string> }).tags ?? {};
/** The notifier's mails about a request to an address, of one event kind. */
const mailsAbout = (to: string, code: string, kind: string) =>
  outbox().filter((m) => m.to === to && tagsOf(m).code === code && tagsOf(m).kind === kind);
const newEmail = (who: string) => `${who}-${crypto.randomUUID().slice(0, 8)}@example.org`;
const streamsOn = process.env.TANDEM_IT_STREAMS !== 'off';

function codeMailedTo(email: string): string {
  const last = outbox()
    .filter((m) => m.to === email && tagsOf(m).kind === 'citizen-code')
    .sort((a, b) => String(a.sentAt).localeCompare(String(b.sentAt)) || a.id.localeCompare(b.id))
    .at(-1);
  const code = /\b(\d{6,8})\b/.exec(last?.text ?? '')?.[1];
  if (!code) throw new Error(`no sign-in code mailed to ${email}`);
  return code;
}

interface Account {
  email: string;
  idToken: string;
  /** `tandem_citizen_refresh=…`, as the browser sends it back. */
  cookie: string;
  sub: string;
}

async function signUp(email: string): Promise<Account> {
  const start = await api('POST', `${C}/auth/citizen/start`, { body: { email } });
  const verify = await api('POST', `${C}/auth/citizen/verify`, { body: { email, session: start.body.session, code: codeMailedTo(email) } });
  expect(verify.status, JSON.stringify(verify.body)).toBe(200);
  const idToken = verify.body.idToken as string;
  const sub = String(JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString('utf8')).sub);
  return { email, idToken, cookie: verify.cookies![0].split(';')[0], sub };
}

const cookieCall = (a: Pick<Account, 'cookie'>) => ({ headers: { cookie: a.cookie, [CITIZEN_AUTH_HEADER]: '1' } });
const fileReport = async (a: Account, over: Record<string, unknown> = {}) => {
  const r = await api('POST', `${C}/reports`, { headers: auth(a.idToken), body: sampleReport({ email: a.email, ...over }) });
  expect(r.status).toBe(201);
  return r.body.code as string;
};
const filePermit = async (a: Account) => {
  const r = await api('POST', `${C}/permits`, {
    headers: auth(a.idToken),
    body: {
      kind: 'occupation',
      details: occupationDetails(),
      requester: requester({ email: a.email, name: 'Anne Lefèvre' }),
      submit: false,
    },
  });
  expect(r.status).toBe(201);
  return r.body.code as string;
};
const rawItem = async (kind: 'report' | 'permit', code: string) =>
  (
    await ddb().send(
      new GetCommand({
        TableName: env().tableName,
        Key: kind === 'report' ? keys.report('soignies', code) : keys.permit('soignies', code),
      }),
    )
  ).Item;

let agent: string;
beforeAll(async () => {
  agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
});

describe('my preferences', () => {
  it('are the defaults until saved, then saved with their version; the tab that saves late gets 409 and nothing is written', async () => {
    const a = await signUp(newEmail('pref'));
    const first = await api('GET', `${C}/me/preferences`, { headers: auth(a.idToken) });
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body).toEqual({ mails: 'every-step', locale: 'fr', version: 0 });

    const saved = await api('PUT', `${C}/me/preferences`, {
      headers: auth(a.idToken),
      body: { mails: 'essential', locale: 'de', version: 0 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ mails: 'essential', locale: 'de', version: 1 });

    // Another tab, still at version 0.
    const late = await api('PUT', `${C}/me/preferences`, {
      headers: auth(a.idToken),
      body: { mails: 'every-step', locale: 'en', version: 0 },
    });
    expect(late.status).toBe(409);
    expect(late.headers['content-type']).toBe('application/problem+json');
    expect(late.body.currentVersion).toBe(1);
    expect((await api('GET', `${C}/me/preferences`, { headers: auth(a.idToken) })).body).toEqual({
      mails: 'essential',
      locale: 'de',
      version: 1,
    });
  });

  it('refuses bad input with 422 naming the fields, and no token with 401', async () => {
    const a = await signUp(newEmail('prefbad'));
    const bad = await api('PUT', `${C}/me/preferences`, { headers: auth(a.idToken), body: { mails: 'never', locale: 'it', version: -1 } });
    expect(bad.status).toBe(422);
    expect(bad.body['invalid-params'].map((p: { name: string }) => p.name).sort()).toEqual(['locale', 'mails', 'version']);
    expect((await api('PUT', `${C}/me/preferences`, { body: { mails: 'essential', locale: 'fr', version: 0 } })).status).toBe(401);
    expect((await api('GET', `${C}/me/data`)).status).toBe(401);
  });

  it.runIf(streamsOn)('turn a step’s mail off and write the end in the chosen language, for requests filed signed in', async () => {
    const a = await signUp(newEmail('mails'));
    const code = await fileReport(a);
    // The address is confirmed for the request as usual (the receipt then goes out: every step, in French).
    await confirmAddress(outboxDir(), a.email, (p) => api('POST', p), code);
    await eventually(() => mailsAbout(a.email, code, 'created')[0], 20_000, 'the receipt');

    const saved = await api('PUT', `${C}/me/preferences`, {
      headers: auth(a.idToken),
      body: { mails: 'essential', locale: 'nl', version: 0 },
    });
    expect(saved.status).toBe(200);
    const move = async (to: string) => {
      const current = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) });
      const r = await api('POST', `${C}/staff/reports/${code}/transitions`, {
        headers: auth(agent),
        body: { to, version: current.body.version },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    };
    await move('acknowledged');
    await move('fixed');
    const fixed = await eventually(
      () => mailsAbout(a.email, code, 'state_changed').find((m) => m.subject.endsWith('Hersteld')),
      20_000,
      'the mail of the fix',
    );
    expect(fixed.subject).toBe(`Uw melding ${code}: Hersteld`);
    // One state mail only: the acknowledgement was silenced (the pipeline delivers a report's events in order).
    expect(mailsAbout(a.email, code, 'state_changed').map((m) => m.subject)).toEqual([`Uw melding ${code}: Hersteld`]);
  });
});

describe('a copy of my data', () => {
  it('holds the account and my requests with my own words, and nobody else’s', async () => {
    const anne = await signUp(newEmail('copy'));
    const bob = await signUp(newEmail('other'));
    const words = 'Un nid-de-poule devant le n° 12, « profond »';
    const report = await fileReport(anne, { description: words, name: 'Anne Lefèvre' });
    const permit = await filePermit(anne);
    const his = await fileReport(bob);
    const anonymous = await api('POST', `${C}/reports`, { body: sampleReport({ email: anne.email }) });
    await api('PUT', `${C}/me/preferences`, { headers: auth(anne.idToken), body: { mails: 'essential', locale: 'en', version: 0 } });

    const r = await api('GET', `${C}/me/data`, { headers: auth(anne.idToken) });
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['content-disposition']).toContain('attachment');
    const copy = MyDataCopy.parse(r.body);
    expect(copy.account).toEqual({ email: anne.email, preferences: { mails: 'essential', locale: 'en' }, requests: 2 });
    expect(copy.requests.map((q) => q.code).sort()).toEqual([permit, report].sort());
    const mine = copy.requests.find((q) => q.code === report)!;
    expect(mine.personal).toMatchObject({ email: anne.email, name: 'Anne Lefèvre' });
    expect(mine.ownWords).toContainEqual(expect.objectContaining({ field: 'description', text: words }));
    expect(copy.requests.find((q) => q.code === permit)!.personal).toMatchObject({ name: 'Anne Lefèvre', email: anne.email });
    // Bob's request, and the one filed without signing in (even with Anne's address), are not in it.
    const text = JSON.stringify(copy);
    expect(text).not.toContain(his);
    expect(text).not.toContain(anonymous.body.code);
    expect(text).not.toContain(bob.email);
  });
});

describe('deleting my account', () => {
  it('removes the account and its partition, keeps the requests without the link; a second delete is harmless', async () => {
    const a = await signUp(newEmail('bye'));
    const report = await fileReport(a);
    const permit = await filePermit(a);
    await api('PUT', `${C}/me/preferences`, { headers: auth(a.idToken), body: { mails: 'essential', locale: 'fr', version: 0 } });
    expect((await rawItem('report', report))?.account).toBe(a.sub);

    expect((await api('POST', `${C}/auth/citizen/delete-account`, { headers: { cookie: a.cookie } })).status).toBe(403);
    const gone = await api('POST', `${C}/auth/citizen/delete-account`, cookieCall(a));
    expect(gone.status, JSON.stringify(gone.body)).toBe(200);
    expect(gone.body).toEqual({ deleted: true, unlinked: 2 });
    expect(gone.cookies![0]).toMatch(new RegExp(`^${CITIZEN_REFRESH_COOKIE}=; .*Max-Age=0`));

    // The partition is empty; the requests stay, without the link, their personal data untouched.
    const left = await ddb().send(
      new QueryCommand({
        TableName: env().tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.citizenRequests('soignies', a.sub) },
      }),
    );
    expect(left.Items).toEqual([]);
    const kept = await rawItem('report', report);
    expect(kept?.code).toBe(report);
    expect(kept?.account).toBeUndefined();
    expect(kept?.email).toBe(a.email);
    expect((await rawItem('permit', permit))?.account).toBeUndefined();

    // The cookie no longer refreshes; a second delete touches nothing and says so.
    expect((await api('POST', `${C}/auth/citizen/refresh`, cookieCall(a))).status).toBe(401);
    const again = await api('POST', `${C}/auth/citizen/delete-account`, cookieCall(a));
    expect(again.status).toBe(401);
    expect(again.headers['content-type']).toBe('application/problem+json');
    expect((await api('POST', `${C}/auth/citizen/delete-account`, { headers: { [CITIZEN_AUTH_HEADER]: '1' } })).status).toBe(401);
    expect((await rawItem('report', report))?.code).toBe(report);

    // Signing up again with the address makes a new, empty account.
    const b = await signUp(a.email);
    expect(b.sub).not.toBe(a.sub);
    expect((await api('GET', `${C}/me/requests`, { headers: auth(b.idToken) })).body.items).toEqual([]);
  });

  it('unlinks an older request attached with its code too (the attachment gave it the account)', async () => {
    const email = newEmail('older');
    const older = await api('POST', `${C}/reports`, { body: sampleReport({ email }) });
    expect((await rawItem('report', older.body.code))?.account).toBeUndefined();
    const a = await signUp(email);
    const start = await api('POST', `${C}/me/attach`, { headers: auth(a.idToken), body: { code: older.body.code } });
    const mailed = outbox()
      .filter((m) => m.to === email && tagsOf(m).kind === 'citizen-attach')
      .map((m) => /\b(\d{6})\b/.exec(m.text)?.[1])
      .find(Boolean);
    const done = await api('POST', `${C}/me/attach/confirm`, {
      headers: auth(a.idToken),
      body: { session: start.body.session, code: mailed },
    });
    expect(done.status).toBe(200);
    expect((await rawItem('report', older.body.code))?.account).toBe(a.sub);
    const copy = await api('GET', `${C}/me/data`, { headers: auth(a.idToken) });
    expect(copy.body.requests.map((r: { code: string }) => r.code)).toEqual([older.body.code]);

    expect((await api('POST', `${C}/auth/citizen/delete-account`, cookieCall(a))).body).toEqual({ deleted: true, unlinked: 1 });
    expect((await rawItem('report', older.body.code))?.account).toBeUndefined();
  });

  it('may first erase my requests’ personal data, as a privacy request does; asked again, nothing more happens', async () => {
    const a = await signUp(newEmail('erase'));
    const report = await fileReport(a, { description: 'Mes propres mots', name: 'Anne' });
    const permit = await filePermit(a);
    // Filed signed in but with another address: not erased here (the privacy page, with that address, would).
    const other = await fileReport(a, { email: newEmail('elsewhere') });

    const erased = await api('POST', `${C}/me/requests/erase`, { headers: auth(a.idToken), body: { confirm: true } });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body.erased.sort()).toEqual([permit, report].sort());
    expect(erased.body.otherAddress).toEqual([other]);
    const r = await rawItem('report', report);
    expect(r?.email).toBeUndefined();
    expect(r?.name).toBeUndefined();
    expect(r?.description).toBe(ERASED_TEXT);
    expect(r?.personalDataErasedOnRequest).toBe(true);
    expect((await rawItem('permit', permit))?.requester.email).toBe('');
    expect((await rawItem('report', other))?.email).toBeTruthy();

    const twice = await api('POST', `${C}/me/requests/erase`, { headers: auth(a.idToken), body: { confirm: true } });
    expect(twice.body.erased).toEqual([]);
    expect(twice.body.alreadyErased.sort()).toEqual([permit, report].sort());
    expect((await api('POST', `${C}/me/requests/erase`, { headers: auth(a.idToken), body: {} })).status).toBe(422);

    const gone = await api('POST', `${C}/auth/citizen/delete-account`, cookieCall(a));
    expect(gone.body).toEqual({ deleted: true, unlinked: 3 });
    expect((await rawItem('report', report))?.description).toBe(ERASED_TEXT);
  });
});
