/**
 * Staff comments with @mentions, and watching, on reports and permits: the tasks' comment module over their
 * partitions. A mention reaches the person's « Mentions » list, a retry answers the same comment, watching is
 * idempotent; staff of another commune, or of a department the item is not theirs, are refused; and no comment
 * ever shows in the citizen's views (the public report, the public permit, the requester's permit, the reporter's
 * copy of their data), nor in the timeline the staff view keeps for the public history.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { occupationDetails, requester } from './permit-fixtures.js';
import { as, C, key, subOf } from './task-fixtures.js';

const ids = (r: { body: { items: { id: string }[] } }) => r.body.items.map((i) => i.id);

async function newReport(): Promise<string> {
  const r = await api('POST', `${C}/reports`, { body: sampleReport() });
  expect(r.status).toBe(201);
  return r.body.code as string;
}

/** A scaffolding request (handled by travaux), sent to the police for an opinion; its requester's key. */
async function permitInOpinions(): Promise<{ code: string; key: string }> {
  const r = await api('POST', `${C}/permits`, {
    body: { kind: 'occupation', details: occupationDetails({ use: 'scaffolding' }), requester: requester() },
  });
  expect(r.status).toBe(201);
  for (const [to, version] of [
    ['under_review', 1],
    ['opinions', 2],
  ] as const) {
    const m = await as('admin', 'POST', `permits/${r.body.code}/transitions`, { to, version });
    expect(m.status, JSON.stringify(m.body)).toBe(200);
  }
  return { code: r.body.code, key: r.body.key };
}

describe('comments on a report', () => {
  let code = '';
  const text = 'Le trou est plus profond qu’annoncé : il faut la mini-pelle.';
  beforeAll(async () => {
    code = await newReport();
  });

  it('mentions a colleague and a department: both lists have it, a retry answers the same comment', async () => {
    const worker = await subOf('worker');
    const k = key();
    const body = { text, mentions: [worker, 'dept:mobilite'] };
    const c = await as('agent', 'POST', `reports/${code}/comments`, body, { 'idempotency-key': k });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    expect(c.body).toMatchObject({ kind: 'comment', text, mentions: body.mentions, actor: 'Agent démo', public: false });
    const again = await as('agent', 'POST', `reports/${code}/comments`, body, { 'idempotency-key': k });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.at).toBe(c.body.at);
    // The same key for another comment is refused, as for every write (a comment takes no version: it never conflicts).
    const reused = await as('agent', 'POST', `reports/${code}/comments`, { text: 'Autre chose' }, { 'idempotency-key': k });
    expect(reused.status).toBe(422);

    const mentioned = (await as('worker', 'GET', 'my-work?view=mentioned')).body.items.filter((m: { id: string }) => m.id === code);
    expect(mentioned).toHaveLength(1);
    expect(mentioned[0]).toMatchObject({ kind: 'report', who: worker, by: await subOf('agent') });
    // The title is the code and the category's name (nothing the reporter wrote).
    expect(mentioned[0].title).toBe(`${code} — Nid-de-poule ou route abîmée`);
    // An agent of another department was not mentioned.
    expect(ids(await as('events', 'GET', 'my-work?view=mentioned'))).not.toContain(code);
    // One audit entry, for the first request only.
    const audit = await as('admin', 'GET', `audit?item=${code}&action=report.comment&limit=10`);
    expect(audit.status, JSON.stringify(audit.body)).toBe(200);
    expect(audit.body.items.map((e: { action: string; item: unknown }) => [e.action, e.item])).toEqual([
      ['report.comment', { kind: 'report', id: code }],
    ]);
  });

  it('the staff view has the comment in its activity, never in its timeline; the public view has neither', async () => {
    const staff = await as('admin', 'GET', `reports/${code}`);
    expect(staff.status).toBe(200);
    expect(staff.body.activity.filter((a: { kind: string }) => a.kind === 'comment')).toHaveLength(1);
    expect(staff.body.activity[0].text).toBe(text);
    expect(staff.body.watching).toBe(false);
    expect(JSON.stringify(staff.body.timeline)).not.toContain('mini-pelle');
    const pub = await api('GET', `${C}/reports/${code}`);
    expect(pub.status).toBe(200);
    expect(pub.body.timeline.length).toBeGreaterThan(0);
    expect(JSON.stringify(pub.body)).not.toContain('mini-pelle');
    expect(pub.body.activity).toBeUndefined();
    // Nor the reporter's copy of their data (it holds the timeline as they see it).
    const copy = await api('POST', `${C}/privacy/copy`, { body: { code, email: sampleReport().email } });
    expect(copy.status).toBe(200);
    expect(copy.body.timeline.length).toBeGreaterThan(0);
    expect(JSON.stringify(copy.body)).not.toContain('mini-pelle');
    // A state change after the comment still reads the timeline right (the comment item is no timeline item).
    const moved = await as('agent', 'POST', `reports/${code}/transitions`, { to: 'acknowledged', version: staff.body.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.timeline.map((t: { kind: string }) => t.kind)).not.toContain('comment');
  });

  it('is watched and unwatched, twice being harmless', async () => {
    const watching = async () => ids(await as('worker', 'GET', 'my-work?view=watching'));
    expect((await as('worker', 'PUT', `reports/${code}/watch`)).status).toBe(204);
    expect((await as('worker', 'PUT', `reports/${code}/watch`)).status).toBe(204);
    expect(await watching()).toContain(code);
    const item = (await as('worker', 'GET', 'my-work?view=watching')).body.items.find((w: { id: string }) => w.id === code);
    expect(item).toMatchObject({ kind: 'report', title: `${code} — Nid-de-poule ou route abîmée` });
    expect((await as('worker', 'GET', `reports/${code}`)).body.watching).toBe(true);
    expect((await as('worker', 'DELETE', `reports/${code}/watch`)).status).toBe(204);
    expect((await as('worker', 'DELETE', `reports/${code}/watch`)).status).toBe(204);
    expect(await watching()).not.toContain(code);
    expect((await as('worker', 'GET', `reports/${code}`)).body.watching).toBe(false);
  });

  it('an unknown report is a 404; a mention of nobody is a 422 naming it', async () => {
    expect((await as('agent', 'POST', 'reports/ZZZZ-9999/comments', { text: 'Vu' })).status).toBe(404);
    expect((await as('agent', 'PUT', 'reports/ZZZZ-9999/watch')).status).toBe(404);
    const bad = await as('agent', 'POST', `reports/${code}/comments`, { text: 'Vu', mentions: ['dept:boulangerie'] });
    expect(bad.status).toBe(422);
    expect(bad.body['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['mentions.0']);
  });

  it('refuses to mention a colleague who may not read the report (422 naming the mention); nothing is written', async () => {
    // A graffiti goes to environnement; the worker works for travaux only.
    const r = await api('POST', `${C}/reports`, { body: sampleReport({ category: 'graffiti', answers: {} }) });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const graffiti = r.body.code as string;
    const worker = await subOf('worker');
    const refused = await as(
      'agent',
      'POST',
      `reports/${graffiti}/comments`,
      { text: 'Tu peux passer ?', mentions: ['dept:travaux', worker] },
      { 'idempotency-key': key() },
    );
    expect(refused.status).toBe(422);
    expect(refused.body['invalid-params']).toEqual([
      expect.objectContaining({ name: 'mentions.1', reason: expect.stringContaining('may not read this report') }),
    ]);
    expect((await as('worker', 'GET', 'my-work?view=mentioned')).body.items.map((m: { id: string }) => m.id)).not.toContain(graffiti);
    expect((await as('agent', 'GET', `reports/${graffiti}`)).body.activity ?? []).toEqual([]);
    // A colleague who may read it is mentioned as before.
    const agent = await subOf('agent');
    const ok = await as(
      'agent',
      'POST',
      `reports/${graffiti}/comments`,
      { text: 'Pour mémoire', mentions: [agent] },
      { 'idempotency-key': key() },
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });
});

describe('comments on a permit', () => {
  let permit = { code: '', key: '' };
  const text = 'Échafaudage sur le trottoir : prévoir un passage piéton balisé.';
  beforeAll(async () => {
    permit = await permitInOpinions();
  });

  it('the reviewing police mention the handling agent: the agent finds it under « Mentions »', async () => {
    const agent = await subOf('agent');
    const c = await as('police', 'POST', `permits/${permit.code}/comments`, { text, mentions: [agent] }, { 'idempotency-key': key() });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const mentioned = (await as('agent', 'GET', 'my-work?view=mentioned')).body.items.find((m: { id: string }) => m.id === permit.code);
    expect(mentioned).toMatchObject({ kind: 'permit', title: `${permit.code} — Occupation du domaine public`, by: await subOf('police') });
    const staff = await as('agent', 'GET', `permits/${permit.code}`);
    expect(staff.body.activity.map((a: { text?: string }) => a.text)).toEqual([text]);
    const audit = await as('admin', 'GET', `audit?item=${permit.code}&action=permit.comment&limit=10`);
    expect(audit.body.items.map((e: { actor: { email: string } }) => e.actor.email)).toEqual(['police@soignies.example']);
    expect(JSON.stringify(staff.body.timeline)).not.toContain('passage piéton');
  });

  it('an agent of a department neither handling nor reviewing it may not comment nor watch', async () => {
    expect((await as('events', 'POST', `permits/${permit.code}/comments`, { text: 'Vu' })).status).toBe(403);
    expect((await as('events', 'PUT', `permits/${permit.code}/watch`)).status).toBe(403);
    expect((await as('police', 'PUT', `permits/${permit.code}/watch`)).status).toBe(204);
    expect((await as('police', 'GET', `permits/${permit.code}`)).body.watching).toBe(true);
    expect(ids(await as('police', 'GET', 'my-work?view=watching'))).toContain(permit.code);
    expect((await as('police', 'DELETE', `permits/${permit.code}/watch`)).status).toBe(204);
  });

  it('neither the public page nor the requester see staff comments', async () => {
    const pub = await api('GET', `${C}/permits/${permit.code}`);
    expect(pub.status).toBe(200);
    expect(JSON.stringify(pub.body)).not.toContain('passage piéton');
    const mine = await api('GET', `${C}/permits/${permit.code}`, { headers: { 'x-permit-key': permit.key } });
    expect(mine.status).toBe(200);
    expect(mine.body.requester.name).toBeTruthy();
    expect(JSON.stringify(mine.body)).not.toContain('passage piéton');
    expect(mine.body.activity).toBeUndefined();
  });

  it('a draft is its author’s only: no comment on it', async () => {
    const d = await api('POST', `${C}/permits`, {
      body: { kind: 'occupation', details: occupationDetails(), requester: requester(), submit: false },
    });
    expect(d.status).toBe(201);
    expect((await as('admin', 'POST', `permits/${d.body.code}/comments`, { text: 'Vu' })).status).toBe(404);
  });
});

describe('tenants', () => {
  it('staff of another commune cannot comment on or watch a report of this one', async () => {
    const code = await newReport();
    const braine = await signIn('braine-le-comte', 'agent@braine-le-comte.example', demoPassword());
    // Their token on this commune's route is refused; on their own commune the code is nobody's.
    const there = await api('POST', `${C}/staff/reports/${code}/comments`, { headers: auth(braine), body: { text: 'Vu' } });
    expect([401, 403]).toContain(there.status);
    const mine = await api('POST', `/api/braine-le-comte/staff/reports/${code}/comments`, { headers: auth(braine), body: { text: 'Vu' } });
    expect(mine.status).toBe(404);
    expect((await api('PUT', `/api/braine-le-comte/staff/reports/${code}/watch`, { headers: auth(braine) })).status).toBe(404);
    const staff = await as('admin', 'GET', `reports/${code}`);
    expect(staff.body.activity).toEqual([]);
  });
});
