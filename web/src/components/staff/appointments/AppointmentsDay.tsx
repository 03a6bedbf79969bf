/**
 * « Rendez-vous » (`/{commune}/agents/rendez-vous/?jour=&service=`, docs/appointments.md): a day's appointments at the
 * counters in time order, for one service or all; « Arrivé » marks that the person came (again: the first arrival
 * stands); cancelled ones are struck out and said so in words. The day and the service stay in the address (a reload
 * or a shared link shows the same list); the list is read again when the window comes back to the front.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { AppointmentView, PublicAgendas, StaffDayAgenda } from '@tandem/shared/appointments/appointment-api';
import { brusselsDate, formatDayInWords } from '@tandem/shared/brussels-time';
import { brusselsWall, hourInWords } from '@tandem/shared/field/due-words';
import { addDays } from '@tandem/shared/permits/calendar';
import { ApiError, apiFetch, apiPath, uuid } from '../../../lib/api';
import { locale, lt, tr } from '../../../lib/locale';
import '../../../lib/messages/appointments-staff';
import { may } from '../may';
import { SignedOut, staffFetch } from '../session';
import { problemText } from '../staff-text';
import { sendJson } from '../tasks/task-api';
import { useLoad } from '../tasks/use-load';
import './appointments-staff.css';

const hour = (at: string) => hourInWords(brusselsWall(at), locale.value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day and service the address names (`?jour=&service=`), today and all services otherwise. */
function fromAddress(): { day: string; service: string } {
  const q = new URLSearchParams(location.search);
  const day = q.get('jour') ?? '';
  return { day: DAY.test(day) ? day : brusselsDate(Date.now()), service: q.get('service') ?? '' };
}
function keepInAddress(day: string, service: string) {
  const url = new URL(location.href);
  url.searchParams.set('jour', day);
  if (service) url.searchParams.set('service', service);
  else url.searchParams.delete('service');
  history.replaceState(history.state, '', url);
}

export default function AppointmentsDay({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const [{ day, service }, setChoice] = useState(fromAddress);
  const [agendas, setAgendas] = useState<PublicAgendas>();
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState('');
  const list = useLoad(
    () => {
      const q = new URLSearchParams({ day, ...(service ? { service } : {}) });
      return staffFetch<StaffDayAgenda>(commune.id, `staff/appointments?${q}`).then((r) => r.items);
    },
    [commune.id, day, service],
    onSignedOut,
  );
  const mayArrive = may(commune, 'POST /api/{commune}/staff/appointments/{code}/arrival', 'arrival');

  useEffect(() => {
    apiFetch<PublicAgendas>(apiPath(commune.id, 'appointments/services')).then(setAgendas, () => undefined);
    const onFocus = () => void list.refresh();
    addEventListener('focus', onFocus);
    return () => removeEventListener('focus', onFocus);
  }, [commune.id]);

  const choose = (next: { day?: string; service?: string }) => {
    const c = { day: next.day ?? day, service: next.service ?? service };
    keepInAddress(c.day, c.service);
    setSaid('');
    setChoice(c);
  };

  const arrive = async (a: AppointmentView) => {
    setBusy(a.code);
    setSaid('');
    try {
      const done = await sendJson<AppointmentView>(commune.id, 'POST', `staff/appointments/${encodeURIComponent(a.code)}/arrival`, uuid());
      list.set(list.data?.map((x) => (x.code === done.code ? done : x)));
      setSaid(tr('appointmentsStaff.arrived', { name: done.name, time: hour(done.arrivedAt ?? new Date().toISOString()) }));
    } catch (e) {
      if (e instanceof SignedOut) return onSignedOut();
      if (e instanceof ApiError && e.status === 409) {
        setSaid(tr('appointmentsStaff.conflict'));
        await list.reload();
      } else setSaid(problemText(e));
    } finally {
      setBusy('');
    }
  };

  const items = list.data ?? [];
  const count = (s: AppointmentView['status']) => items.filter((a) => a.status === s).length;
  const serviceName = (id: string) => lt(agendas?.services.find((s) => s.id === id)?.name) || id;
  return (
    <section class="appointments-staff" aria-labelledby="appointments-staff-title" aria-busy={list.loading ? 'true' : undefined}>
      <h1 id="appointments-staff-title" tabindex={-1}>
        {tr('appointmentsStaff.title')}
      </h1>
      <div class="appointments-staff-choice">
        {agendas && agendas.services.length > 1 && (
          <div class="field">
            <label for="appointments-service">{tr('appointmentsStaff.service')}</label>
            <select id="appointments-service" value={service} onChange={(e) => choose({ service: e.currentTarget.value })}>
              <option value="">{tr('appointmentsStaff.allServices')}</option>
              {agendas.services.map((s) => (
                <option key={s.id} value={s.id}>
                  {lt(s.name)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="appointments-day">{tr('appointmentsStaff.day')}</label>
          <input
            id="appointments-day"
            type="date"
            value={day}
            onChange={(e) => DAY.test(e.currentTarget.value) && choose({ day: e.currentTarget.value })}
          />
        </div>
        <div class="appointments-staff-days">
          <button type="button" class="button secondary" onClick={() => choose({ day: addDays(day, -1) })}>
            {tr('appointmentsStaff.previous')}
          </button>
          <button type="button" class="button secondary" onClick={() => choose({ day: brusselsDate(Date.now()) })}>
            {tr('appointmentsStaff.today')}
          </button>
          <button type="button" class="button secondary" onClick={() => choose({ day: addDays(day, 1) })}>
            {tr('appointmentsStaff.next')}
          </button>
        </div>
      </div>
      <h2 data-testid="appointments-staff-day">{tr('appointmentsStaff.heading', { day: formatDayInWords(day, locale.value) })}</h2>
      <p role="status" data-testid="appointments-staff-said">
        {said}
      </p>
      {list.error && (
        <p class="notice" role="alert">
          {list.error}
        </p>
      )}
      {list.data && (
        <p data-testid="appointments-staff-counts">
          {tr('appointmentsStaff.counts', { booked: count('booked'), arrived: count('arrived'), cancelled: count('cancelled') })}
        </p>
      )}
      {list.data && items.length === 0 && <p>{tr('appointmentsStaff.empty')}</p>}
      {items.length > 0 && (
        <ol class="appointments-staff-list" data-testid="appointments-staff-list">
          {items.map((a) => {
            const when = tr('appointmentsStaff.when', { from: hour(a.start), to: hour(a.end) });
            return (
              <li key={a.code} class={`appointment-row is-${a.status}`} data-code={a.code} data-status={a.status}>
                <p class="appointment-row-when">
                  {a.status === 'cancelled' ? <s>{when}</s> : when}
                  <span class="appointment-row-state">
                    {a.status === 'arrived'
                      ? tr('appointmentsStaff.state.arrived', { time: a.arrivedAt ? hour(a.arrivedAt) : '' })
                      : tr(`appointmentsStaff.state.${a.status}`)}
                  </span>
                </p>
                <p class="appointment-row-who">
                  {a.status === 'cancelled' ? <s>{a.name}</s> : <strong>{a.name}</strong>} — {a.type.reason}
                  {!service && ` (${serviceName(a.service.id)})`}
                </p>
                <p class="appointment-row-contact">
                  {a.phone ? `${a.phone} · ` : ''}
                  {a.email} · {a.code}
                </p>
                {a.status === 'booked' && mayArrive && (
                  <button
                    type="button"
                    class="button"
                    aria-disabled={busy === a.code ? 'true' : undefined}
                    aria-label={tr('appointmentsStaff.arriveFor', { name: a.name, time: hour(a.start) })}
                    onClick={() => busy !== a.code && void arrive(a)}
                  >
                    {tr('appointmentsStaff.arrive')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
