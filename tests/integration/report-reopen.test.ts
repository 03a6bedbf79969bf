/**
 * The reporter's answer to a fix (docs/reopen-and-satisfaction.md), through the API and the real pipeline (the
 * « réparé » mail carries the feedback link): the link is required, « pas réparé » reopens the report once per fix
 * with the words and photo for the staff only, a retry with its Idempotency-Key is harmless, a rating is given once,
 * the 30 days are counted with the handlers' clock, and the statistics show satisfaction per department.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, ERASED_TEXT, FEEDBACK_DAYS } from '@tandem/shared';
import { clock, clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { api, auth, sampleReport, signIn, tinyJpeg, uploadWithTicket } from './api-client.js';
import { demoPassword, eventually, localDataDir } from '../support/local-env.js';
import { confirmAddress } from '../support/mail-confirmation.js';

const C = '/api/soignies';
const outbox = () => join(localDataDir(), 'outbox');
const LINK = /\/soignies\/suivi\/([0-9A-Z]{4}-[0-9A-Z]{4})\/#avis=([A-Za-z0-9_-]{43})/;
const WORDS = 'Le trou est toujours là <script>alert(1)</script> & la flaque aussi';

const streamsOn = process.env.TANDEM_IT_STREAMS !== 'off';
afterEach(() => setClock());

let agent: string;
let admin: string;

/** A report by a confirmed reporter, moved to « fixed » by the agent: its code, the reporter's address and the fix's link. */
async function fixedReport(): Promise<{ code: string; email: string; token: string }> {
  const email = `reporter-${crypto.randomUUID()}@example.org`;
  const created = await api('POST', `${C}/reports`, { body: sampleReport({ email }) });
  expect(created.status).toBe(201);
  const code = created.body.code as string;
  await confirmAddress(outbox(), email, (p) => api('POST', p), code);
  const token = await fix(code, email);
  return { code, email, token };
}

/** The agent fixes the report; the link of the « réparé » mail that follows (a new one each fix). */
async function fix(code: string, email: string): Promise<string> {
  const before = new Set(readOutbox(outbox()).map((m) => m.text));
  const current = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) });
  const fixed = await api('POST', `${C}/staff/reports/${code}/transitions`, {
    headers: auth(agent),
    body: { to: 'fixed', version: current.body.version },
  });
  expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
  const mail = await eventually(
    () => readOutbox(outbox()).find((m) => m.to === email && m.subject.endsWith(': Réparé') && !before.has(m.text)),
    20_000,
    'the « réparé » mail',
  );
  const found = LINK.exec(mail.text);
  expect(found?.[1]).toBe(code);
  return found![2];
}

const reopen = (code: string, body: Record<string, unknown>, key?: string) =>
  api('POST', `${C}/reports/${code}/reopen`, { body, ...(key ? { headers: { 'idempotency-key': key } } : {}) });
const rate = (code: string, body: Record<string, unknown>) => api('POST', `${C}/reports/${code}/rating`, { body });

async function photoUpload(): Promise<string> {
  const bytes = tinyJpeg(4096);
  const t = await api('POST', `${C}/uploads`, { body: { contentType: 'image/jpeg', size: bytes.length } });
  expect(t.status).toBe(201);
  expect(await uploadWithTicket(t.body, bytes, 'image/jpeg')).toBeLessThan(300);
  return t.body.key;
}

beforeAll(async () => {
  [agent, admin] = await Promise.all([
    signIn('soignies', 'agent@soignies.example', demoPassword()),
    signIn('soignies', 'admin@soignies.example', demoPassword()),
  ]);
});

describe.runIf(streamsOn)('« pas réparé » and the rating, by the reporter only', () => {
  it('the mail of the fix carries the link; without it, or with another report’s, nothing happens', async () => {
    const { code, token } = await fixedReport();
    const other = await fixedReport();
    const noToken = await reopen(code, { explanation: WORDS });
    expect(noToken.status).toBe(422);
    expect(noToken.body['invalid-params'].map((p: { name: string }) => p.name)).toContain('token');
    const guessed = await reopen(code, { token: 'A'.repeat(43), explanation: WORDS });
    expect(guessed.status).toBe(403);
    expect(guessed.headers['content-type']).toContain('application/problem+json');
    // A reporter's link opens only their own report, even in the same commune.
    expect((await reopen(other.code, { token, explanation: WORDS })).status).toBe(403);
    expect((await rate(other.code, { token, satisfied: true })).status).toBe(403);
    const still = await api('GET', `${C}/reports/${other.code}`);
    expect(still.body.state).toBe('fixed');
  });

  it('reopens with the words and the photo (staff only), once per fix; a retry with its key is answered again', async () => {
    const { code, token } = await fixedReport();
    const key = `reopen-${crypto.randomUUID()}`;
    const photo = await photoUpload();
    const first = await reopen(code, { token, explanation: WORDS, photo }, key);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.state).toBe('acknowledged');
    const entry = first.body.timeline.at(-1);
    expect(entry).toMatchObject({ kind: 'state_changed', from: 'fixed', to: 'acknowledged', byCitizen: true });
    // The public view says it was reopened by the reporter, not what they wrote.
    expect(JSON.stringify(first.body)).not.toContain('toujours là');

    const replay = await reopen(code, { token, explanation: WORDS, photo }, key);
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const twice = await reopen(code, { token, explanation: 'Encore une fois : pas réparé du tout' });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toMatch(/no longer « fixed »/);
    expect(twice.body.reason).toBe('not_fixed');

    // The agent sees the words as they were typed (data, never markup) and the photo.
    const staff = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) });
    const seen = staff.body.timeline.find((t: { byCitizen?: boolean }) => t.byCitizen);
    expect(seen.words).toBe(WORDS);
    expect(seen.photos).toHaveLength(1);
    const img = await fetch(seen.photos[0]);
    expect(img.status).toBe(200);
    expect(staff.body.state).toBe('acknowledged');
    expect(staff.body.timeline.filter((t: { byCitizen?: boolean }) => t.byCitizen)).toHaveLength(1);

    // One audit entry, the reporter's.
    const log = await api('GET', `${C}/staff/audit?item=${code}&limit=100`, { headers: auth(admin) });
    expect(log.status).toBe(200);
    const reopens = log.body.items.filter((e: { action: string }) => e.action === 'report.reopen');
    expect(reopens).toHaveLength(1);
    expect(reopens[0].detail).toBe('fixed → acknowledged');

    // Fixed again: the old link is of the earlier fix; the new mail's link works.
    const newer = await fix(code, (await api('GET', `${C}/staff/reports/${code}`, { headers: auth(admin) })).body.email);
    const old = await reopen(code, { token, explanation: WORDS });
    expect(old.status).toBe(409);
    expect(old.body.reason).toBe('other_fix');
    expect(newer).not.toBe(token);
  });

  it('the department hears of the reopen as of a report given to it', async () => {
    const { code, token } = await fixedReport();
    expect((await reopen(code, { token, explanation: WORDS })).status).toBe(200);
    const heard = await eventually(
      async () => {
        // Every page: the agent's list is shared with the other files of the run, some of them dated ahead by their clock.
        for (let cursor: string | undefined, pages = 0; pages < 20; pages++) {
          const query = cursor ? `?limit=50&cursor=${encodeURIComponent(cursor)}` : '?limit=50';
          const r = await api('GET', `${C}/staff/notifications${query}`, { headers: auth(agent) });
          // « assignment »: as a report given to the department (a watcher's would be « watched_state »).
          const found = (r.body.items as { kind: string; item?: { id: string } }[] | undefined)?.find(
            (n) => n.item?.id === code && n.kind === 'assignment',
          );
          if (found || !r.body.cursor) return found;
          cursor = r.body.cursor as string;
        }
        return undefined;
      },
      20_000,
      'the agent’s notification of the reopen',
    );
    expect(heard).toBeDefined();
  });

  it('a rating once per fix: the same again is a replay, another one a 409; the staff see it', async () => {
    const { code, token } = await fixedReport();
    const first = await rate(code, { token, satisfied: false, comment: 'Réparé, mais <b>mal</b> rebouché' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.rating.satisfied).toBe(false);
    const same = await rate(code, { token, satisfied: false, comment: 'Réparé, mais <b>mal</b> rebouché' });
    expect(same.status).toBe(200);
    const changed = await rate(code, { token, satisfied: true });
    expect(changed.status).toBe(409);
    expect(changed.body.reason).toBe('rated');
    const staff = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) });
    expect(staff.body.ratings).toEqual([expect.objectContaining({ satisfied: false, comment: 'Réparé, mais <b>mal</b> rebouché' })]);
    // Not on the public view.
    expect(JSON.stringify((await api('GET', `${C}/reports/${code}`)).body)).not.toContain('rebouché');
  });

  it(`the ${FEEDBACK_DAYS}th Brussels day still counts, the next one does not (410); the report stays fixed`, async () => {
    const { code, token } = await fixedReport();
    const today = clock.today();
    // The last day still counts: a rating at noon on the 30th day is taken…
    setClock(clockFrom(`${addDays(today, FEEDBACK_DAYS)}T12:00:00+01:00`));
    expect((await rate(code, { token, satisfied: true })).status).toBe(201);
    // …the day after, nothing is.
    setClock(clockFrom(`${addDays(today, FEEDBACK_DAYS + 1)}T12:00:00+01:00`));
    const late = await reopen(code, { token, explanation: WORDS });
    expect(late.status).toBe(410);
    expect(late.body.detail).toMatch(/30 days/);
    setClock();
    expect((await api('GET', `${C}/reports/${code}`)).body.state).toBe('fixed');
  });

  it('a reopen and a staff change at the same time: one wins', async () => {
    const { code, token } = await fixedReport();
    const current = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) });
    const [citizen, staff] = await Promise.all([
      reopen(code, { token, explanation: WORDS }),
      api('POST', `${C}/staff/reports/${code}/transitions`, {
        headers: auth(agent),
        body: { to: 'closed', version: current.body.version },
      }),
    ]);
    expect([citizen.status, staff.status].sort()).toEqual([200, 409]);
  });

  it('the reporter’s words after the fix are in their data copy, and erased with their data on request', async () => {
    const { code, email, token } = await fixedReport();
    expect((await rate(code, { token, satisfied: false, comment: 'Rebouché à moitié' })).status).toBe(201);
    expect((await reopen(code, { token, explanation: WORDS })).status).toBe(200);
    const copy = await api('POST', `${C}/privacy/copy`, { body: { code, email } });
    expect(copy.status).toBe(200);
    expect(copy.body.ownWords).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'reopen', text: WORDS }),
        expect.objectContaining({ field: 'rating.comment', text: 'Rebouché à moitié' }),
      ]),
    );
    expect((await api('POST', `${C}/privacy/erasure`, { body: { code, email } })).status).toBe(200);
    const staff = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) });
    expect(staff.body.timeline.find((t: { byCitizen?: boolean }) => t.byCitizen).words).toBe(ERASED_TEXT);
    expect(staff.body.ratings[0].comment).toBe(ERASED_TEXT);
    expect(JSON.stringify(staff.body)).not.toContain('toujours là');
  });

  it('the statistics show satisfaction per department (JSON and CSV)', async () => {
    const stats = async () => {
      const r = await api('GET', `${C}/staff/stats`, { headers: auth(agent) });
      expect(r.status).toBe(200);
      return r.body;
    };
    const before = await stats();
    const a = await fixedReport();
    const b = await fixedReport();
    const department = (await api('GET', `${C}/reports/${a.code}`)).body.department as string;
    expect((await rate(a.code, { token: a.token, satisfied: true })).status).toBe(201);
    expect((await rate(b.code, { token: b.token, satisfied: false })).status).toBe(201);
    expect((await reopen(b.code, { token: b.token, explanation: WORDS })).status).toBe(200);
    const after = await stats();
    const row = (v: typeof after) =>
      v.satisfaction.departments.find((d: { department: string }) => d.department === department) ?? {
        ratings: 0,
        satisfied: 0,
        reopened: 0,
      };
    expect(row(after).ratings - row(before).ratings).toBe(2);
    expect(row(after).satisfied - row(before).satisfied).toBe(1);
    expect(row(after).reopened - row(before).reopened).toBe(1);
    expect(row(after).satisfiedShare).toBeCloseTo(row(after).satisfied / row(after).ratings, 3);
    expect(after.satisfaction.ratings).toBeGreaterThanOrEqual(2);
    const csv = await api('GET', `${C}/staff/stats.csv?table=satisfaction`, { headers: auth(agent) });
    expect(csv.status).toBe(200);
    expect(String(csv.body).split('\r\n')[0]).toContain('department,ratings,satisfied,satisfied_share,reopened,reopen_rate');
    expect(String(csv.body)).toContain(`${department},${row(after).ratings},${row(after).satisfied}`);
  });
});
