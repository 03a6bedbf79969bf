/**
 * What a review found and the code now holds: replays do not bypass who may see a permit; drafts (even
 * withdrawn) stay their author's; the requester's words and a department's opinion stay off public pages;
 * leaving the opinions step withdraws the tasks still pending; a later round keeps the earlier verdicts on
 * record; cursors from another list are a 400; events have a longest period.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@tandem/shared';
import { api, auth, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { eventDetails, occupationDetails, requester, tinyPdf, today, uploadDocument } from './permit-fixtures.js';

const C = '/api/soignies';
const keyed = (key: string) => ({ 'x-permit-key': key });
let t: Record<'events' | 'police' | 'secours' | 'works', string>;

beforeAll(async () => {
  const pw = demoPassword();
  const [events, police, secours, works] = await Promise.all(
    ['evenements', 'police', 'secours', 'agent'].map((u) => signIn('soignies', `${u}@soignies.example`, pw)),
  );
  t = { events, police, secours, works };
});

async function eventInOpinions(over: Record<string, unknown> = {}) {
  const insurance = await uploadDocument(tinyPdf());
  const r = await api('POST', `${C}/permits`, { body: { kind: 'event', details: eventDetails(insurance, over), requester: requester() } });
  const move = (to: string, version: number, extra: Record<string, unknown> = {}) =>
    api('POST', `${C}/staff/permits/${r.body.code}/transitions`, { headers: auth(t.events), body: { to, version, ...extra } });
  await move('under_review', 1);
  const o = await move('opinions', 2);
  return { code: r.body.code as string, key: r.body.key as string, version: o.body.version as number, move, insurance };
}

describe('permit safety', () => {
  it('a replayed Idempotency-Key does not show a permit to a department that may not see it', async () => {
    const r = await api('POST', `${C}/permits`, {
      body: { kind: 'event', details: eventDetails(await uploadDocument(tinyPdf())), requester: requester() },
    });
    const headers = { 'idempotency-key': `replay-${crypto.randomUUID()}` };
    const body = { to: 'under_review', version: 1 };
    expect(
      (await api('POST', `${C}/staff/permits/${r.body.code}/transitions`, { headers: { ...auth(t.events), ...headers }, body })).status,
    ).toBe(200);
    const stranger = await api('POST', `${C}/staff/permits/${r.body.code}/transitions`, {
      headers: { ...auth(t.works), ...headers },
      body,
    });
    expect(stranger.status).toBe(403);
    expect(JSON.stringify(stranger.body)).not.toContain('@example.org');
  });

  it('a draft its author withdrew stays out of staff lists and public view', async () => {
    const d = await api('POST', `${C}/permits`, {
      body: { kind: 'occupation', details: occupationDetails(), requester: requester(), submit: false },
    });
    const w = await api('POST', `${C}/permits/${d.body.code}/withdraw`, { headers: keyed(d.body.key), body: { version: 1 } });
    expect(w.body.state).toBe('withdrawn');
    expect((await api('GET', `${C}/permits/${d.body.code}`)).status).toBe(404);
    expect((await api('GET', `${C}/staff/permits/${d.body.code}`, { headers: auth(t.works) })).status).toBe(404);
    for (const state of ['draft', 'withdrawn']) {
      const list = await api('GET', `${C}/staff/permits?view=all&state=${state}`, { headers: auth(t.works) });
      expect(list.body.items.map((i: { code: string }) => i.code)).not.toContain(d.body.code);
    }
  });

  it('keeps the requester’s own words off the public page', async () => {
    const r = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
    await api('POST', `${C}/permits/${r.body.code}/withdraw`, {
      headers: keyed(r.body.key),
      body: { version: 1, message: 'Appelez-moi au 0470 99 88 77' },
    });
    expect(JSON.stringify((await api('GET', `${C}/permits/${r.body.code}`)).body)).not.toContain('0470 99 88 77');
    expect(JSON.stringify((await api('GET', `${C}/permits/${r.body.code}`, { headers: keyed(r.body.key) })).body)).toContain(
      '0470 99 88 77',
    );
  });

  it('leaving the opinions step withdraws the tasks still pending: no queue, no reminder, no stale deadline', async () => {
    const p = await eventInOpinions();
    const back = await p.move('incomplete', p.version, { message: 'Joignez le plan du parcours.', publicPage: false });
    expect(back.body.state).toBe('incomplete');
    expect(back.body.opinions).toEqual([]);
    const police = await api('GET', `${C}/staff/permits?view=opinions`, { headers: auth(t.police) });
    expect(police.body.items.map((i: { code: string }) => i.code)).not.toContain(p.code);
    const all = await api('GET', `${C}/staff/permits?view=all&state=incomplete`, { headers: auth(t.events) });
    expect(all.body.items.find((i: { code: string }) => i.code === p.code)).toMatchObject({ pendingOpinions: 0 });
    const { handler } = await import('../../functions/src/permits/advance-permits.js');
    await handler({ today: addDays(today(), 30) });
    const timeline = (await api('GET', `${C}/staff/permits/${p.code}`, { headers: auth(t.events) })).body.timeline;
    expect(timeline.filter((e: { kind: string }) => e.kind === 'opinion_reminder')).toEqual([]);
  });

  it('a second round asks only the current reviewers, can be decided, and keeps the first round’s verdicts on record', async () => {
    const p = await eventInOpinions({ needs: ['road_closure', 'sound'] });
    const first = await api('GET', `${C}/staff/permits/${p.code}`, { headers: auth(t.events) });
    expect(first.body.opinions.map((o: { department: string }) => o.department).sort()).toEqual(['environnement', 'police', 'secours']);
    await api('POST', `${C}/staff/permits/${p.code}/opinions/police`, {
      headers: auth(t.police),
      body: { verdict: 'unfavourable', text: 'Trop de monde pour cette rue étroite.' },
    });
    const fresh = await api('GET', `${C}/staff/permits/${p.code}`, { headers: auth(t.events) });
    await p.move('changes_requested', fresh.body.version, { message: 'Sans sonorisation, et par la place.', publicPage: false });
    const sent = await api('PUT', `${C}/permits/${p.code}`, {
      headers: keyed(p.key),
      body: {
        details: eventDetails(p.insurance, { needs: ['road_closure'] }),
        requester: requester(),
        version: fresh.body.version + 1,
        submit: true,
      },
    });
    expect(sent.body.state).toBe('submitted');
    await p.move('under_review', sent.body.version);
    const round2 = await p.move('opinions', sent.body.version + 1);
    expect(
      round2.body.opinions
        .filter((o: { status: string }) => o.status === 'pending')
        .map((o: { department: string }) => o.department)
        .sort(),
    ).toEqual(['police', 'secours']);
    await api('POST', `${C}/staff/permits/${p.code}/opinions/police`, { headers: auth(t.police), body: { verdict: 'favourable' } });
    const last = await api('POST', `${C}/staff/permits/${p.code}/opinions/secours`, {
      headers: auth(t.secours),
      body: { verdict: 'favourable' },
    });
    expect((await p.move('approved', last.body.version)).status).toBe(200);
    const staff = await api('GET', `${C}/staff/permits/${p.code}`, { headers: auth(t.events) });
    expect(staff.body.timeline.map((e: { message?: string }) => e.message)).toContain(
      'Défavorable — Trop de monde pour cette rue étroite.',
    );
    const pub = JSON.stringify((await api('GET', `${C}/permits/${p.code}`)).body);
    expect(pub).not.toContain('Trop de monde');
  });

  it('a cursor of another list or filter is a 400, not a 500', async () => {
    for (let i = 0; i < 3; i++)
      await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
    const page = await api('GET', `${C}/staff/permits?view=all&limit=1`, { headers: auth(t.works) });
    expect(page.body.cursor).toBeTruthy();
    expect((await api('GET', `${C}/staff/permits?view=all&limit=1&cursor=${page.body.cursor}`, { headers: auth(t.works) })).status).toBe(
      200,
    );
    const other = await api('GET', `${C}/staff/permits?view=all&state=submitted&cursor=${page.body.cursor}`, { headers: auth(t.works) });
    expect(other.status).toBe(400);
    expect(other.body['invalid-params'][0].name).toBe('cursor');
    const bare = Buffer.from(JSON.stringify({ pk: 'C#soignies#PERMIT#X' })).toString('base64url');
    expect((await api('GET', `${C}/staff/permits?view=all&cursor=${bare}`, { headers: auth(t.works) })).status).toBe(400);
  });

  it('two agents issuing at once: one issues, the other gets a 409, and no reference number is lost', async () => {
    const approved = async () => {
      const r = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
      const move = (to: string, version: number) =>
        api('POST', `${C}/staff/permits/${r.body.code}/transitions`, { headers: auth(t.works), body: { to, version } });
      await move('under_review', 1);
      await move('approved', 2);
      return { code: r.body.code as string, move };
    };
    const a = await approved();
    const [x, y] = await Promise.all([a.move('issued', 3), a.move('issued', 3)]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const first = (x.status === 200 ? x : y).body.reference as string;
    const b = await approved();
    const next = (await b.move('issued', 3)).body.reference as string;
    const number = (ref: string) => Number(ref.split('-')[2]);
    expect(number(next)).toBe(number(first) + 1);
  });

  it('an event cannot run for ever', async () => {
    const insurance = await uploadDocument(tinyPdf());
    const start = addDays(today(), 40);
    const r = await api('POST', `${C}/permits`, {
      body: { kind: 'event', details: eventDetails(insurance, { period: { start, end: '9999-12-31' } }), requester: requester() },
    });
    expect(r.status).toBe(422);
    expect(r.body.issues.map((i: { code: string }) => i.code)).toEqual(['too_long']);
  });
});
