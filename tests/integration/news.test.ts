/**
 * Practical notices through the real handlers and DynamoDB Local (docs/news.md): staff write, change, unpublish and
 * publish again; the public list, the home page's current ones (alerts first) and the Atom feed follow, by the
 * handlers' clock (set here to a day of 2031, so that the notices of other tests, dated today, come after these);
 * one winner of two changes at the same version; bad input named; the audit log; roles and communes apart.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { api, auth, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';

const C = '/api/soignies';
const DAY = '2031-05-10';
const at = (day: string) => clockFrom(`${day}T10:00:00+02:00`);
let agent = '';
let worker = '';
let admin = '';
let braineAgent = '';

beforeAll(async () => {
  const pw = demoPassword();
  [agent, worker, admin, braineAgent] = await Promise.all([
    signIn('soignies', 'agent@soignies.example', pw),
    signIn('soignies', 'ouvrier@soignies.example', pw),
    signIn('soignies', 'admin@soignies.example', pw),
    signIn('braine-le-comte', 'agent@braine-le-comte.example', pw),
  ]);
});
afterEach(() => setClock());

const tag = () => crypto.randomUUID().slice(0, 6);
async function write(body: Record<string, unknown>, token = agent) {
  const r = await api('POST', `${C}/staff/news`, { headers: auth(token), body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number; title: string };
}
const publicList = async (q = '') => (await api('GET', `${C}/news${q}`)).body.items as { id: string; kind: string; current: boolean }[];

describe('staff write notices; the public reads them by the day', () => {
  it('a notice appears from its first day, stays on the home page until its last day, then only in the list', async () => {
    setClock(at(DAY));
    const t = tag();
    const soon = await write({
      kind: 'travaux',
      title: `Rue Neuve fermée ${t}`,
      body: 'Du lundi au vendredi.',
      from: '2031-05-12',
      until: '2031-05-14',
    });
    expect(await publicList()).not.toContainEqual(expect.objectContaining({ id: soon.id }));

    setClock(at('2031-05-12'));
    const [first] = await publicList('?current=true');
    expect(first).toMatchObject({ id: soon.id, kind: 'travaux', current: true, url: `/soignies/actualites/#avis-${soon.id}` });
    expect(first).not.toHaveProperty('createdBy');
    expect(first).not.toHaveProperty('version');

    setClock(at('2031-05-15'));
    expect((await publicList('?current=true')).map((n) => n.id)).not.toContain(soon.id);
    expect(await publicList()).toContainEqual(expect.objectContaining({ id: soon.id, current: false }));
  });

  it('alerts come first on the home page, then the newest; the list is newest first', async () => {
    setClock(at('2031-06-20'));
    const t = tag();
    const older = await write({ kind: 'alerte', title: `Eau non potable ${t}`, body: 'Faites bouillir l’eau.', from: '2031-06-18' });
    const newer = await write({ kind: 'evenement', title: `Fête de la musique ${t}`, body: 'Grand-Place.', from: '2031-06-20' });
    const home = await publicList('?current=true');
    expect(home.slice(0, 2).map((n) => n.id)).toEqual([older.id, newer.id]);
    const all = await publicList();
    expect(all.indexOf(all.find((n) => n.id === newer.id)!)).toBeLessThan(all.indexOf(all.find((n) => n.id === older.id)!));
  });

  it('unpublishing takes a notice off the site (staff still see it); publishing it again brings it back', async () => {
    setClock(at(DAY));
    const n = await write({ kind: 'collecte', title: `Collecte reportée ${tag()}`, body: 'La collecte du lundi passe mardi.', from: DAY });
    expect((await publicList()).map((x) => x.id)).toContain(n.id);
    const off = await api('PATCH', `${C}/staff/news/${n.id}`, { headers: auth(agent), body: { published: false, version: 1 } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ published: false, version: 2 });
    expect((await publicList()).map((x) => x.id)).not.toContain(n.id);
    const staff = await api('GET', `${C}/staff/news`, { headers: auth(agent) });
    expect(staff.body.items).toContainEqual(expect.objectContaining({ id: n.id, published: false }));
    const back = await api('PATCH', `${C}/staff/news/${n.id}`, { headers: auth(admin), body: { published: true, version: 2 } });
    expect(back.body).toMatchObject({ published: true, version: 3, updatedBy: { name: expect.any(String) } });
    expect((await publicList()).map((x) => x.id)).toContain(n.id);
  });

  it('a change names what it changes; null removes the place, the link and the last day', async () => {
    setClock(at(DAY));
    const n = await write({
      kind: 'info',
      title: `Permanence ${tag()}`,
      body: 'Le guichet est ouvert samedi.',
      from: DAY,
      until: '2031-05-31',
      link: 'https://www.soignies.be/guichet',
      place: { label: 'Place Verte 32, Soignies', geometry: { type: 'Point', coordinates: [4.0714, 50.5794] } },
    });
    const r = await api('PATCH', `${C}/staff/news/${n.id}`, {
      headers: auth(agent),
      body: { title: 'Permanence du samedi', place: null, link: null, until: null, version: 1 },
    });
    expect(r.status).toBe(200);
    expect(r.body.title).toBe('Permanence du samedi');
    expect(r.body).not.toHaveProperty('place');
    expect(r.body).not.toHaveProperty('link');
    expect(r.body).not.toHaveProperty('until');
    expect(r.body.body).toBe('Le guichet est ouvert samedi.');
  });
});

describe('one winner', () => {
  it('two changes at the same version: one is saved, the other is a 409 with the current version; a retry is answered, not doubled', async () => {
    setClock(at(DAY));
    const n = await write({ title: `Avis disputé ${tag()}`, body: 'Version un.', from: DAY });
    const [a, b] = await Promise.all(
      ['Version A', 'Version B'].map((body, i) =>
        api('PATCH', `${C}/staff/news/${n.id}`, {
          headers: { ...auth(i ? admin : agent), 'idempotency-key': `news-race-${n.id}-${i}` },
          body: { body, version: 1 },
        }),
      ),
    );
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const lost = a.status === 409 ? a : b;
    expect(lost.headers['content-type']).toBe('application/problem+json');
    expect(lost.body.currentVersion).toBe(2);
    const won = a.status === 200 ? a : b;
    const i = won === a ? 0 : 1;
    const again = await api('PATCH', `${C}/staff/news/${n.id}`, {
      headers: { ...auth(i ? admin : agent), 'idempotency-key': `news-race-${n.id}-${i}` },
      body: { body: won.body.body, version: 1 },
    });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.version).toBe(2);
  });

  it('a creation retried with the same Idempotency-Key writes one notice', async () => {
    setClock(at(DAY));
    const body = { title: `Une seule fois ${tag()}`, body: 'Un avis.', from: DAY };
    const headers = { ...auth(agent), 'idempotency-key': crypto.randomUUID() };
    const first = await api('POST', `${C}/staff/news`, { headers, body });
    const second = await api('POST', `${C}/staff/news`, { headers, body });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    const staff = await api('GET', `${C}/staff/news`, { headers: auth(agent) });
    expect(staff.body.items.filter((x: { title: string }) => x.title === body.title)).toHaveLength(1);
  });
});

describe('bad input and who may', () => {
  it('names each field at fault (422), never a 500', async () => {
    const r = await api('POST', `${C}/staff/news`, {
      headers: auth(agent),
      body: { kind: 'panique', title: 'x', body: '', from: '2031-02-30', link: 'javascript:alert(1)', place: {} },
    });
    expect(r.status).toBe(422);
    expect(r.headers['content-type']).toBe('application/problem+json');
    const names = r.body['invalid-params'].map((p: { name: string }) => p.name);
    for (const f of ['kind', 'title', 'body', 'from', 'link', 'place']) expect(names).toContain(f);

    const order = await api('POST', `${C}/staff/news`, {
      headers: auth(agent),
      body: { title: 'Dans le désordre', body: 'x', from: DAY, until: '2031-05-01' },
    });
    expect(order.status).toBe(422);
    expect(order.body['invalid-params'].map((p: { name: string }) => p.name)).toContain('until');

    // Braine-le-Comte's centre is not in Soignies.
    const outside = await api('POST', `${C}/staff/news`, {
      headers: auth(agent),
      body: { title: 'Hors de la commune', body: 'x', from: DAY, place: { geometry: { type: 'Point', coordinates: [4.1375, 50.6087] } } },
    });
    expect(outside.status).toBe(422);
    expect(outside.body['invalid-params']).toContainEqual(expect.objectContaining({ name: 'place.geometry' }));

    const n = await write({ title: `Avis à changer ${tag()}`, body: 'x', from: DAY });
    const late = await api('PATCH', `${C}/staff/news/${n.id}`, { headers: auth(agent), body: { until: '2031-05-01', version: 1 } });
    expect(late.status).toBe(422);
    const nothing = await api('PATCH', `${C}/staff/news/${n.id}`, { headers: auth(agent), body: { version: 1 } });
    expect(nothing.status).toBe(422);
    expect((await api('PATCH', `${C}/staff/news/ZZZZ-9999`, { headers: auth(agent), body: { title: 'Rien', version: 1 } })).status).toBe(
      404,
    );
    expect((await api('GET', `${C}/news?current=maybe`)).status).toBe(400);
  });

  it('field workers may not write; another commune’s agent neither reads nor changes this commune’s notices', async () => {
    expect(
      (await api('POST', `${C}/staff/news`, { headers: auth(worker), body: { title: 'Par un ouvrier', body: 'x', from: DAY } })).status,
    ).toBe(403);
    expect((await api('GET', `${C}/staff/news`, { headers: auth(worker) })).status).toBe(403);
    expect((await api('GET', `${C}/staff/news`, { headers: auth(braineAgent) })).status).toBe(403);
    const n = await write({ title: `Avis de Soignies ${tag()}`, body: 'x', from: DAY });
    expect(
      (await api('PATCH', `/api/braine-le-comte/staff/news/${n.id}`, { headers: auth(braineAgent), body: { title: 'Pris', version: 1 } }))
        .status,
    ).toBe(404);
    const braine = await api('GET', '/api/braine-le-comte/news');
    expect(braine.body.items.map((x: { id: string }) => x.id)).not.toContain(n.id);
  });
});

describe('the audit log and the Atom feed', () => {
  it('records each change with its author, in its transaction', async () => {
    setClock(at(DAY));
    const n = await write({ title: `Avis audité ${tag()}`, body: 'x', from: DAY });
    await api('PATCH', `${C}/staff/news/${n.id}`, { headers: auth(agent), body: { body: 'y', version: 1 } });
    await api('PATCH', `${C}/staff/news/${n.id}`, { headers: auth(agent), body: { published: false, version: 2 } });
    await api('PATCH', `${C}/staff/news/${n.id}`, { headers: auth(agent), body: { published: false, version: 2 } }); // stale: nothing written
    const log = await api('GET', `${C}/staff/audit?from=${DAY}&to=${DAY}&kind=news&item=${n.id}`, { headers: auth(admin) });
    expect(log.status).toBe(200);
    expect(log.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['news.create', 'news.unpublish', 'news.update']);
    expect(log.body.items[0].actor.email).toBe('agent@soignies.example');
  });

  it('serves the notices as Atom, the words escaped, with an ETag and 304 when unchanged', async () => {
    setClock(at('2031-07-01'));
    const title = `Fermeture <b>"A&B"</b> ${tag()}`;
    const n = await write({
      kind: 'alerte',
      title,
      body: 'Ligne 1\n\n<script>alert(1)</script>',
      from: '2031-07-01',
      link: 'https://example.org/?a=1&b=2',
    });
    const r = await api('GET', '/api/feeds/soignies/actualites.atom');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = String(r.body);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml).toMatch(new RegExp(`<id>http://[^<]+/soignies/actualites/#avis-${n.id}</id>`));
    expect(xml).toContain('<title type="text">Alerte : Fermeture &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(xml).not.toContain('<script>');
    const again = await api('GET', '/api/feeds/soignies/actualites.atom', { headers: { 'if-none-match': r.headers.etag } });
    expect(again.status).toBe(304);
  });
});
