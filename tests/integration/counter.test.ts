/**
 * The counter against the real local stand-ins (docs/counter.md): an agent files a report and a permit request on a
 * citizen's behalf, with each kind of contact (none, e-mail, phone, postal address), idempotent; the mark « encodé au
 * guichet par … » on the staff and public timelines and in the audit log; the e-mail's owner gets the fixed-text
 * confirmation mail and nothing else; the citizen's requests found by e-mail and by phone, every search audited;
 * roles refused; bad input named.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { api, auth, sampleReport } from './api-client.js';
import { eventually, localDataDir } from '../support/local-env.js';
import { isConfirmationMail } from '../support/mail-confirmation.js';
import { C, as, key } from './task-fixtures.js';
import { occupationDetails } from './permit-fixtures.js';

const outbox = () => join(localDataDir(), 'outbox');
const mailsTo = (to: string) => readOutbox(outbox()).filter((m) => m.to === to);
const unique = () => Math.random().toString(36).slice(2, 10);
/** A Belgian mobile number nobody else in the tests uses. */
const phoneNumber = () =>
  `0470 ${String(Math.floor(Math.random() * 1e6))
    .padStart(6, '0')
    .replace(/(..)(..)(..)/, '$1 $2 $3')}`;

const counterReport = (over: Record<string, unknown> = {}) => {
  const { email: _e, name: _n, ...report } = sampleReport();
  return { ...report, channel: 'counter', ...over };
};
const counterPermit = (over: Record<string, unknown> = {}) => ({
  kind: 'occupation',
  details: occupationDetails(),
  requester: { name: 'Marie Dupont' },
  channel: 'phone',
  ...over,
});

async function auditOf(code: string) {
  const r = await as('admin', 'GET', `audit?item=${code}&limit=100`);
  expect(r.status).toBe(200);
  return r.body.items as { action: string; actor: { name: string }; detail?: string; item: { kind: string; id: string } }[];
}

describe('POST staff/counter/reports', () => {
  it('files an anonymous report once for retries of one key, marked « encodé au guichet » on every view and in the audit log', async () => {
    const body = counterReport();
    const k = key();
    const first = await as('agent', 'POST', 'counter/reports', body, { 'idempotency-key': k });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const code = first.body.code;
    expect(first.body).toMatchObject({ kind: 'report', state: 'new', channel: 'counter', encodedBy: 'Agent démo', emailGiven: false });
    expect(first.body.trackingUrl).toMatch(new RegExp(`/soignies/suivi/${code}/$`));
    expect(first.headers.location).toBe(`${C}/staff/reports/${code}`);
    const again = await as('agent', 'POST', 'counter/reports', body, { 'idempotency-key': k });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.code).toBe(code);
    // Another agent with the same key files another request (the agent is part of it).
    const other = await as('admin', 'POST', 'counter/reports', body, { 'idempotency-key': k });
    expect(other.status).toBe(422);

    const staff = await as('agent', 'GET', `reports/${code}`);
    expect(staff.status).toBe(200);
    expect(staff.body.timeline[0]).toMatchObject({ kind: 'created', encoded: { by: 'Agent démo', channel: 'counter' } });
    expect(staff.body.email).toBeUndefined();
    const pub = await api('GET', `${C}/reports/${code}`);
    expect(pub.status).toBe(200);
    expect(pub.body.timeline[0].encoded).toEqual({ by: 'Agent démo', channel: 'counter' });

    const entries = await auditOf(code);
    expect(entries.map((e) => e.action)).toEqual(['report.counter']);
    expect(entries[0]).toMatchObject({ actor: { name: 'Agent démo' }, detail: 'counter', item: { kind: 'report', id: code } });
  });

  it('keeps a name with a phone and a postal address for the staff only, and finds the report by that phone however written', async () => {
    const phone = phoneNumber();
    const r = await as(
      'agent',
      'POST',
      'counter/reports',
      counterReport({ name: 'Jean Peeters', phone, postalAddress: 'Rue Neuve 3, 7060 Soignies' }),
      {
        'idempotency-key': key(),
      },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const code = r.body.code;
    const staff = await as('agent', 'GET', `reports/${code}`);
    expect(staff.body).toMatchObject({ name: 'Jean Peeters', phone, postalAddress: 'Rue Neuve 3, 7060 Soignies' });
    const pub = await api('GET', `${C}/reports/${code}`);
    expect(JSON.stringify(pub.body)).not.toContain('Peeters');
    expect(JSON.stringify(pub.body)).not.toContain('Rue Neuve 3');

    // "0470 12 34 56" is "+32 470/12.34.56".
    const international = `+32 ${phone.slice(1).replace(/ /g, '.')}`;
    const found = await as('agent', 'POST', 'counter/search', { phone: international });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.headers['cache-control']).toBe('no-store');
    expect(found.body.items).toEqual([
      expect.objectContaining({ kind: 'report', code, state: 'new', name: 'Jean Peeters', encoded: true }),
    ]);
  });

  it('sends the e-mail address only the fixed-text confirmation mail, and finds the report by that address', async () => {
    const email = `guichet-${unique()}@example.org`;
    const r = await as('agent', 'POST', 'counter/reports', counterReport({ name: 'Léa Martin', email, channel: 'mail' }), {
      'idempotency-key': key(),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.emailGiven).toBe(true);
    const code = r.body.code;
    const mails = await eventually(() => (mailsTo(email).length ? mailsTo(email) : undefined), 20_000, `confirmation mail to ${email}`);
    expect(mails).toHaveLength(1);
    expect(isConfirmationMail(mails[0])).toBe(true);
    expect(mails[0].text).not.toContain('Léa');

    const found = await as('admin', 'POST', 'counter/search', { email: `  ${email.toUpperCase()} ` });
    expect(found.status).toBe(200);
    expect(found.body.items.map((h: { code: string }) => h.code)).toEqual([code]);
  });

  it('forgets the contact on erasure: the report is no longer found by its phone nor its e-mail', async () => {
    const phone = phoneNumber();
    const email = `efface-${unique()}@example.org`;
    const r = await as('agent', 'POST', 'counter/reports', counterReport({ name: 'Paul Oubli', email, phone }), {
      'idempotency-key': key(),
    });
    expect(r.status).toBe(201);
    expect((await as('agent', 'POST', 'counter/search', { phone })).body.items).toHaveLength(1);
    const erased = await api('POST', `${C}/privacy/erasure`, { body: { code: r.body.code, email } });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect((await as('agent', 'POST', 'counter/search', { phone })).body.items).toEqual([]);
    expect((await as('agent', 'POST', 'counter/search', { email })).body.items).toEqual([]);
    const staff = await as('agent', 'GET', `reports/${r.body.code}`);
    expect(staff.body.phone).toBeUndefined();
    expect(staff.body.name).toBeUndefined();
  });

  it('refuses a contact without a name, naming `name`, and files nothing', async () => {
    const r = await as('agent', 'POST', 'counter/reports', counterReport({ phone: phoneNumber() }), { 'idempotency-key': key() });
    expect(r.status).toBe(422);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['name']);
  });

  it('names the bad fields: the channel, the phone, the description', async () => {
    const r = await as(
      'agent',
      'POST',
      'counter/reports',
      counterReport({ channel: 'pigeon', phone: 'abc', name: 'Jean', description: 'court' }),
    );
    expect(r.status).toBe(422);
    expect(r.body['invalid-params'].map((p: { name: string }) => p.name).sort()).toEqual(['channel', 'description', 'phone']);
  });
});

describe('POST staff/counter/permits', () => {
  it('files a request without e-mail once, submitted, marked in the timelines and the audit log, and found by phone', async () => {
    const phone = phoneNumber();
    const body = counterPermit({ requester: { name: 'Marie Dupont', phone, address: 'Rue de la Station 12, Soignies' } });
    const k = key();
    const first = await as('agent', 'POST', 'counter/permits', body, { 'idempotency-key': k });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const code = first.body.code;
    expect(first.body).toMatchObject({ kind: 'permit', state: 'submitted', channel: 'phone', encodedBy: 'Agent démo', emailGiven: false });
    expect(first.body.key).toBeUndefined();
    expect(first.body.trackingUrl).toMatch(new RegExp(`/soignies/demandes/suivi/${code}/$`));
    const again = await as('agent', 'POST', 'counter/permits', body, { 'idempotency-key': k });
    expect(again.status).toBe(200);
    expect(again.body.code).toBe(code);

    const staff = await as('admin', 'GET', `permits/${code}`);
    expect(staff.status).toBe(200);
    expect(staff.body.requester).toMatchObject({ name: 'Marie Dupont', phone, email: '' });
    expect(staff.body.timeline[0]).toMatchObject({ to: 'submitted', actor: 'Agent démo', encoded: { by: 'Agent démo', channel: 'phone' } });
    const pub = await api('GET', `${C}/permits/${code}`);
    expect(pub.status).toBe(200);
    expect(pub.body.timeline[0].encoded).toEqual({ by: 'Agent démo', channel: 'phone' });
    expect(JSON.stringify(pub.body)).not.toContain('Dupont');

    // Filed once, audited once (the admin's read of the request above is its own entry).
    expect((await auditOf(code)).map((e) => e.action).filter((a) => a !== 'permit.personal-data.read')).toEqual(['permit.counter']);

    const found = await as('agent', 'POST', 'counter/search', { phone: phone.replace(/ /g, '') });
    expect(found.body.items).toEqual([expect.objectContaining({ kind: 'permit', code, state: 'submitted', encoded: true })]);
  });

  it('with an e-mail: the confirmation mail first; the search finds this and the citizen’s own online requests', async () => {
    const email = `marie-${unique()}@example.org`;
    const r = await as(
      'agent',
      'POST',
      'counter/permits',
      counterPermit({ requester: { name: 'Marie Dupont', email }, channel: 'counter' }),
      {
        'idempotency-key': key(),
      },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.emailGiven).toBe(true);
    const mails = await eventually(() => (mailsTo(email).length ? mailsTo(email) : undefined), 20_000, `confirmation mail to ${email}`);
    expect(mails.every(isConfirmationMail)).toBe(true);

    // The same citizen filed a report online, with the same address: the counter finds both.
    const online = await api('POST', `${C}/reports`, { body: sampleReport({ email }), headers: { 'idempotency-key': key() } });
    expect(online.status).toBe(201);
    const found = await as('agent', 'POST', 'counter/search', { email });
    expect(found.body.items.map((h: { kind: string; code: string; encoded: boolean }) => [h.kind, h.code, h.encoded]).sort()).toEqual(
      [
        ['permit', r.body.code, true],
        ['report', online.body.code, false],
      ].sort(),
    );
  });

  it('applies the engine’s rules and needs a name', async () => {
    const r = await as('agent', 'POST', 'counter/permits', counterPermit({ requester: { email: 'x@example.org' } }));
    expect(r.status).toBe(422);
    expect(r.body['invalid-params'].map((p: { name: string }) => p.name)).toContain('requester.name');
    const past = await as(
      'agent',
      'POST',
      'counter/permits',
      counterPermit({ details: occupationDetails({ period: { start: '2020-01-01', end: '2020-01-02' } }) }),
    );
    expect(past.status).toBe(422);
    expect(past.body['invalid-params'].some((p: { name: string }) => p.name.startsWith('details.period'))).toBe(true);
  });
});

describe('POST staff/counter/search', () => {
  it('writes an audit entry for each search, naming the contact by its hash only', async () => {
    const email = `inconnu-${unique()}@example.org`;
    const r = await as('agent', 'POST', 'counter/search', { email });
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([]);
    const log = await as('admin', 'GET', 'audit?action=contact.personal-data.read&limit=100');
    expect(log.status, JSON.stringify(log.body)).toBe(200);
    const mine = log.body.items.filter(
      (e: { actor: { name: string }; item: { kind: string; id: string } }) =>
        e.actor.name === 'Agent démo' && e.item.kind === 'contact' && /^email:[0-9a-f]{16}$/.test(e.item.id),
    );
    expect(mine.length).toBeGreaterThan(0);
    expect(JSON.stringify(log.body)).not.toContain(email);
  });

  it('wants exactly one of e-mail and phone, valid', async () => {
    for (const body of [{}, { email: 'a@example.org', phone: '0470123456' }, { email: 'pas-une-adresse' }, { phone: 'abc' }]) {
      const r = await as('agent', 'POST', 'counter/search', body);
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(r.body['invalid-params'].length).toBeGreaterThan(0);
    }
  });
});

describe('who may', () => {
  it('lets agents and admins encode and search; workers and reviewers are refused, and strangers', async () => {
    for (const p of ['worker', 'police'] as const) {
      expect((await as(p, 'POST', 'counter/reports', counterReport())).status).toBe(403);
      expect((await as(p, 'POST', 'counter/permits', counterPermit())).status).toBe(403);
      expect((await as(p, 'POST', 'counter/search', { phone: '0470123456' })).status).toBe(403);
    }
    expect((await api('POST', `${C}/staff/counter/search`, { body: { phone: '0470123456' } })).status).toBe(401);
    expect((await api('POST', `${C}/staff/counter/reports`, { body: counterReport(), headers: auth('nope') })).status).toBe(401);
  });
});
