/**
 * Booking in three steps (docs/appointments.md): 1) the service and the reason, 2) a day then a time among the free
 * ones, 3) the person's name, e-mail and phone, sent once (Idempotency-Key: a second click or a retry books once).
 * A slot taken meanwhile (409) brings the person back to the times, refreshed, with a plain sentence.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BookedAppointment, PublicAgendas } from '@tandem/shared/appointments/appointment-api';
import { ApiError, apiFetch, apiPath } from '../../lib/api';
import { locale, lt, tr } from '../../lib/locale';
import { useRetryKey } from '../../lib/use-retry-key';
import { ErrorSummary, FieldError, describedBy, type FieldErrors } from '../report/form-errors';
import { dayWords, timeWords } from './appointment-words';
import { SlotPicker, type Slot } from './SlotPicker';

type Step = 1 | 2 | 3 | 'done';
const FIELDS = { name: 'rdv-name', email: 'rdv-email', phone: 'rdv-phone' } as const;

export function BookAppointment({ commune, agendas }: { commune: string; agendas: PublicAgendas }) {
  const [step, setStep] = useState<Step>(1);
  const [serviceId, setServiceId] = useState(agendas.services[0].id);
  const service = agendas.services.find((s) => s.id === serviceId) ?? agendas.services[0];
  const [typeId, setTypeId] = useState(service.types[0].id);
  const type = service.types.find((t) => t.id === typeId) ?? service.types[0];
  const [slot, setSlot] = useState<Slot>();
  const [refresh, setRefresh] = useState(0);
  const [said, setSaid] = useState<string>();
  const [person, setPerson] = useState({ name: '', email: '', phone: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [tries, setTries] = useState(0);
  const [sending, setSending] = useState(false);
  const [booked, setBooked] = useState<BookedAppointment>();
  const retry = useRetryKey();
  const heading = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) heading.current?.focus();
    started.current = true;
  }, [step]);

  const chooseService = (id: string) => {
    setServiceId(id);
    setTypeId(agendas.services.find((s) => s.id === id)!.types[0].id);
  };

  async function submit() {
    if (!slot) return;
    const body = {
      name: person.name.trim(),
      email: person.email.trim(),
      ...(person.phone.trim() ? { phone: person.phone.trim() } : {}),
      service: service.id,
      type: type.id,
      start: slot.start,
      locale: locale.value,
    };
    setSending(true);
    try {
      const answer = await apiFetch<BookedAppointment>(apiPath(commune, 'appointments'), {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Idempotency-Key': retry.keyFor(body) },
      });
      retry.forget();
      setBooked(answer);
      setStep('done');
    } catch (e) {
      if (!(e instanceof ApiError)) {
        setGeneral(tr('appointments.sendFailed'));
        setErrors({});
        setTries((n) => n + 1);
        return;
      }
      retry.forget();
      const named: FieldErrors = {};
      for (const p of e.invalidParams) {
        const id = FIELDS[p.name as keyof typeof FIELDS];
        if (id) named[id] = p.reason;
      }
      const startProblem = e.invalidParams.find((p) => p.name === 'start');
      if (e.status === 409 || startProblem) {
        // The time is gone (taken, or no longer bookable): back to the times, read again.
        setSaid(e.status === 409 ? tr('appointments.taken') : startProblem!.reason);
        setSlot(undefined);
        setRefresh((n) => n + 1);
        setStep(2);
        return;
      }
      setErrors(named);
      setGeneral(Object.keys(named).length ? undefined : (e.problem?.detail ?? tr('appointments.sendFailed')));
      setTries((n) => n + 1);
    } finally {
      setSending(false);
    }
  }

  const stepHeading = (n: 1 | 2 | 3, key: 'appointments.step1.title' | 'appointments.step2.title' | 'appointments.step3.title') => (
    <>
      <p class="step-count">{tr('appointments.step', { n })}</p>
      <h2 tabindex={-1} ref={heading} data-testid="appointments-step">
        {tr(key)}
      </h2>
    </>
  );

  if (step === 'done' && booked) {
    return (
      <section class="appointment-done" aria-labelledby="rdv-done" data-testid="appointment-booked">
        <h2 id="rdv-done" tabindex={-1} ref={heading}>
          {tr('appointments.done.title')}
        </h2>
        <AppointmentFacts
          code={booked.code}
          day={booked.day}
          time={booked.time}
          service={booked.service.name}
          reason={booked.type.reason}
          place={booked.service.place}
        />
        <p>{tr('appointments.done.mail', { email: booked.email })}</p>
        <p>
          <a class="button" href={booked.manageUrl}>
            {tr('appointments.done.manage')}
          </a>
        </p>
      </section>
    );
  }

  if (step === 1) {
    return (
      <form
        class="appointment-step"
        onSubmit={(e) => {
          e.preventDefault();
          setSaid(undefined);
          setStep(2);
        }}
      >
        {stepHeading(1, 'appointments.step1.title')}
        {agendas.services.length > 1 && (
          <fieldset class="choices">
            <legend>{tr('appointments.step1.service')}</legend>
            {agendas.services.map((s) => (
              <label key={s.id} class="choice">
                <input type="radio" name="service" value={s.id} checked={s.id === service.id} onChange={() => chooseService(s.id)} />
                {lt(s.name)}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset class="choices">
          <legend>{tr('appointments.step1.reason')}</legend>
          {service.types.map((t) => (
            <label key={t.id} class="choice">
              <input type="radio" name="type" value={t.id} checked={t.id === type.id} onChange={() => setTypeId(t.id)} />
              {tr('appointments.step1.minutes', { reason: lt(t.reason), minutes: t.minutes })}
            </label>
          ))}
        </fieldset>
        <button class="button" type="submit">
          {tr('appointments.step1.next')}
        </button>
      </form>
    );
  }

  if (step === 2) {
    return (
      <div class="appointment-step">
        {stepHeading(2, 'appointments.step2.title')}
        <p>{tr('appointments.step1.minutes', { reason: `${lt(service.name)} — ${lt(type.reason)}`, minutes: type.minutes })}</p>
        {said && (
          <p class="notice warn" role="alert" data-testid="appointments-said">
            {said}
          </p>
        )}
        <SlotPicker
          commune={commune}
          service={service.id}
          type={type.id}
          window={agendas.window}
          refresh={refresh}
          onPick={(s) => {
            setSlot(s);
            setSaid(undefined);
            setStep(3);
          }}
        />
        <button type="button" class="button secondary" onClick={() => setStep(1)}>
          {tr('appointments.back')}
        </button>
      </div>
    );
  }

  const field = (key: keyof typeof FIELDS, label: string, attrs: Record<string, string>, hint?: string) => {
    const id = FIELDS[key];
    return (
      <div class="field">
        <label for={id}>{label}</label>
        {hint && (
          <span class="hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        <FieldError id={id} errors={errors} />
        <input
          id={id}
          name={key}
          {...attrs}
          value={person[key]}
          aria-invalid={errors[id] ? 'true' : undefined}
          aria-describedby={describedBy(id, errors, hint && `${id}-hint`)}
          onInput={(e) => setPerson({ ...person, [key]: e.currentTarget.value })}
        />
      </div>
    );
  };
  return (
    <form
      class="appointment-step"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!sending) void submit();
      }}
    >
      {stepHeading(3, 'appointments.step3.title')}
      <p data-testid="appointment-summary">
        {tr('appointments.step3.summary', {
          service: lt(service.name),
          reason: lt(type.reason),
          day: dayWords(slot!.day),
          time: timeWords(slot!.time),
        })}
      </p>
      <ErrorSummary errors={errors} order={Object.values(FIELDS)} focusKey={tries} general={general} />
      {field('name', tr('appointments.step3.name'), { type: 'text', autocomplete: 'name', maxLength: '120' })}
      {field(
        'email',
        tr('appointments.step3.email'),
        { type: 'email', autocomplete: 'email', inputMode: 'email', maxLength: '200' },
        tr('appointments.step3.emailHint'),
      )}
      {field('phone', tr('appointments.step3.phone'), { type: 'tel', autocomplete: 'tel', inputMode: 'tel', maxLength: '40' })}
      <button class="button" type="submit" disabled={sending}>
        {sending ? tr('appointments.step3.sending') : tr('appointments.step3.submit')}
      </button>
      <button type="button" class="button secondary" onClick={() => setStep(2)}>
        {tr('appointments.back')}
      </button>
    </form>
  );
}

/** What an appointment is, as a list of facts: code, when, service, reason, place. */
export function AppointmentFacts(a: { code: string; day: string; time: string; service: string; reason: string; place?: string }) {
  return (
    <dl class="appointment-facts" data-testid="appointment-facts">
      <dt>{tr('appointments.view.code')}</dt>
      <dd data-testid="appointment-code">{a.code}</dd>
      <dt>{tr('appointments.view.when')}</dt>
      <dd data-testid="appointment-when">{tr('appointments.view.whenValue', { day: dayWords(a.day), time: timeWords(a.time) })}</dd>
      <dt>{tr('appointments.view.service')}</dt>
      <dd>{a.service}</dd>
      <dt>{tr('appointments.view.reason')}</dt>
      <dd>{a.reason}</dd>
      {a.place && (
        <>
          <dt>{tr('appointments.view.place')}</dt>
          <dd>{a.place}</dd>
        </>
      )}
    </dl>
  );
}
