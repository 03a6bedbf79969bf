/**
 * The eve's appointment reminders (docs/appointments.md) through the real handlers and DynamoDB Local: three people
 * book tomorrow by a pinned clock, one cancels; the scheduled run before 10:00 Brussels sends nothing, at 10:05 one
 * reminder per appointment still booked (in its language, with the invitation, no word typed by the public), none for
 * the cancelled one, and none more when run again. Its own days (June 2032), so the other files' agendas are untouched.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { invokeHandler } from '../../infra/local/handlers/load-handler.js';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { api } from './api-client.js';
import { localDataDir } from '../support/local-env.js';

const C = '/api/soignies';
/** Monday 7 June 2032, Brussels: booking time, then the eve's runs for Tuesday the 8th. */
const NOW = '2032-06-07T08:00:00+02:00';
const TOMORROW = '2032-06-08';
const BEFORE = '2032-06-07T09:55:00+02:00';
const EVE = '2032-06-07T10:05:00+02:00';
const LATER = '2032-06-07T15:00:00+02:00';

type Mail = { subject: string; text: string; tags: Record<string, string>; attachments?: { fileName: string; content: string }[] };
const remindersOf = (code: string) =>
  (readOutbox(join(localDataDir(), 'outbox')) as unknown as Mail[]).filter(
    (m) => m.tags?.code === code && m.tags.kind === 'appointment-reminder',
  );
const runEve = (now: string) => invokeHandler('appointments/send-reminders', { now }) as Promise<{ sent: number; alreadySent: number }>;

beforeEach(() => setClock(clockFrom(NOW)));
afterEach(() => setClock());

async function bookTomorrow(start: string, locale: string) {
  const body = {
    name: 'Zoé <b>Tapée</b>',
    email: `rappel-rdv-${crypto.randomUUID().slice(0, 8)}@example.org`,
    service: 'population',
    type: 'carte-identite',
    start,
    locale,
  };
  const r = await api('POST', `${C}/appointments`, { body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { code: string; token: string };
}

describe('the eve’s appointment reminders', () => {
  it('mails each appointment of tomorrow still booked once, from 10:00 Brussels, never the cancelled one', async () => {
    const slots = await api('GET', `${C}/appointments/slots?service=population&type=carte-identite&from=${TOMORROW}&to=${TOMORROW}`);
    expect(slots.status).toBe(200);
    const starts = (slots.body.slots as { start: string }[]).map((s) => s.start);
    expect(starts.length).toBeGreaterThanOrEqual(3);
    const fr = await bookTomorrow(starts[0], 'fr');
    const nl = await bookTomorrow(starts[1], 'nl');
    const gone = await bookTomorrow(starts[2], 'fr');
    expect((await api('DELETE', `${C}/appointments/${gone.code}?token=${gone.token}`)).status).toBe(200);

    await runEve(BEFORE);
    expect(remindersOf(fr.code)).toEqual([]);

    const first = await runEve(EVE);
    expect(first.sent).toBeGreaterThanOrEqual(2);
    await runEve(EVE);
    const again = await runEve(LATER);
    expect(again.sent).toBe(0);

    const [mailFr] = remindersOf(fr.code);
    expect(remindersOf(fr.code)).toHaveLength(1);
    expect(mailFr.subject).toMatch(/^Rappel : votre rendez-vous demain à \d\d:\d\d/);
    expect(mailFr.text).toContain(`Code du rendez-vous : ${fr.code}`);
    expect(mailFr.text).toContain('/soignies/rendez-vous/');
    expect(mailFr.text).not.toContain('Tapée');
    expect(mailFr.attachments?.[0]?.fileName).toBe(`rendez-vous-${fr.code}.ics`);
    expect(mailFr.attachments?.[0]?.content).toContain('BEGIN:VEVENT');
    expect(remindersOf(nl.code)).toHaveLength(1);
    expect(remindersOf(nl.code)[0].subject).toMatch(/^Herinnering: uw afspraak morgen/);
    expect(remindersOf(gone.code)).toEqual([]);
  });
});
