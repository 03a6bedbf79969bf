/**
 * The citizen report form (FixMyStreet-class). Works without the map (address field), with the keyboard and a
 * screen reader: fieldsets and legends, an error summary linking to the fields, live status, focus management.
 * Works without a script too (docs/report-form.md): its HTML, rendered at build time, is a form that posts to
 * POST /api/{commune}/reports/form; the island hydrates on the first use of it (client:interaction), first as that
 * HTML, then `live`: the chosen category's questions only, the register's suggestions, the fetch with its
 * Idempotency-Key. Heavy parts load on demand: the map when asked for, the photos' resizing with the first photo,
 * the zod schema on submit, the QR code on success. The state and sending are in use-report-form; each fieldset is
 * its own component.
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../lib/locale';
import PlaceFieldset from './PlaceFieldset';
import CategoryFieldset from './CategoryFieldset';
import DetailsFieldset from './DetailsFieldset';
import ContactFieldset from './ContactFieldset';
import NearbySuggestions from './NearbySuggestions';
import ReportDone from './ReportDone';
import GeneralError from './GeneralError';
import { ErrorSummary } from './form-errors';
import { useReportForm } from './use-report-form';
import type { CounterFiling } from '../counter-filing';
import { useLayoutEffect, useState } from 'preact/hooks';
import { apiPath } from '../../lib/api';
import { REPORT_FORM_ID } from './filled-before';

/** `counter`: filed by an agent at the counter (docs/counter.md): the citizen's contact, the staff route, the receipt after. */
export default function ReportForm({ commune, counter }: { commune: PublicCommuneConfig; counter?: CounterFiling }) {
  const f = useReportForm(commune, counter);
  const { errors, general } = f;
  // Hydrated as the page's HTML was rendered, then live (before the browser paints again).
  const [live, setLive] = useState(false);
  useLayoutEffect(() => setLive(true), []);

  if (f.created)
    return (
      <ReportDone
        code={f.created.code}
        url={f.created.url || `/${commune.id}/suivi/${f.created.code}/`}
        emailGiven={Boolean(f.email.trim())}
        onAnother={f.reset}
      />
    );

  return (
    <form
      id={REPORT_FORM_ID}
      method="post"
      action={counter ? undefined : apiPath(commune.id, 'reports/form')}
      noValidate
      onSubmit={f.submit}
      aria-labelledby="report-title"
      data-testid="report-form"
    >
      {general && !Object.keys(errors).length ? (
        <GeneralError message={general} focusKey={f.focusKey} />
      ) : (
        <>
          <ErrorSummary errors={errors} order={f.order} focusKey={f.focusKey} />
          {general && <p class="notice error">{general}</p>}
        </>
      )}
      <PlaceFieldset
        commune={commune}
        live={live}
        location={f.location}
        address={f.address}
        nearby={f.nearby.filter((r) => r.location).map((r) => ({ ...r.location!, code: r.code }))}
        errors={errors}
        placeNote={f.placeNote}
        onLocation={f.on.location}
        onAddress={f.on.address}
        onLocate={f.on.locate}
      />
      <CategoryFieldset
        commune={commune}
        live={live}
        category={f.category}
        answers={f.answers}
        errors={errors}
        onCategory={f.on.category}
        onAnswer={f.on.answer}
      />
      <div aria-live="polite">
        <NearbySuggestions commune={commune} reports={f.nearby} />
      </div>
      <DetailsFieldset
        commune={commune.id}
        description={f.description}
        photos={f.photos}
        errors={errors}
        onDescription={f.on.description}
        onPhotos={f.on.photos}
      />
      <ContactFieldset
        email={f.email}
        errors={errors}
        onEmail={f.on.email}
        counter={
          counter && {
            name: f.name,
            phone: f.phone,
            postalAddress: f.postalAddress,
            onName: f.on.name,
            onPhone: f.on.phone,
            onPostalAddress: f.on.postalAddress,
          }
        }
      />
      <div class="button-row">
        <button type="submit" class="button" aria-disabled={f.sending ? 'true' : undefined}>
          {f.sending ? tr('report.sending') : tr('report.submit')}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {f.status}
      </p>
    </form>
  );
}
