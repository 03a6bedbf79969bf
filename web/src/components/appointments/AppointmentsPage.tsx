/**
 * /{commune}/rendez-vous/ (docs/appointments.md): booking, or, when the address carries the mail's
 * `#rdv=<code>&jeton=<token>`, that appointment to see, move or cancel. The fragment never reaches a server log nor a
 * Referer; it stays in the address, so a reload shows the same appointment.
 */
import '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PublicAgendas } from '@tandem/shared/appointments/appointment-api';
import { apiFetch, apiPath } from '../../lib/api';
import { initLocale, tr } from '../../lib/locale';
import '../../lib/messages/appointments';
import { BookAppointment } from './BookAppointment';
import { ManageAppointment } from './ManageAppointment';

/** The appointment named by the address's fragment, if it names one. */
function manageFromHash(): { code: string; token: string } | undefined {
  const h = new URLSearchParams(location.hash.slice(1));
  const code = h.get('rdv');
  const token = h.get('jeton');
  return code && token ? { code, token } : undefined;
}

export default function AppointmentsPage({ commune }: { commune: PublicCommuneConfig }) {
  const [agendas, setAgendas] = useState<PublicAgendas | 'loading' | 'failed'>('loading');
  const [manage, setManage] = useState<{ code: string; token: string }>();

  useEffect(() => {
    void initLocale();
    const onHash = () => setManage(manageFromHash());
    onHash();
    addEventListener('hashchange', onHash);
    apiFetch<PublicAgendas>(apiPath(commune.id, 'appointments/services')).then(setAgendas, () => setAgendas('failed'));
    return () => removeEventListener('hashchange', onHash);
  }, [commune.id]);

  return (
    <div data-testid="appointments-page" data-ready={typeof agendas === 'object' || undefined}>
      {agendas === 'loading' && <p aria-live="polite">{tr('appointments.loading')}</p>}
      {agendas === 'failed' && <p class="notice warn">{tr('appointments.failed')}</p>}
      {typeof agendas === 'object' &&
        (manage ? (
          <ManageAppointment key={manage.code} commune={commune.id} agendas={agendas} code={manage.code} token={manage.token} />
        ) : agendas.services.length ? (
          <BookAppointment commune={commune.id} agendas={agendas} />
        ) : (
          <p class="notice">{tr('appointments.none')}</p>
        ))}
    </div>
  );
}
