/**
 * /{commune}/demandes/: choose between organising an event and occupying the public space, with the lead
 * times, fees and documents to prepare, read from the commune's permits config.
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { OCCUPATION_USES } from '@tandem/shared/permits/permit-vocabulary';
import { occupationUse } from '@tandem/shared/permits/permit-kinds';
import { tr, initLocale, type MessageKey } from '../../lib/locale';
import { feeRuleText, leadText } from './permit-format';
// This island speaks of permits: load their messages (French now, the visitor's language on demand).
import '../../lib/messages/permits';

export default function PermitChooser({ commune }: { commune: PublicCommuneConfig }) {
  useEffect(() => void initLocale(), []);
  const cfg = commune.permits;
  const base = `/${commune.id}/demandes`;
  if (!cfg || (!cfg.event.enabled && !cfg.occupation.enabled)) {
    return <p class="notice warn">{tr('permit.unavailable')}</p>;
  }
  const ev = cfg.event;
  const oc = cfg.occupation;
  const docs = ev.documents.map((d) =>
    tr(d.when === 'large' ? 'permit.chooser.docLarge' : 'permit.chooser.docAlways', {
      doc: tr(`permit.attachment.${d.type}` as MessageKey),
      n: ev.largeAttendance,
    }),
  );
  const uses = OCCUPATION_USES.map((u) => ({ u, c: occupationUse(oc, u) })).filter(({ c }) => c.enabled);
  return (
    <>
      <ul class="cards permit-choices">
        {ev.enabled && (
          <li class="card" data-testid="permit-choice-event">
            <h2 id="choice-event">{tr('permit.chooser.event')}</h2>
            <p>{tr('permit.chooser.event.what')}</p>
            <h3>{tr('permit.chooser.when')}</h3>
            <p>{tr('permit.chooser.event.lead', { days: ev.leadDays, n: ev.largeAttendance, largeDays: ev.largeLeadDays })}</p>
            <h3>{tr('permit.chooser.prepare')}</h3>
            <ul>
              <li>{tr('permit.chooser.event.prepare')}</li>
              {docs.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
            <p>
              {tr('permit.fee')} <strong>{feeRuleText(ev.fee)}</strong>
            </p>
            <a class="button" href={`${base}/evenement/`} data-testid="permit-start-event">
              {tr('permit.chooser.start')}
              <span class="visually-hidden"> : {tr('permit.chooser.event')}</span>
            </a>
          </li>
        )}
        {oc.enabled && (
          <li class="card" data-testid="permit-choice-occupation">
            <h2 id="choice-occupation">{tr('permit.chooser.occupation')}</h2>
            <p>{tr('permit.chooser.occupation.what')}</p>
            <h3>{tr('permit.chooser.when')}</h3>
            <p>{tr('permit.chooser.occupation.lead', { lead: leadText({ days: oc.leadWorkingDays, working: true }), max: oc.maxDays })}</p>
            <table class="uses">
              <caption class="visually-hidden">{tr('permit.chooser.uses')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr('permit.f.use')}</th>
                  <th scope="col">{tr('permit.chooser.lead')}</th>
                  <th scope="col">{tr('permit.track.fee')}</th>
                </tr>
              </thead>
              <tbody>
                {uses.map(({ u, c }) => (
                  <tr key={u}>
                    <th scope="row">{tr(`permit.use.${u}` as MessageKey)}</th>
                    <td>{leadText({ days: c.leadWorkingDays ?? oc.leadWorkingDays, working: true })}</td>
                    <td>{feeRuleText(c.fee)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{tr('permit.chooser.prepare')}</h3>
            <ul>
              <li>{tr('permit.chooser.occupation.prepare')}</li>
            </ul>
            <a class="button" href={`${base}/occupation/`} data-testid="permit-start-occupation">
              {tr('permit.chooser.start')}
              <span class="visually-hidden"> : {tr('permit.chooser.occupation')}</span>
            </a>
          </li>
        )}
      </ul>
      <section class="card" aria-labelledby="permit-track-title">
        <h2 id="permit-track-title">{tr('permit.track.lookup')}</h2>
        <form action={`${base}/suivi/`} method="get" class="track-lookup">
          <div class="field">
            <label for="permit-lookup-code">{tr('track.code')}</label>
            <span class="hint" id="permit-lookup-hint">
              {tr('permit.track.code.hint')}
            </span>
            <input
              id="permit-lookup-code"
              name="code"
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              aria-describedby="permit-lookup-hint"
            />
          </div>
          <button class="button secondary" type="submit">
            {tr('track.lookup.button')}
          </button>
        </form>
      </section>
    </>
  );
}
