/**
 * Appointments at the counter through the real handlers and DynamoDB Local (docs/appointments.md), by the handlers'
 * clock (a Friday of March 2031, the week before the spring change; Monday 14 April 2031 is Easter Monday): the
 * agendas, free slots, booking, seeing, moving and cancelling with the manage token, the cap per address, the
 * window and closed days, bad input named, twenty people booking one slot at once (one 201, nineteen 409), the mail's
 * invitation read back by ical.js, and the staff's day agenda and arrivals with their audit entries.
 * Slots are taken from what the slots route offers, so that a rerun on the same tables books other ones.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { join } from 'node:path';
import { clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { api, auth, signIn } from './api-client.js';
import { demoPassword, localDataDir } from '../support/local-env.js';

const C = '/api/soignies';
const NOW = '2031-03-21T10:00:00+01:00';
const SLOT_TAKEN = 'Ce créneau vient d’être pris : choisissez-en un autre';
interface Slot {
  start: string;
  day: string;
  time: string;
}
let agent = '';
let admin = '';
let worker = '';

beforeAll(async () => {
  const pw = demoPassword();
  [agent, admin, worker] = await Promise.all([
    signIn('soignies', 'agent@soignies.example', pw),
    signIn('soignies', 'admin@soignies.example', pw),
    signIn('soignies', 'ouvrier@soignies.example', pw),
  ]);
});
beforeEach(() => setClock(clockFrom(NOW)));
afterEach(() => setClock());

const tag = () => crypto.randomUUID().slice(0, 8);
const person = () => ({ name: 'Jeanne Citoyenne', email: `rdv-${tag()}@example.org`, phone: '0470 12 34 56' });
async function free(from = '2031-03-24', to = '2031-04-30', service = 'population', type = 'carte-identite'): Promise<Slot[]> {
  const r = await api('GET', `${C}/appointments/slots?service=${service}&type=${type}&from=${from}&to=${to}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.slots;
}
const book = (start: string, over: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  api('POST', `${C}/appointments`, { headers, body: { ...person(), service: 'population', type: 'carte-identite', start, ...over } });
async function booked(start: string, over: Record<string, unknown> = {}) {
  const r = await book(start, over);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { code: string; token: string; start: string; manageUrl: string; version: number; status: string };
}
const manage = (code: string, token: string, path = '') => `${C}/appointments/${code}${path}?token=${token}`;
const mailsOf = (code: string) =>
  readOutbox(join(localDataDir(), 'outbox')).filter((m) => (m as { tags?: Record<string, string> }).tags?.code === code) as unknown as {
    subject: string;
    text: string;
    tags: Record<string, string>;
    attachments?: { fileName: string; contentType: string; content: string }[];
  }[];

describe('agendas and free slots', () => {
  it('lists the counters with their reasons, hours and window', async () => {
    const r = await api('GET', `${C}/appointments/services`);
    expect(r.status).toBe(200);
    expect(r.body.services.map((s: { id: string }) => s.id)).toEqual(['population', 'etat-civil', 'urbanisme']);
    expect(r.body.services[0].types[0]).toEqual({
      id: 'carte-identite',
      reason: expect.objectContaining({ fr: 'Carte d’identité (eID)' }),
      minutes: 15,
    });
    expect(r.body.window).toEqual({ minDaysAhead: 1, maxDaysAhead: 56, first: '2031-03-22', last: '2031-05-16' });
    expect((await api('GET', '/api/braine-le-comte/appointments/services')).body.services).toHaveLength(2);
  });

  it('offers Brussels times on both sides of the spring change and nothing on Easter Monday', async () => {
    const slots = await free('2031-03-22', '2031-04-15');
    const days = new Set(slots.map((s) => s.day));
    expect(days.has('2031-03-23')).toBe(false); // a Sunday
    expect(days.has('2031-04-14')).toBe(false); // Easter Monday
    expect(days.has('2031-04-15')).toBe(true);
    for (const s of slots) {
      expect(s.start.slice(11, 16)).toBe(s.time);
      expect(s.start.slice(-6)).toBe(s.day < '2031-03-30' ? '+01:00' : '+02:00');
      expect(s.time >= '08:30' && s.time < '19:00').toBe(true);
    }
  });

  it('names what is wrong in a slots query (400)', async () => {
    const r = await api('GET', `${C}/appointments/slots?service=population&type=carte-identite&from=2031-02-30&to=2031-01-01`);
    expect(r.status).toBe(400);
    expect(r.body['invalid-params'].map((p: { name: string }) => p.name)).toContain('from');
    const long = await api('GET', `${C}/appointments/slots?service=population&type=carte-identite&from=2031-03-01&to=2031-06-01`);
    expect(long.body['invalid-params']).toEqual([expect.objectContaining({ name: 'to' })]);
    const unknown = await api('GET', `${C}/appointments/slots?service=population&type=mariage&from=2031-03-24&to=2031-03-25`);
    expect(unknown.status).toBe(400);
    expect(unknown.body['invalid-params']).toEqual([expect.objectContaining({ name: 'type' })]);
  });
});

describe('booking, seeing, moving, cancelling', () => {
  it('books a free slot: 201 with a code and a token; the slot leaves the offer; the mail carries an invitation', async () => {
    const [slot] = await free('2031-03-24', '2031-03-28');
    const a = await booked(slot.start);
    expect(a).toMatchObject({ start: slot.start, status: 'booked', version: 1 });
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.manageUrl).toContain(`/soignies/rendez-vous/#rdv=${a.code}&jeton=${a.token}`);
    expect((await free(slot.day, slot.day)).map((s) => s.start)).not.toContain(slot.start);

    const [mail] = mailsOf(a.code);
    expect(mail.subject).toContain('Population');
    expect(mail.text).toContain(a.code);
    expect(mail.text).toContain(a.token);
    expect(mail.text).not.toContain('Jeanne Citoyenne');
    const ics = mail.attachments?.[0];
    expect(ics?.fileName).toBe(`rendez-vous-${a.code}.ics`);
    const cal = new ICAL.Component(ICAL.parse(ics?.content ?? ''));
    const [event] = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(event.uid).toBe(`rdv-${a.code}@soignies.tandem`);
    expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(slot.start));
    expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(slot.start) + 15 * 60_000);
    expect(event.summary).toBe('Population — Carte d’identité (eID)');
  });

  it('sees with the token only; moves to another free slot atomically; cancels, freeing the slot', async () => {
    const [first, second] = await free('2031-03-31', '2031-04-04');
    const a = await booked(first.start);
    expect((await api('GET', manage(a.code, a.token))).body).toMatchObject({ code: a.code, name: 'Jeanne Citoyenne', status: 'booked' });
    expect((await api('GET', manage(a.code, 'A'.repeat(43)))).status).toBe(404);
    expect((await api('GET', `${C}/appointments/${a.code}`)).status).toBe(400);

    const moved = await api('POST', manage(a.code, a.token, '/move'), { body: { start: second.start } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ start: second.start, version: 2 });
    const offer = (await free(first.day, second.day)).map((s) => s.start);
    expect(offer).toContain(first.start);
    expect(offer).not.toContain(second.start);
    const movedMail = mailsOf(a.code).find((m) => m.tags.kind === 'appointment-moved');
    const movedCal = new ICAL.Component(ICAL.parse(movedMail?.attachments?.[0].content ?? ''));
    const event = new ICAL.Event(movedCal.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(second.start));
    expect(event.sequence).toBe(1);

    // Moving onto a slot someone else holds: 409, nothing changes.
    const other = await booked(first.start);
    const blocked = await api('POST', manage(a.code, a.token, '/move'), { body: { start: other.start } });
    expect(blocked.status).toBe(409);
    expect(blocked.body.detail).toBe(SLOT_TAKEN);
    expect((await api('GET', manage(a.code, a.token))).body.start).toBe(second.start);

    const cancelled = await api('DELETE', manage(a.code, a.token));
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await free(second.day, second.day)).map((s) => s.start)).toContain(second.start);
    expect((await api('DELETE', manage(a.code, a.token))).body.status).toBe('cancelled');
    expect((await api('POST', manage(a.code, a.token, '/move'), { body: { start: second.start } })).status).toBe(409);
  });

  it('a retried booking (same Idempotency-Key) answers the same appointment and token', async () => {
    const [slot] = await free('2031-04-01', '2031-04-04');
    const body = { ...person(), service: 'population', type: 'carte-identite', start: slot.start };
    const key = `rdv-${tag()}-retry`;
    const one = await api('POST', `${C}/appointments`, { headers: { 'idempotency-key': key }, body });
    const two = await api('POST', `${C}/appointments`, { headers: { 'idempotency-key': key }, body });
    expect([one.status, two.status]).toEqual([201, 200]);
    expect(two.headers['idempotent-replayed']).toBe('true');
    expect(two.body).toMatchObject({ code: one.body.code, token: one.body.token });
    expect(mailsOf(one.body.code)).toHaveLength(1);
  });

  it('one address holds at most three appointments to come (422 naming email); a cancellation makes room', async () => {
    const slots = await free('2031-04-07', '2031-04-11');
    const me = person();
    const made = [];
    for (const s of slots.slice(0, 3)) made.push(await booked(s.start, me));
    const fourth = await book(slots[3].start, me);
    expect(fourth.status).toBe(422);
    expect(fourth.body['invalid-params']).toEqual([expect.objectContaining({ name: 'email' })]);
    expect((await book(slots[3].start, { ...me, email: me.email.toUpperCase() })).status).toBe(422);
    await api('DELETE', manage(made[0].code, made[0].token));
    expect((await book(slots[3].start, me)).status).toBe(201);
  });

  it('refuses a start outside the window, on a closed day or off the grid (422 naming start)', async () => {
    const reasons = async (start: string) => {
      const r = await book(start);
      expect(r.status, start).toBe(422);
      return r.body['invalid-params'];
    };
    expect(await reasons('2031-03-21T11:00:00+01:00')).toEqual([expect.objectContaining({ name: 'start' })]); // today
    expect(await reasons('2031-05-20T09:00:00+02:00')).toEqual([expect.objectContaining({ name: 'start' })]); // past the 56 days
    const easter = await reasons('2031-04-14T09:00:00+02:00');
    expect(easter[0].reason).toContain('fermé');
    expect((await reasons('2031-03-23T09:00:00+01:00'))[0].reason).toContain('fermé'); // Sunday
    expect((await reasons('2031-03-24T09:10:00+01:00'))[0].reason).toContain('heure'); // off the grid
    expect((await reasons('2031-03-24T12:00:00+01:00'))[0].reason).toContain('heure'); // after the range
  });

  it('names every bad field of a booking', async () => {
    const r = await api('POST', `${C}/appointments`, {
      body: { name: '', email: 'pas-une-adresse', service: 'Population', type: 5, start: 'demain', locale: 'xx' },
    });
    expect(r.status).toBe(422);
    const names = r.body['invalid-params'].map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['name', 'email', 'service', 'type', 'start', 'locale']));
    const unknown = await book('2031-03-24T09:00:00+01:00', { service: 'piscine' });
    expect(unknown.body['invalid-params']).toEqual([expect.objectContaining({ name: 'service' })]);
  });
});

describe('a slot is never booked twice', () => {
  it('twenty people booking the same slot at once: one 201, nineteen 409, one appointment stored', async () => {
    const [slot] = await free('2031-04-22', '2031-04-25');
    const answers = await Promise.all(Array.from({ length: 20 }, () => book(slot.start)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    for (const r of answers.filter((x) => x.status === 409)) {
      expect(r.headers['content-type']).toBe('application/problem+json');
      expect(r.body.detail).toBe(SLOT_TAKEN);
    }
    const day = await api('GET', `${C}/staff/appointments?day=${slot.day}&service=population`, { headers: auth(agent) });
    expect(day.body.items.filter((a: { start: string }) => a.start === slot.start)).toHaveLength(1);
  });
});

describe('staff: the day agenda and arrivals', () => {
  it('lists the day, marks an arrival once (idempotent), audits both; workers may not', async () => {
    const [slot] = await free('2031-04-28', '2031-04-30');
    const a = await booked(slot.start);
    const day = await api('GET', `${C}/staff/appointments?day=${slot.day}`, { headers: auth(agent) });
    expect(day.status).toBe(200);
    expect(day.body.items).toContainEqual(expect.objectContaining({ code: a.code, name: 'Jeanne Citoyenne', status: 'booked' }));
    const starts = day.body.items.map((x: { start: string }) => x.start);
    expect(starts).toEqual([...starts].sort());

    const arrival = await api('POST', `${C}/staff/appointments/${a.code}/arrival`, { headers: auth(agent) });
    expect(arrival.status).toBe(200);
    expect(arrival.body).toMatchObject({ status: 'arrived', arrivedAt: expect.any(String) });
    const again = await api('POST', `${C}/staff/appointments/${a.code}/arrival`, { headers: auth(agent) });
    expect(again.body.arrivedAt).toBe(arrival.body.arrivedAt);
    expect((await api('DELETE', manage(a.code, a.token))).status).toBe(409);

    expect((await api('GET', `${C}/staff/appointments?day=${slot.day}`, { headers: auth(worker) })).status).toBe(403);
    expect((await api('GET', `${C}/staff/appointments?day=2031-02-30`, { headers: auth(agent) })).status).toBe(400);

    const log = await api('GET', `${C}/staff/audit?from=2031-03-21&to=2031-03-21&kind=appointment`, { headers: auth(admin) });
    expect(log.status, JSON.stringify(log.body)).toBe(200);
    const actions = log.body.items.map((e: { action: string; item: { id: string } }) => `${e.action} ${e.item.id}`);
    expect(actions).toContain(`appointment.arrival ${a.code}`);
    expect(actions).toContain(`appointment.personal-data.read ${slot.day}`);
    expect(actions.filter((x: string) => x === `appointment.arrival ${a.code}`)).toHaveLength(1);
  });
});
