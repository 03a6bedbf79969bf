/**
 * "Visible au public": an agent's message or conditions on a permit reach the request's public page only when
 * the agent chose so. The API requires the choice (no default) whenever there is a text; the requester sees
 * every message meant for them either way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, auth, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { occupationDetails, requester } from './permit-fixtures.js';

const C = '/api/soignies';
let works = '';
beforeAll(async () => {
  works = await signIn('soignies', 'agent@soignies.example', demoPassword());
});

async function permit() {
  const r = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
  expect(r.status).toBe(201);
  const code = r.body.code as string;
  let version = 1;
  const post = async (what: 'transitions' | 'updates', body: Record<string, unknown>) => {
    const res = await api('POST', `${C}/staff/permits/${code}/${what}`, { headers: auth(works), body: { version, ...body } });
    if (res.status === 200) version = res.body.version;
    return res;
  };
  const publicPage = async () => JSON.stringify((await api('GET', `${C}/permits/${code}`)).body);
  const requesterPage = async () =>
    JSON.stringify((await api('GET', `${C}/permits/${code}`, { headers: { 'x-permit-key': r.body.key } })).body);
  return { code, post, publicPage, requesterPage };
}

const problemFields = (r: { body: { 'invalid-params'?: { name: string }[] } }) => (r.body['invalid-params'] ?? []).map((p) => p.name);

describe('the agent chooses whether a text shows on the public page', () => {
  it('a request for information marked not public stays off the public page, and reaches the requester', async () => {
    const p = await permit();
    const missing = await p.post('transitions', { to: 'incomplete', message: 'Joignez la photo de la façade de M. Martin.' });
    expect(missing.status).toBe(422);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(problemFields(missing)).toEqual(['publicPage']);

    const ok = await p.post('transitions', { to: 'incomplete', message: 'Joignez la photo de la façade de M. Martin.', publicPage: false });
    expect(ok.status).toBe(200);
    expect(await p.publicPage()).not.toContain('M. Martin');
    expect(await p.requesterPage()).toContain('M. Martin');
  });

  it('a message to the requester needs the choice; marked public it shows on the public page', async () => {
    const p = await permit();
    const missing = await p.post('updates', { text: 'Les barrières seront livrées lundi.', public: true });
    expect(missing.status).toBe(422);
    expect(problemFields(missing)).toEqual(['publicPage']);
    // An internal note is never public.
    expect(problemFields(await p.post('updates', { text: 'Note interne', public: false, publicPage: true }))).toEqual(['publicPage']);

    expect((await p.post('updates', { text: 'Les barrières seront livrées lundi.', public: true, publicPage: true })).status).toBe(200);
    expect((await p.post('updates', { text: 'Votre numéro 0470 11 22 33 est noté.', public: true, publicPage: false })).status).toBe(200);
    const pub = await p.publicPage();
    expect(pub).toContain('Les barrières seront livrées lundi.');
    expect(pub).not.toContain('0470 11 22 33');
    expect(await p.requesterPage()).toContain('0470 11 22 33');
    const staff = (await api('GET', `${C}/staff/permits/${p.code}`, { headers: auth(works) })).body;
    const shown = staff.timeline.filter((t: { publicPage?: boolean }) => t.publicPage).map((t: { message: string }) => t.message);
    expect(shown).toEqual(['Les barrières seront livrées lundi.']);
  });

  it('conditions marked not public stay off the public page', async () => {
    const p = await permit();
    expect((await p.post('transitions', { to: 'under_review' })).status).toBe(200);
    const conditions = ['Prévenir M. Lambert au numéro 12 avant la pose.'];
    expect(problemFields(await p.post('transitions', { to: 'approved_with_conditions', conditions }))).toEqual(['publicPage']);
    expect((await p.post('transitions', { to: 'approved_with_conditions', conditions, publicPage: false })).status).toBe(200);
    expect(await p.publicPage()).not.toContain('M. Lambert');
    expect(await p.requesterPage()).toContain('M. Lambert');
  });

  it('a move without any text needs no choice', async () => {
    const p = await permit();
    expect((await p.post('transitions', { to: 'under_review' })).status).toBe(200);
  });
});
