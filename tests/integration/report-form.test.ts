/**
 * The report page's form without JavaScript (docs/report-form.md), posted as a browser posts it, through the local
 * server (routes, rate limits, the v2 event the cloud would build) to the real handler and DynamoDB Local: 303 to the
 * tracking page, the report filed once however often the form is sent again, the mail confirmation asked as for any
 * filing with an address, a typed address of the register located, and a refusal as a French page naming the
 * fields at fault — never the words typed — or as problem+json to a client that asks for JSON.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FILED_CHECK_MAIL_FRAGMENT, FILED_FRAGMENT, reportFormAnswerName } from '@tandem/shared';
import { api, auth, signIn } from './api-client.js';
import { demoPassword, eventually, localDataDir, localUrl } from '../support/local-env.js';
import { confirmationLink } from '../support/mail-confirmation.js';

const FORM = 'application/x-www-form-urlencoded';
/** What Chromium sends with a form's navigation. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

function post(commune: string, fields: Record<string, string> | string, headers: Record<string, string> = {}) {
  return fetch(`${localUrl()}/api/${commune}/reports/form`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': FORM, accept: BROWSER_ACCEPT, ...headers },
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
  });
}

/** The tracking code a 303 sends the browser to, and the fragment it carries. */
function filed(res: Response, commune = 'soignies'): { code: string; fragment: string } {
  expect(res.status).toBe(303);
  const location = res.headers.get('location') ?? '';
  const m = new RegExp(`^${localUrl()}/${commune}/suivi/([0-9A-Z]{4}-[0-9A-Z]{4})/#([a-z-]+)$`).exec(location);
  expect(m, location).not.toBeNull();
  return { code: m![1], fragment: m![2] };
}

const unique = () => `balise${Math.random().toString(36).slice(2, 8)}`;
const pothole = (word: string, more: Record<string, string> = {}) => ({
  category: 'voirie',
  address: 'Rue de la Station 99, Soignies',
  [reportFormAnswerName('voirie', 'taille')]: 'moyen',
  [reportFormAnswerName('voirie', 'danger')]: 'true',
  // Another category's answer, as the page without a script sends every category's fields: not read.
  [reportFormAnswerName('depot-sauvage', 'volume')]: 'camion',
  description: `Un trou profond devant la ${word}`,
  email: `${word}@example.org`,
  ...more,
});

let agent = '';
beforeAll(async () => {
  agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
});

describe('the report form posted without JavaScript', () => {
  it('files the report and sends the browser to its tracking page, which says « check your mail »', async () => {
    const word = unique();
    const res = await post('soignies', pothole(word));
    const { code, fragment } = filed(res);
    expect(fragment).toBe(FILED_CHECK_MAIL_FRAGMENT);
    expect(await res.text()).toBe('');

    const seen = await api('GET', `/api/soignies/staff/reports/${code}`, { headers: auth(agent) });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      category: 'voirie',
      address: 'Rue de la Station 99, Soignies',
      description: `Un trou profond devant la ${word}`,
      answers: { taille: 'moyen', danger: true },
      email: `${word}@example.org`,
      state: 'new',
    });
    // The mail confirmation (docs/mail-confirmation.md): the first mail to the address asks to confirm it.
    const link = await eventually(() => confirmationLink(join(localDataDir(), 'outbox'), `${word}@example.org`, code), 20_000, 'the mail');
    expect(link.commune).toBe('soignies');
  });

  it('without an address: the tracking page says « received » only', async () => {
    const { email: _none, ...fields } = pothole(unique());
    const { fragment } = filed(await post('soignies', { ...fields, email: '' }));
    expect(fragment).toBe(FILED_FRAGMENT);
  });

  it('files once however often the same form is sent (a resend, a second click, three at once)', async () => {
    const word = unique();
    const first = filed(await post('soignies', pothole(word)));
    const again = filed(await post('soignies', pothole(word)));
    const racing = await Promise.all([1, 2, 3].map(() => post('soignies', pothole(word))));
    expect(again.code).toBe(first.code);
    for (const r of racing) expect(filed(r).code).toBe(first.code);
    const found = await api('GET', `/api/soignies/staff/search?q=${word}`, { headers: auth(agent) });
    expect(found.body.reports.map((r: { code: string }) => r.code)).toEqual([first.code]);
    // Other words are another report.
    expect(filed(await post('soignies', pothole(word, { description: `Un autre trou, près de la ${word}` }))).code).not.toBe(first.code);
  });
});

describe('a typed address and the commune’s register', () => {
  beforeAll(async () => {
    const admin = await signIn('braine-le-comte', 'admin@braine-le-comte.example', demoPassword());
    const csv = [
      'street,number,postcode,lat,lng',
      'Rue de la Gare,12,7090,50.6085,4.137',
      'Rue de la Gare,14,7090,50.6086,4.1372',
      // Inside the commune's map area, but outside the commune itself.
      'Chemin du Bout,1,7090,50.679,4.041',
    ].join('\n');
    const r = await api('PUT', '/api/braine-le-comte/staff/addresses', {
      headers: { ...auth(admin), 'content-type': 'text/csv' },
      raw: csv,
    });
    expect(r.status).toBe(200);
  });

  const graffiti = (address: string) => ({ category: 'graffiti', address, description: `Un grand tag sur la façade ${unique()}` });

  it('puts the pin on the address the register knows without doubt, and keeps the words of one it does not', async () => {
    const located = filed(await post('braine-le-comte', graffiti('rue de la gare 12')), 'braine-le-comte');
    const report = await api('GET', `/api/braine-le-comte/reports/${located.code}`);
    expect(report.body.location).toEqual({ lat: 50.6085, lng: 4.137 });
    expect(report.body.address).toBe('rue de la gare 12');
    const words = filed(await post('braine-le-comte', graffiti('Rue de la Gare, devant la boulangerie')), 'braine-le-comte');
    const unplaced = await api('GET', `/api/braine-le-comte/reports/${words.code}`);
    expect(unplaced.body.location).toBeUndefined();
    expect(unplaced.body.address).toBe('Rue de la Gare, devant la boulangerie');
  });

  it('says so when the address it located is outside the commune', async () => {
    const res = await post('braine-le-comte', graffiti('Chemin du Bout 1'));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Ce lieu est en dehors de la commune.');
  });
});

describe('a refused form', () => {
  it('is an accessible French page with the fields at fault and the way back, status 422', async () => {
    const res = await post('soignies', { category: '', description: 'court', address: '', email: 'pas une adresse' });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // Nothing but the page's own style may run: no script at all.
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<title>Il y a un problème — Signaler un problème — Soignies</title>');
    expect(html).toContain('<h1>Il y a un problème</h1>');
    const items = [...html.matchAll(/<li><strong>(.*?)<\/strong> : (.*?)<\/li>/g)].map((m) => [m[1], m[2]]);
    expect(items).toEqual([
      ['Catégorie', 'Choisissez une catégorie.'],
      ['Description', 'Décrivez le problème en 10 caractères au moins.'],
      ['Adresse e-mail', 'Écrivez une adresse e-mail valide, par exemple nom@exemple.be, ou laissez le champ vide.'],
      ['Adresse ou lieu (par exemple : rue de la Station 12)', 'Placez le repère sur la carte ou écrivez une adresse.'],
    ]);
    expect(html).toContain('<a class="button" href="/soignies/signaler/">Revenir au formulaire</a>');
    expect(html).toContain('bouton « Précédent » de votre navigateur');
  });

  it('names a required question of the category chosen by its label', async () => {
    const { [reportFormAnswerName('voirie', 'taille')]: _none, ...fields } = pothole(unique());
    const res = await post('soignies', fields);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<li><strong>Quelle taille environ ?</strong> : Répondez à cette question.</li>');
    expect(html.match(/<li>/g)).toHaveLength(1);
  });

  it('never shows the words typed, and escapes what it shows', async () => {
    const res = await post('soignies', {
      category: '<script>alert(1)</script>',
      description: '<img src=x onerror=alert(1)> Votre taxe est impayée',
      address: '"><svg onload=alert(1)>',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).not.toMatch(/<script|<img|<svg|onerror|onload|taxe/i);
    expect(html).toContain('Choisissez une catégorie.');
  });

  it('is a page for a body too large (413) or not a form (415), a problem for a client asking for JSON', async () => {
    const big = await post('soignies', `description=${'x'.repeat(70_000)}`);
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await big.text()).toContain('Le formulaire n’a pas pu être envoyé.');

    const json = await post('soignies', '{"category":"voirie"}', { 'content-type': 'application/json', accept: 'application/json' });
    expect(json.status).toBe(415);
    expect(json.headers.get('content-type')).toBe('application/problem+json');
    expect((await json.json())['invalid-params']).toEqual([{ name: 'content-type', reason: 'must be application/x-www-form-urlencoded' }]);

    const asked = await post('soignies', { category: 'voirie' }, { accept: 'application/problem+json' });
    expect(asked.status).toBe(422);
    const problem = await asked.json();
    expect(problem['invalid-params'].map((p: { name: string }) => p.name).sort()).toEqual(['description', 'location']);

    const nowhere = await post('nulle-part', pothole(unique()));
    expect(nowhere.status).toBe(404);
    expect(await nowhere.text()).toContain('<html lang="fr">');
  });
});
