/**
 * Appointments at the counter, staff side (docs/appointments.md):
 *   GET  /api/{c}/staff/appointments?day=&service=          a Brussels day's appointments (a read of personal data: audited)
 *   POST /api/{c}/staff/appointments/{code}/arrival         the person came (idempotent; audited in its transaction)
 * The role matrix says who (the commune's agents and admins).
 */
import { StaffDayQuery, TRACKING_CODE_PATTERN, normaliseTrackingCode, type AppointmentItem } from '@tandem/shared';
import { apiHandler, conflict, json, notFound, parseQuery, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { routeOf } from '../lib/route-of.js';
import { auditContext, auditEntry, recordRead } from '../lib/audit.js';
import { changeAppointment, dayAppointments, getAppointment } from './appointment-store.js';
import { appointmentView } from './appointment-view.js';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const agendas = reg.config.appointments;
  const action = routeOf<'appointments/staff-appointments', 'day' | 'arrival'>(event, {
    'GET /api/{commune}/staff/appointments': 'day',
    'POST /api/{commune}/staff/appointments/{code}/arrival': 'arrival',
  });
  const audit = auditContext(event, reg, user);

  if (action === 'day') {
    authorize(user, reg.config, 'GET /api/{commune}/staff/appointments', 'read');
    const q = parseQuery(event, StaffDayQuery);
    const items = (await dayAppointments(commune, q.day)).filter((a) => !q.service || a.service === q.service);
    await recordRead(audit, 'appointment.personal-data.read', { kind: 'appointment', id: q.service ? `${q.day}/${q.service}` : q.day });
    return json(200, { day: q.day, items: items.map((a) => appointmentView(a, agendas)) });
  }

  authorize(user, reg.config, 'POST /api/{commune}/staff/appointments/{code}/arrival', 'arrival');
  const code = normaliseTrackingCode(pathParam(event, 'code'));
  const none = notFound('no appointment has this code');
  if (!TRACKING_CODE_PATTERN.test(code)) throw none;
  const arrived = (a: AppointmentItem | undefined) => {
    if (!a) throw none;
    if (a.status === 'arrived') return json(200, appointmentView(a, agendas));
    if (a.status === 'cancelled') throw conflict('this appointment was cancelled');
    return undefined;
  };
  const current = await getAppointment(commune, code);
  if (!current) throw none;
  const already = arrived(current);
  if (already) return already;
  const now = clock.iso();
  const outcome = await changeAppointment({
    current,
    from: ['booked'],
    set: { status: 'arrived', arrivedAt: now, arrivedBy: { sub: user.sub, name: user.name }, updatedAt: now },
    puts: [
      auditEntry(audit, now, 'appointment.arrival', { kind: 'appointment', id: code }, `${current.service} ${current.day} ${current.time}`),
    ],
  });
  const fresh = await getAppointment(commune, code);
  if (outcome !== 'applied') {
    const again = arrived(fresh);
    if (again) return again;
    throw conflict('this appointment changed meanwhile; reload it');
  }
  if (!fresh) throw none;
  return json(200, appointmentView(fresh, agendas));
});
