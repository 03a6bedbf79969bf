/**
 * Appointments at the counter, the public's side (docs/appointments.md):
 *   GET    /api/{c}/appointments/services              the agendas' public view and the booking window
 *   GET    /api/{c}/appointments/slots?service&type&from&to   the free starts (Europe/Brussels)
 *   POST   /api/{c}/appointments                       book (Idempotency-Key): 201 with the code and the manage token
 *   GET    /api/{c}/appointments/{code}?token=         see it
 *   DELETE /api/{c}/appointments/{code}?token=         cancel it (its cells freed in the same transaction)
 *   POST   /api/{c}/appointments/{code}/move?token=    move it: the new cells taken and the old freed in one transaction
 * A slot is never booked twice: each grid cell an appointment holds is an item put only if absent, in the booking's
 * transaction; the loser of a race gets a 409 « Ce créneau vient d’être pris : choisissez-en un autre ».
 */
import { timingSafeEqual } from 'node:crypto';
import {
  BookingInput,
  ManageQuery,
  MoveInput,
  SlotsQuery,
  TRACKING_CODE_PATTERN,
  appointmentCells,
  appointmentManagePath,
  bookableDays,
  brusselsDate,
  brusselsIso,
  findService,
  findType,
  freeSlots,
  keys,
  newTrackingCode,
  normaliseEmail,
  normaliseTrackingCode,
  startVerdict,
  type AppointmentItem,
  type AppointmentService,
  type AppointmentType,
  type AppointmentsConfig,
  type CommuneRegistration,
  type StartVerdict,
} from '@tandem/shared';
import {
  type ApiEvent,
  type HttpError,
  apiHandler,
  badRequest,
  conflict,
  header,
  json,
  notFound,
  parseBody,
  parseQuery,
  pathParam,
  unprocessable,
} from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import { checkedKey, requestHash } from '../lib/idempotency.js';
import { createdAnswer, runCreateOnce } from '../lib/create-once.js';
import { insertNew } from '../lib/insert-new.js';
import { newHandle, sha256 } from '../lib/held-code.js';
import { CONFLICT_RETRIES, waitOutConflict } from '../lib/versioned-write.js';
import { absoluteUrl } from '@tandem/shared/map/feeds/feed-common';
import { env } from '../lib/aws.js';
import { cellItem, changeAppointment, futureAppointmentCount, getAppointment, personEntry, takenCells } from './appointment-store.js';
import { appointmentView } from './appointment-view.js';
import { sendAppointmentMail } from './appointment-mail.js';

export const SLOT_TAKEN = 'Ce créneau vient d’être pris : choisissez-en un autre';
const slotTaken = () => conflict(SLOT_TAKEN, { slot: 'taken' });
const CACHE = 'public, max-age=300';

type Action = 'services' | 'slots' | 'book' | 'see' | 'cancel' | 'move';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const agendas = reg.config.appointments;
  if (!agendas) throw notFound(`${reg.config.name} takes no appointment online`);
  const action = routeOf<'appointments/public-appointments', Action>(event, {
    'GET /api/{commune}/appointments/services': 'services',
    'GET /api/{commune}/appointments/slots': 'slots',
    'POST /api/{commune}/appointments': 'book',
    'GET /api/{commune}/appointments/{code}': 'see',
    'DELETE /api/{commune}/appointments/{code}': 'cancel',
    'POST /api/{commune}/appointments/{code}/move': 'move',
  });
  if (action === 'services') return services(agendas);
  if (action === 'slots') return slots(event, reg, agendas);
  if (action === 'book') return book(event, reg, agendas);
  const a = await heldAppointment(event, reg.config.id);
  if (action === 'see') return json(200, appointmentView(a, agendas, a.locale));
  if (action === 'cancel') return cancel(a, reg, parseQuery(event, ManageQuery).token);
  return move(event, a, reg, agendas);
});

function services(agendas: AppointmentsConfig) {
  const { first, last } = bookableDays(clock.ms(), agendas);
  return json(
    200,
    {
      services: agendas.services.map((s) => ({
        id: s.id,
        name: s.name,
        ...(s.place ? { place: s.place } : {}),
        types: s.types.map((t) => ({ id: t.id, reason: t.reason, minutes: t.minutes })),
        hours: s.hours,
      })),
      window: { minDaysAhead: agendas.minDaysAhead, maxDaysAhead: agendas.maxDaysAhead, first, last },
      maxFuturePerPerson: agendas.maxFuturePerPerson,
    },
    { 'cache-control': CACHE },
  );
}

/** The service and reason named (`status` 400 for a query, 422 for a body), each failing one named. */
function serviceAndType(agendas: AppointmentsConfig, serviceId: string, typeId: string, status: 400 | 422) {
  const service = findService(agendas, serviceId);
  const type = service ? findType(service, typeId) : undefined;
  const fail = (name: string, reason: string) =>
    status === 400
      ? badRequest('some fields are not valid', [{ name, reason }])
      : unprocessable('some fields are not valid', [{ name, reason }]);
  if (!service) throw fail('service', 'aucun guichet de ce nom ne prend de rendez-vous');
  if (!type) throw fail('type', 'ce guichet ne prend pas de rendez-vous pour ce motif');
  return { service, type };
}

async function slots(event: ApiEvent, reg: CommuneRegistration, agendas: AppointmentsConfig) {
  const q = parseQuery(event, SlotsQuery);
  const { service, type } = serviceAndType(agendas, q.service, q.type, 400);
  const taken = await takenCells(reg.config.id, service.id, q.from, q.to);
  const found = freeSlots({
    service,
    type,
    from: q.from,
    to: q.to,
    now: clock.ms(),
    window: agendas,
    closingDays: agendas.closingDays,
    taken,
  });
  return json(200, { service: service.id, type: type.id, from: q.from, to: q.to, slots: found });
}

/** A start that is not free: 409 when taken, 422 naming `start` otherwise. */
function startProblem(verdict: Exclude<StartVerdict, 'free'>): HttpError {
  if (verdict === 'taken') return slotTaken();
  const reason = {
    'outside-window': 'en dehors de la période où l’on peut réserver',
    closed: 'le guichet est fermé ce jour-là',
    'not-a-start': 'ce n’est pas une heure de rendez-vous de ce guichet',
  }[verdict];
  return unprocessable('this start cannot be booked', [{ name: 'start', reason }]);
}

/** The verdict on a start, the cells of `ignore` (the appointment being moved) counted as free. */
async function checkStart(
  commune: string,
  agendas: AppointmentsConfig,
  service: AppointmentService,
  type: AppointmentType,
  startMs: number,
  ignore: number[] = [],
) {
  const day = brusselsDate(startMs);
  const taken = await takenCells(commune, service.id, day, day);
  for (const c of ignore) taken.delete(c);
  const verdict = startVerdict(startMs, { service, type, now: clock.ms(), window: agendas, closingDays: agendas.closingDays, taken });
  if (verdict !== 'free') throw startProblem(verdict);
}

/** Where an appointment starting at `startMs` is, as stored. */
function placed(commune: string, code: string, service: AppointmentService, type: AppointmentType, startMs: number) {
  const start = new Date(startMs).toISOString();
  const day = brusselsDate(startMs);
  return {
    start,
    end: new Date(startMs + type.minutes * 60_000).toISOString(),
    day,
    time: brusselsIso(startMs).slice(11, 16),
    cells: appointmentCells(startMs, service, type),
    gsi1pk: keys.appointmentDay(commune, day),
    gsi1sk: keys.appointmentDaySort(start, code),
  };
}

async function book(event: ApiEvent, reg: CommuneRegistration, agendas: AppointmentsConfig) {
  const commune = reg.config.id;
  const input = parseBody(event, BookingInput);
  const { service, type } = serviceAndType(agendas, input.service, input.type, 422);
  const startMs = Date.parse(input.start);
  const idempotencyKey = checkedKey(header(event, 'idempotency-key'));
  const hash = requestHash(event.routeKey, commune, input);
  const email = normaliseEmail(input.email);
  const emailHash = sha256(email);
  const now = clock.iso();
  const code = newTrackingCode();
  const token = newHandle();
  const answer = async (made: string, replayed: boolean, result?: Record<string, string>) => {
    const a = await getAppointment(commune, made);
    if (!a || !result?.token) throw notFound('no appointment has this code');
    if (!replayed) await sendAppointmentMail('booked', a, reg, result.token);
    const body = {
      ...appointmentView(a, agendas, a.locale),
      token: result.token,
      manageUrl: absoluteUrl(env().publicBaseUrl, appointmentManagePath(commune, made, result.token)),
    };
    return createdAnswer(body, `/api/${commune}/appointments/${made}`, replayed);
  };
  return runCreateOnce({
    commune,
    idempotencyKey,
    requestHash: hash,
    at: now,
    id: code,
    result: { token },
    write: async (idem) => {
      // The start's day and the person's appointments are read at once (the start's verdict wins if both fail).
      const [, held] = await Promise.all([
        checkStart(commune, agendas, service, type, startMs),
        futureAppointmentCount(commune, emailHash, now),
      ]);
      if (held >= agendas.maxFuturePerPerson)
        throw unprocessable('this address holds as many appointments as it may', [
          { name: 'email', reason: `au plus ${agendas.maxFuturePerPerson} rendez-vous à venir par adresse e-mail` },
        ]);
      const item: AppointmentItem = {
        ...keys.appointment(commune, code),
        type: 'appointment',
        commune,
        code,
        service: service.id,
        reason: type.id,
        ...placed(commune, code, service, type, startMs),
        name: input.name,
        email: input.email,
        emailHash,
        ...(input.phone ? { phone: input.phone } : {}),
        locale: input.locale,
        status: 'booked',
        tokenHash: sha256(token),
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      const cells = item.cells.map((ms) => cellItem(commune, service.id, code, ms));
      for (let attempt = 0; ; attempt++) {
        const outcome = await insertNew(item, personEntry(commune, item), idem, [], cells);
        if (outcome === 'unique_taken') throw slotTaken();
        if (outcome !== 'busy' || attempt >= CONFLICT_RETRIES) return outcome;
        await waitOutConflict();
      }
    },
    answer,
    busy: SLOT_TAKEN,
  });
}

/** The appointment of the path's code whose manage token the query carries; 404 otherwise (never telling which). */
async function heldAppointment(event: ApiEvent, commune: string): Promise<AppointmentItem> {
  const code = normaliseTrackingCode(pathParam(event, 'code'));
  const { token } = parseQuery(event, ManageQuery);
  const none = notFound('no appointment has this code and token');
  if (!TRACKING_CODE_PATTERN.test(code)) throw none;
  const a = await getAppointment(commune, code);
  if (!a) throw none;
  const given = Buffer.from(sha256(token), 'hex');
  if (!timingSafeEqual(given, Buffer.from(a.tokenHash, 'hex'))) throw none;
  return a;
}

/** Only an appointment still to come, not yet met, may be moved or cancelled. */
function checkChangeable(a: AppointmentItem) {
  if (a.status === 'arrived') throw conflict('you already came to this appointment');
  if (a.status === 'cancelled') throw conflict('this appointment is cancelled; book another');
  if (Date.parse(a.start) <= clock.ms()) throw conflict('this appointment is past');
}

async function cancel(a: AppointmentItem, reg: CommuneRegistration, token: string) {
  const agendas = reg.config.appointments;
  if (a.status === 'cancelled') return json(200, appointmentView(a, agendas, a.locale));
  checkChangeable(a);
  const now = clock.iso();
  const outcome = await changeAppointment({
    current: a,
    from: ['booked'],
    set: { status: 'cancelled', cancelledAt: now, updatedAt: now },
    releaseCells: a.cells,
    dropPerson: true,
  });
  const fresh = await getAppointment(a.commune, a.code);
  if (!fresh) throw notFound('no appointment has this code and token');
  if (outcome !== 'applied' && fresh.status !== 'cancelled') throw conflict('this appointment changed meanwhile; reload it');
  if (outcome === 'applied') await sendAppointmentMail('cancelled', fresh, reg, token);
  return json(200, appointmentView(fresh, agendas, fresh.locale));
}

async function move(event: ApiEvent, a: AppointmentItem, reg: CommuneRegistration, agendas: AppointmentsConfig) {
  const { start } = parseBody(event, MoveInput);
  const { token } = parseQuery(event, ManageQuery);
  const startMs = Date.parse(start);
  if (startMs === Date.parse(a.start) && a.status === 'booked') return json(200, appointmentView(a, agendas, a.locale));
  checkChangeable(a);
  const service = findService(agendas, a.service);
  const type = service && findType(service, a.reason);
  if (!service || !type) throw conflict('this counter no longer takes this appointment online; cancel it and book another');
  await checkStart(a.commune, agendas, service, type, startMs, a.cells);
  const now = clock.iso();
  const next = placed(a.commune, a.code, service, type, startMs);
  const outcome = await changeAppointment({
    current: a,
    from: ['booked'],
    set: { ...next, updatedAt: now },
    takeCells: next.cells.filter((c) => !a.cells.includes(c)),
    releaseCells: a.cells.filter((c) => !next.cells.includes(c)),
    dropPerson: true,
    addPerson: personEntry(a.commune, { emailHash: a.emailHash, start: next.start, code: a.code }),
  });
  if (outcome === 'taken') throw slotTaken();
  if (outcome === 'stale') throw conflict('this appointment changed meanwhile; reload it');
  const fresh = await getAppointment(a.commune, a.code);
  if (!fresh) throw notFound('no appointment has this code and token');
  await sendAppointmentMail('moved', fresh, reg, token);
  return json(200, appointmentView(fresh, agendas, fresh.locale));
}
