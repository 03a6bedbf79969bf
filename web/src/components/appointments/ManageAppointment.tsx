/**
 * An appointment seen from the mail's link (`#rdv=<code>&jeton=<token>`, docs/appointments.md): what, when and where,
 * then « Déplacer » (another free time of the same reason) or « Annuler » (asked twice). The token goes only to the
 * API's own `?token=`; a wrong or partial link says so plainly (the server never tells which part is wrong).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppointmentView, PublicAgendas } from '@tandem/shared/appointments/appointment-api';
import { ApiError, apiFetch, apiPath } from '../../lib/api';
import { tr } from '../../lib/locale';
import { AppointmentFacts } from './BookAppointment';
import { dayWords, timeWords } from './appointment-words';
import { SlotPicker, type Slot } from './SlotPicker';

type Mode = 'see' | 'move' | 'cancel';

export function ManageAppointment({
  commune,
  agendas,
  code,
  token,
}: {
  commune: string;
  agendas: PublicAgendas;
  code: string;
  token: string;
}) {
  const [view, setView] = useState<AppointmentView | 'loading' | 'missing' | 'failed'>('loading');
  const [mode, setMode] = useState<Mode>('see');
  const [target, setTarget] = useState<Slot>();
  const [said, setSaid] = useState<{ text: string; warn?: boolean }>();
  const [refresh, setRefresh] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const path = (rest = '') => apiPath(commune, `appointments/${encodeURIComponent(code)}${rest}?token=${encodeURIComponent(token)}`);

  useEffect(() => {
    let live = true;
    setView('loading');
    apiFetch<AppointmentView>(path()).then(
      (a) => live && setView(a),
      (e) => live && setView(e instanceof ApiError && (e.status === 404 || e.status === 400) ? 'missing' : 'failed'),
    );
    return () => {
      live = false;
    };
  }, [code, token]);

  if (view === 'loading') return <p aria-live="polite">{tr('appointments.loading')}</p>;
  if (view === 'missing')
    return (
      <p class="notice warn" data-testid="appointment-missing">
        {tr('appointments.view.notFound')}
      </p>
    );
  if (view === 'failed') return <p class="notice warn">{tr('appointments.failed')}</p>;

  const done = (text: string, next: AppointmentView) => {
    setView(next);
    setMode('see');
    setTarget(undefined);
    setSaid({ text });
    heading.current?.focus();
  };
  async function change(run: () => Promise<AppointmentView>, doneText: string) {
    setBusy(true);
    try {
      done(doneText, await run());
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && mode === 'move') {
        setTarget(undefined);
        setRefresh((n) => n + 1);
        setSaid({ text: tr('appointments.taken'), warn: true });
      } else setSaid({ text: e instanceof ApiError && e.problem?.detail ? e.problem.detail : tr('appointments.changeFailed'), warn: true });
    } finally {
      setBusy(false);
    }
  }
  const open = (next: Mode) => {
    setSaid(undefined);
    setTarget(undefined);
    setMode(next);
  };
  const move = (slot: Slot) =>
    change(
      () => apiFetch<AppointmentView>(path('/move'), { method: 'POST', body: JSON.stringify({ start: slot.start }) }),
      tr('appointments.move.done'),
    );
  const cancel = () => change(() => apiFetch<AppointmentView>(path(), { method: 'DELETE' }), tr('appointments.cancel.done'));

  const a = view;
  const upcoming = a.status === 'booked' && Date.parse(a.start) > Date.now();
  return (
    <section aria-labelledby="rdv-view" data-testid="appointment-view" data-status={a.status}>
      <h2 id="rdv-view" tabindex={-1} ref={heading}>
        {tr('appointments.view.title')}
      </h2>
      {said && (
        <p class={`notice ${said.warn ? 'warn' : 'ok'}`} role={said.warn ? 'alert' : 'status'} data-testid="appointments-said">
          {said.text}
        </p>
      )}
      <AppointmentFacts code={a.code} day={a.day} time={a.time} service={a.service.name} reason={a.type.reason} place={a.service.place} />
      <p data-testid="appointment-state">
        {tr('appointments.view.state')} : <strong>{tr(`appointments.view.state.${a.status}`)}</strong>
      </p>
      {a.status === 'booked' && !upcoming && <p>{tr('appointments.view.past')}</p>}
      {upcoming && mode === 'see' && (
        <div class="actions">
          <button type="button" class="button" onClick={() => open('move')}>
            {tr('appointments.move')}
          </button>
          <button type="button" class="button secondary" onClick={() => open('cancel')}>
            {tr('appointments.cancel')}
          </button>
        </div>
      )}
      {upcoming && mode === 'cancel' && (
        <fieldset class="notice warn">
          <legend>{tr('appointments.cancel.ask')}</legend>
          <div class="actions">
            <button type="button" class="button danger" disabled={busy} onClick={() => void cancel()}>
              {tr('appointments.cancel.yes')}
            </button>
            <button type="button" class="button secondary" onClick={() => setMode('see')}>
              {tr('appointments.cancel.no')}
            </button>
          </div>
        </fieldset>
      )}
      {upcoming && mode === 'move' && (
        <div class="appointment-move">
          <h3>{tr('appointments.move.title')}</h3>
          <SlotPicker
            commune={commune}
            service={a.service.id}
            type={a.type.id}
            window={agendas.window}
            refresh={refresh}
            skip={a.start}
            onPick={setTarget}
          />
          {target && (
            <button type="button" class="button" disabled={busy} onClick={() => void move(target)} data-testid="appointment-move-confirm">
              {tr('appointments.move.confirm', { day: dayWords(target.day), time: timeWords(target.time) })}
            </button>
          )}
          <button type="button" class="button secondary" onClick={() => open('see')}>
            {tr('appointments.move.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
