/**
 * Permits through the API, against the real local stand-ins: a citizen's occupation and an association's
 * event from request to issued documents, with the private key, opinions, concurrent decisions, the map
 * API and the scheduler.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, bucketKeys } from '@tandem/shared';
import { api, auth, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { eventDetails, occupationDetails, requester, tinyPdf, today, uploadDocument } from './permit-fixtures.js';

const C = '/api/soignies';
const keyed = (key: string, more: Record<string, string> = {}) => ({ 'x-permit-key': key, ...more });
let tokens: Record<'events' | 'police' | 'secours' | 'works' | 'admin', string>;

beforeAll(async () => {
  const pw = demoPassword();
  const [events, police, secours, works, admin] = await Promise.all(
    ['evenements', 'police', 'secours', 'agent', 'admin'].map((u) => signIn('soignies', `${u}@soignies.example`, pw)),
  );
  tokens = { events, police, secours, works, admin };
});

describe('a public-domain occupation', () => {
  it('is submitted with its fee computed by the commune’s rule, and answers a code and a private key', async () => {
    const r = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ state: 'submitted', version: 1 });
    expect(r.body.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(r.body.key.length).toBeGreaterThanOrEqual(20);

    const pub = await api('GET', `${C}/permits/${r.body.code}`);
    expect(pub.status).toBe(200);
    // Soignies: container 5 €/day, at least 15 €; 3 days → 15 €.
    expect(pub.body.fee).toBe(1500);
    expect(pub.body.title).toBe('Conteneur — Rue de la Station 12, Soignies');
    expect(pub.body.use).toBe('container');
    const text = JSON.stringify(pub.body);
    expect(text).not.toContain('Marie Dupont');
    expect(text).not.toContain('@example.org');
    expect(text).not.toContain('+32');

    const mine = await api('GET', `${C}/permits/${r.body.code}`, { headers: keyed(r.body.key) });
    expect(mine.body.requester.name).toBe('Marie Dupont');
    expect(mine.body.version).toBe(1);
    expect((await api('GET', `${C}/permits/${r.body.code}`, { headers: keyed('not-the-key-at-all-xxxxx') })).status).toBe(403);
  });

  it('keeps a draft private, then lets its author edit and submit it with the key', async () => {
    const d = await api('POST', `${C}/permits`, {
      body: { kind: 'occupation', details: occupationDetails({ lengthMetres: 3 }), requester: requester(), submit: false },
    });
    expect(d.status).toBe(201);
    expect(d.body.state).toBe('draft');
    expect((await api('GET', `${C}/permits/${d.body.code}`)).status).toBe(404);

    const noKey = await api('PUT', `${C}/permits/${d.body.code}`, {
      body: { details: occupationDetails(), requester: requester(), version: 1 },
    });
    expect(noKey.status).toBe(401);
    const saved = await api('PUT', `${C}/permits/${d.body.code}`, {
      headers: keyed(d.body.key),
      body: { details: occupationDetails({ use: 'removal_van' }), requester: requester(), version: 1 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ state: 'draft', version: 2, fee: 1000 });
    const stale = await api('PUT', `${C}/permits/${d.body.code}`, {
      headers: keyed(d.body.key),
      body: { details: occupationDetails(), requester: requester(), version: 1, submit: true },
    });
    expect(stale.status).toBe(409);
    const sent = await api('PUT', `${C}/permits/${d.body.code}`, {
      headers: keyed(d.body.key),
      body: { details: occupationDetails({ use: 'removal_van' }), requester: requester(), version: 2, submit: true },
    });
    expect(sent.body.state).toBe('submitted');
    expect((await api('GET', `${C}/permits/${d.body.code}`)).status).toBe(200);
  });

  it('is withdrawn by its requester once, and no more', async () => {
    const r = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
    const w = await api('POST', `${C}/permits/${r.body.code}/withdraw`, {
      headers: keyed(r.body.key),
      body: { version: 1, message: 'Déménagement reporté' },
    });
    expect(w.status).toBe(200);
    expect(w.body.state).toBe('withdrawn');
    expect((await api('POST', `${C}/permits/${r.body.code}/withdraw`, { headers: keyed(r.body.key), body: { version: 2 } })).status).toBe(
      409,
    );
  });

  it('answers the same code and key to a retried create (Idempotency-Key)', async () => {
    const body = { kind: 'occupation', details: occupationDetails(), requester: requester() };
    const headers = { 'idempotency-key': `idem-${crypto.randomUUID()}` };
    const a = await api('POST', `${C}/permits`, { body, headers });
    const b = await api('POST', `${C}/permits`, { body, headers });
    expect(a.status).toBe(201);
    expect(b.status).toBe(200);
    expect(b.body).toEqual({ ...a.body });
  });

  it('goes from request information to completion and approval without opinions (the kind has no reviewer)', async () => {
    const r = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
    const move = (to: string, version: number, extra: Record<string, unknown> = {}) =>
      api('POST', `${C}/staff/permits/${r.body.code}/transitions`, { headers: auth(tokens.works), body: { to, version, ...extra } });
    expect((await move('incomplete', 1)).status).toBe(422); // a message is required
    const unchosen = await move('incomplete', 1, { message: 'Précisez le numéro de la maison.' });
    expect(unchosen.status).toBe(422); // the agent must choose whether the public page shows it
    expect(unchosen.body['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['publicPage']);
    expect((await move('incomplete', 1, { message: 'Précisez le numéro de la maison.', publicPage: true })).body.state).toBe('incomplete');
    const pub = await api('GET', `${C}/permits/${r.body.code}`);
    expect(pub.body.requested).toBe('Précisez le numéro de la maison.');

    const done = await api('PUT', `${C}/permits/${r.body.code}`, {
      headers: keyed(r.body.key),
      body: { details: occupationDetails(), requester: requester(), version: 2, submit: true, message: 'Numéro 12' },
    });
    expect(done.body.state).toBe('submitted');
    expect((await move('under_review', 3)).body.state).toBe('under_review');
    expect((await move('opinions', 4)).status).toBe(422); // no reviewer for containers
    expect((await move('approved', 4)).body.state).toBe('approved');
    const issued = await move('issued', 5);
    expect(issued.body.state).toBe('issued');
    expect(issued.body.reference).toMatch(/^OC-\d{4}-\d{4}$/);
    expect(issued.body.documents.map((d: { type: string }) => d.type).sort()).toEqual(['authorisation', 'poster']);
  });
});

describe('an event authorisation', () => {
  let code = '';
  let key = '';
  const staff = (token: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    api('POST', `${C}/staff/permits/${code}/${path}`, { headers: { ...auth(token), ...headers }, body });

  it('is filed by an association with its insurance certificate', async () => {
    const insurance = await uploadDocument(tinyPdf());
    const r = await api('POST', `${C}/permits`, {
      body: { kind: 'event', details: eventDetails(insurance), requester: requester({ name: 'Comité rue Neuve' }) },
    });
    expect(r.status).toBe(201);
    ({ code, key } = r.body);
    const mine = await api('GET', `${C}/permits/${code}`, { headers: keyed(key) });
    expect(bucketKeys.isPermitAttachment('soignies', code, mine.body.details.attachments[0].key)).toBe(true);
    // The association holds the authorisation: it is stored as the requester's organisation.
    expect(mine.body.requester).toMatchObject({ name: 'Comité rue Neuve', organisation: 'Comité de la rue Neuve' });
  });

  it('needs the name of the organising association (422 naming the field)', async () => {
    const insurance = await uploadDocument(tinyPdf());
    const r = await api('POST', `${C}/permits`, {
      body: {
        kind: 'event',
        details: eventDetails(insurance, { organiser: { type: 'association', name: ' ' } }),
        requester: requester({ name: 'Claire Fontaine' }),
      },
    });
    expect(r.status).toBe(422);
    expect(r.body['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['details.organiser.name']);
  });

  it('is seen only by the events department, admins and the departments asked for an opinion', async () => {
    const seen = await api('GET', `${C}/staff/permits/${code}`, { headers: auth(tokens.events) });
    expect(seen.status).toBe(200);
    expect(seen.body.requester.organisation).toBe('Comité de la rue Neuve');
    expect((await api('GET', `${C}/staff/permits/${code}`, { headers: auth(tokens.admin) })).status).toBe(200);
    expect((await api('GET', `${C}/staff/permits/${code}`, { headers: auth(tokens.works) })).status).toBe(403);
    expect((await api('GET', `${C}/staff/permits/${code}`, { headers: auth(tokens.police) })).status).toBe(403);
    const todo = await api('GET', `${C}/staff/permits?view=todo`, { headers: auth(tokens.events) });
    expect(todo.body.items.map((i: { code: string }) => i.code)).toContain(code);
    const worksTodo = await api('GET', `${C}/staff/permits?view=todo`, { headers: auth(tokens.works) });
    expect(worksTodo.body.items.map((i: { code: string }) => i.code)).not.toContain(code);
  });

  it('asks police and fire safety for their opinion before any decision', async () => {
    expect((await staff(tokens.events, 'transitions', { to: 'under_review', version: 1 })).status).toBe(200);
    const early = await staff(tokens.events, 'transitions', { to: 'approved', version: 2 });
    expect(early.status).toBe(422);
    expect(early.body['invalid-params'][0].name).toBe('to');
    const r = await staff(tokens.events, 'transitions', { to: 'opinions', version: 2 });
    expect(r.body.state).toBe('opinions');
    expect(r.body.opinions.map((o: { department: string }) => o.department)).toEqual(['police', 'secours']);
    expect(r.body.opinions.every((o: { status: string; due: string }) => o.status === 'pending' && o.due > today())).toBe(true);

    const policeInbox = await api('GET', `${C}/staff/permits?view=opinions`, { headers: auth(tokens.police) });
    expect(policeInbox.body.items.map((i: { code: string }) => i.code)).toContain(code);
    expect((await api('GET', `${C}/staff/permits/${code}`, { headers: auth(tokens.police) })).body.myPendingOpinions).toEqual(['police']);
  });

  it('takes one opinion per department, from that department only', async () => {
    expect((await staff(tokens.secours, 'opinions/police', { verdict: 'favourable' })).status).toBe(403);
    expect((await staff(tokens.police, 'opinions/police', { verdict: 'unfavourable' })).status).toBe(422); // reasons required
    const p = await staff(tokens.police, 'opinions/police', { verdict: 'conditional', text: 'Barrières Nadar aux deux extrémités.' });
    expect(p.status).toBe(200);
    expect((await staff(tokens.police, 'opinions/police', { verdict: 'favourable' })).status).toBe(409);
    const early = await staff(tokens.events, 'transitions', { to: 'approved', version: p.body.version });
    expect(early.status).toBe(422); // fire safety has not answered yet
    const s = await staff(tokens.secours, 'opinions/secours', { verdict: 'favourable' });
    expect(s.body.opinions.map((o: { verdict: string }) => o.verdict)).toEqual(['conditional', 'favourable']);
  });

  it('lets one of two agents deciding at once win; the other gets 409', async () => {
    const current = await api('GET', `${C}/staff/permits/${code}`, { headers: auth(tokens.events) });
    const v = current.body.version;
    const decide = (conditions: string[]) =>
      staff(tokens.events, 'transitions', {
        to: 'approved_with_conditions',
        version: v,
        conditions,
        publicPage: true,
        college: { date: today(), reference: 'CC/2026/118' },
      });
    expect((await staff(tokens.events, 'transitions', { to: 'approved_with_conditions', version: v })).status).toBe(422); // conditions required
    const [a, b] = await Promise.all([decide(['Barrières Nadar aux deux extrémités.']), decide(['Fin de la musique à 22 h.'])]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    expect(winner.body.decision.college).toEqual({ date: today(), reference: 'CC/2026/118' });
  });

  it('is issued with an authorisation PDF and a poster; the public sees the poster only', async () => {
    const current = await api('GET', `${C}/staff/permits/${code}`, { headers: auth(tokens.events) });
    const r = await staff(tokens.events, 'transitions', { to: 'issued', version: current.body.version });
    expect(r.status).toBe(200);
    expect(r.body.reference).toMatch(/^EV-\d{4}-\d{4}$/);
    for (const d of r.body.documents) {
      const res = await fetch(d.url);
      expect(res.status).toBe(200);
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }
    const pub = await api('GET', `${C}/permits/${code}`);
    expect(pub.body.documents.map((d: { type: string }) => d.type)).toEqual(['poster']);
    expect(pub.body.conditions).toHaveLength(1);
    const mine = await api('GET', `${C}/permits/${code}`, { headers: keyed(key) });
    expect(mine.body.documents.map((d: { type: string }) => d.type).sort()).toEqual(['authorisation', 'poster']);
  });

  it('is on the public map for its period, without personal data', async () => {
    const start = addDays(today(), 45);
    const on = await api('GET', `${C}/map/items?date=${start}`);
    const f = on.body.features.find((x: { properties: { source: { code?: string } } }) => x.properties.source.code === code);
    expect(f.properties).toMatchObject({
      kind: 'road_closure',
      title: 'Fête de la rue Neuve',
      start,
      startTime: '10:00',
      source: { type: 'permit', url: `/soignies/demandes/suivi/${code}/` },
    });
    expect(f.geometry.type).toBe('LineString');
    expect(JSON.stringify(on.body)).not.toContain('Comité rue Neuve');
    const before = await api('GET', `${C}/map/items?from=${today()}&to=${addDays(today(), 10)}`);
    expect(before.body.features.map((x: { id: string }) => x.id)).not.toContain(f.id);
    expect((await api('GET', `${C}/map/items?date=2026-13-01`)).status).toBe(400);
  });

  it('becomes active on its first day and ended after its last (the scheduler)', async () => {
    const { handler } = await import('../../functions/src/permits/advance-permits.js');
    const start = addDays(today(), 45);
    const first = await handler({ today: start });
    expect(first.activated).toBeGreaterThanOrEqual(1);
    expect((await api('GET', `${C}/permits/${code}`)).body.state).toBe('active');
    await handler({ today: addDays(start, 1) });
    expect((await api('GET', `${C}/permits/${code}`)).body.state).toBe('ended');
    const timeline = (await api('GET', `${C}/permits/${code}`)).body.timeline.map((t: { to?: string }) => t.to).filter(Boolean);
    expect(timeline).toEqual(['submitted', 'under_review', 'opinions', 'approved_with_conditions', 'issued', 'active', 'ended']);
  });
});
