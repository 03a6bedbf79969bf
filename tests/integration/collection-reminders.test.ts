/**
 * The evening-before collection reminder (docs/collections.md) through the real handlers: signing up sends the
 * fixed-text confirmation mail only (again: nothing more); confirming sends the welcome; the scheduled run at a given
 * instant mails tomorrow's kinds to the confirmed address once (not before 18:00 Brussels, not twice, not to a pending
 * address, not for a day without collections); the unsubscribe link stops it. Its own year (2033), so the demo's and
 * the other files' calendars are left as they are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { invokeHandler } from '../../infra/local/handlers/load-handler.js';
import { api, auth, signIn } from './api-client.js';
import { demoPassword, eventually, localDataDir } from '../support/local-env.js';
import { confirmAddress, confirmationLink, isConfirmationMail } from '../support/mail-confirmation.js';

const C = '/api/soignies';
const YEAR_2033 = ['zone;date;collecte', 'Zone Gare;10/03/2033;PMC - Papiers-cartons', 'Zone Centre;08/03/2033;Ordures ménagères'].join(
  '\n',
);
/** Wednesday 9 March 2033 in Brussels: before and after the evening's hour; Zone Gare is collected on Thursday the 10th. */
const BEFORE = '2033-03-09T17:30:00+01:00';
const EVENING = '2033-03-09T18:05:00+01:00';
const LATER = '2033-03-09T21:00:00+01:00';

type Mail = { subject: string; text: string; to: string; tags: Record<string, string> };
const outbox = () => join(localDataDir(), 'outbox');
function mailsTo(address: string): Mail[] {
  if (!existsSync(outbox())) return [];
  return readdirSync(outbox())
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(outbox(), f), 'utf8')) as Mail)
    .filter((m) => m.to === address);
}
const evenings = (address: string) => mailsTo(address).filter((m) => m.tags.kind === 'collection_reminder');
const runEvening = (now: string) =>
  invokeHandler('collections/send-reminders', { now }) as Promise<{ sent: number; alreadySent: number; unconfirmed: number }>;
const address = () => `rappel-${crypto.randomUUID().slice(0, 8)}@example.org`;

beforeAll(async () => {
  const admin = await signIn('soignies', 'agent@soignies.example', demoPassword());
  const r = await api('PUT', `${C}/staff/collections/calendar/2033`, {
    raw: YEAR_2033,
    headers: { ...auth(admin), 'content-type': 'text/csv' },
  });
  expect(r.status).toBe(200);
  // The streets the collections test assigns too (the same file: the second import changes nothing).
  const streets = 'rue;zone\nRue de la Station;Zone Gare\nRue Neuve;Zone Centre';
  const s = await api('PUT', `${C}/staff/collections/streets`, { raw: streets, headers: { ...auth(admin), 'content-type': 'text/csv' } });
  expect(s.status).toBe(200);
});

describe('the evening-before collection reminder', () => {
  it('confirms the address first, then mails tomorrow’s kinds once each evening, until the unsubscribe link', async () => {
    const email = address();
    const sign = await api('POST', `${C}/collections/reminders`, { body: { email, zone: 'zone-gare' } });
    expect(sign.status).toBe(202);
    expect(sign.body).toEqual({ status: 'check-your-mail' });
    const link = await eventually(() => confirmationLink(outbox(), email, 'zone-gare'), 20_000, 'confirmation mail');
    expect(link.mail.text).toContain('une inscription pour recevoir un rappel la veille de chaque collecte des déchets de votre zone');
    // Signing up again: the same answer, no second confirmation mail.
    expect((await api('POST', `${C}/collections/reminders`, { body: { email: email.toUpperCase(), zone: 'zone-gare' } })).status).toBe(202);
    expect(mailsTo(email).filter(isConfirmationMail)).toHaveLength(1);
    expect(mailsTo(email)).toHaveLength(1);

    // Not confirmed yet: the evening sends nothing to it.
    const pending = await runEvening(EVENING);
    expect(pending.unconfirmed).toBeGreaterThanOrEqual(1);
    expect(evenings(email)).toEqual([]);

    await confirmAddress(outbox(), email, (path) => api('POST', path), 'zone-gare');
    const welcome = await eventually(() => mailsTo(email).find((m) => m.tags.kind === 'collection_welcome'), 20_000, 'welcome');
    expect(welcome.text).toContain('la veille de chaque collecte de la zone « Zone Gare » de Soignies, vous recevrez un rappel vers 18 h');

    // Before 18:00 Brussels: nothing; from 18:00, tomorrow's kinds, once.
    await runEvening(BEFORE);
    expect(evenings(email)).toEqual([]);
    await runEvening(EVENING);
    await runEvening(LATER);
    const sent = evenings(email);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe('Demain : PMC et papiers-cartons');
    expect(sent[0].text).toContain('Demain, jeudi 10 mars 2033, collecte dans la zone « Zone Gare » : PMC et papiers-cartons.');
    // The day after: no collection on Friday in Zone Gare, nothing sent.
    await runEvening('2033-03-10T18:30:00+01:00');
    expect(evenings(email)).toHaveLength(1);

    // The one-click link (through the page, as for works sites) stops it.
    const key = /\/soignies\/collectes\/#desabonner=(zone-gare\.[0-9a-f]{64}\.[A-Za-z0-9_-]{43})/.exec(sent[0].text)?.[1];
    expect(key).toBeDefined();
    expect(welcome.text).toContain(`#desabonner=${key}`);
    expect((await api('DELETE', `${C}/collections/reminders/${key}`)).status).toBe(204);
    expect((await api('DELETE', `${C}/collections/reminders/${key}`)).status).toBe(204);
    await runEvening('2033-03-09T22:00:00+01:00');
    expect(evenings(email)).toHaveLength(1);
  });

  it('refuses bad input with problems naming the fields', async () => {
    const bad = await api('POST', `${C}/collections/reminders`, { body: { email: 'pas-une-adresse', zone: 'Zone Gare!' } });
    expect(bad.status).toBe(422);
    expect(bad.headers['content-type']).toBe('application/problem+json');
    expect(bad.body['invalid-params'].map((p: { name: string }) => p.name).sort()).toEqual(['email', 'zone']);
    const unknown = await api('POST', `${C}/collections/reminders`, { body: { email: address(), zone: 'zone-lune' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body['invalid-params']).toEqual([{ name: 'zone', reason: 'unknown zone' }]);
    expect((await api('DELETE', `${C}/collections/reminders/pas-une-cle`)).status).toBe(404);
    const stranger = `zone-gare.${'a'.repeat(64)}.${'b'.repeat(43)}`;
    expect((await api('DELETE', `${C}/collections/reminders/${stranger}`)).status).toBe(204);
  });
});
