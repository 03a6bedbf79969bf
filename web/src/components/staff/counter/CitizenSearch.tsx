/**
 * « Retrouver les demandes d'un citoyen » (docs/counter.md): by the e-mail address or the phone number given with the
 * requests, POST /api/{commune}/staff/counter/search (a POST: the contact stays out of the address bar and the logs).
 * Each search is written to the audit log, and the screen says so.
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { CounterSearchResult } from '@tandem/shared/counter/counter-api';
import { PHONE_PATTERN } from '@tandem/shared/counter/contact-key';
import type { ReportState } from '@tandem/shared/report-states';
import type { PermitState } from '@tandem/shared/permits/permit-states';
import { tr, lt, stateLabel, formatDate } from '../../../lib/locale';
import { ErrorSummary, FieldError, describedBy, type FieldErrors } from '../../report/form-errors';
import { EMAIL_RE } from '../../report/report-fields';
import { linkClick } from '../router';
import { staffFetch, SignedOut } from '../session';
import { useFormSubmit } from '../use-form-submit';
import { permitStateLabel } from '../permits/permit-format';

export default function CitizenSearch({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const [by, setBy] = useState<'email' | 'phone'>('email');
  const [value, setValue] = useState('');
  const [result, setResult] = useState<CounterSearchResult>();
  const { errors, busy, summary, onSubmit } = useFormSubmit();
  const base = `/${commune.id}/agents/`;
  const category = (code: string) => lt(commune.categories.find((c) => c.code === code)?.label) || code;

  const check = (): FieldErrors =>
    (by === 'email' ? EMAIL_RE : PHONE_PATTERN).test(value.trim()) ? {} : { 'cs-value': tr('counter.search.error') };
  const send = async () => {
    try {
      setResult(
        await staffFetch<CounterSearchResult>(commune.id, 'staff/counter/search', {
          method: 'POST',
          body: JSON.stringify({ [by]: value.trim() }),
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      throw e;
    }
  };

  return (
    <section class="counter-search no-print" aria-labelledby="counter-search-title" data-testid="counter-search">
      <h2 id="counter-search-title">{tr('counter.search.title')}</h2>
      <p class="hint">{tr('counter.search.intro')}</p>
      <form noValidate onSubmit={onSubmit(check, send)}>
        <ErrorSummary errors={summary.errors} order={['cs-value']} focusKey={summary.focusKey} />
        {summary.general && <p class="notice error">{summary.general}</p>}
        <fieldset class="choice-row">
          <legend>{tr('counter.search.by')}</legend>
          {(['email', 'phone'] as const).map((k) => (
            <label key={k} class="choice">
              <input type="radio" name="cs-by" value={k} checked={by === k} onChange={() => setBy(k)} />
              {tr(k === 'email' ? 'counter.search.email' : 'counter.search.phone')}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="cs-value">{tr(by === 'email' ? 'counter.search.email' : 'counter.search.phone')}</label>
          <FieldError id="cs-value" errors={errors} />
          <input
            id="cs-value"
            type={by === 'email' ? 'email' : 'tel'}
            inputMode={by === 'email' ? 'email' : 'tel'}
            autocomplete="off"
            maxLength={200}
            value={value}
            aria-invalid={errors['cs-value'] ? 'true' : undefined}
            aria-describedby={describedBy('cs-value', errors)}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </div>
        <p class="button-row">
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="counter-search-submit">
            {tr('counter.search.submit')}
          </button>
        </p>
      </form>
      <div role="status" aria-live="polite">
        {result &&
          (result.items.length ? <p>{tr('counter.search.count', { n: result.items.length })}</p> : <p>{tr('counter.search.none')}</p>)}
      </div>
      {result && result.items.length > 0 && (
        <table class="list-table" data-testid="counter-search-results">
          <thead>
            <tr>
              <th scope="col">{tr('counter.col.code')}</th>
              <th scope="col">{tr('counter.col.kind')}</th>
              <th scope="col">{tr('counter.col.title')}</th>
              <th scope="col">{tr('counter.col.state')}</th>
              <th scope="col">{tr('counter.col.date')}</th>
              <th scope="col">{tr('counter.col.encoded')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((h) => (
              <tr key={`${h.kind}-${h.code}`}>
                <td>
                  <a href={`${base}${h.kind === 'report' ? 'signalements' : 'autorisations'}/${h.code}/`} onClick={linkClick} class="code">
                    {h.code}
                  </a>
                </td>
                <td>{tr(h.kind === 'report' ? 'counter.kind.report' : 'counter.kind.permit')}</td>
                <td>{h.kind === 'report' ? category(h.title) : h.title}</td>
                <td>{h.kind === 'report' ? stateLabel(h.state as ReportState) : permitStateLabel(h.state as PermitState)}</td>
                <td>{formatDate(h.createdAt)}</td>
                <td>{tr(h.encoded ? 'counter.yes' : 'counter.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
