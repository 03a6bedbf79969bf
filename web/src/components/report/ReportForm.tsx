/**
 * The citizen report form (FixMyStreet-class). Works without the map (address field), with the keyboard and a
 * screen reader: fieldsets and legends, an error summary linking to the fields, live status, focus management.
 * Heavy parts load on demand: the map when asked for, the zod schema on submit, the QR code on success.
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { LatLng, BBox } from '@tandem/shared/geo';
import { inBBox } from '@tandem/shared/geo';
import type { PublicReport } from '@tandem/shared/schemas/report';
import { tr, initLocale, locale, type MessageKey } from '../../lib/locale';
import { apiFetch, apiPath, ApiError, NetworkError, uuid } from '../../lib/api';
import PlaceFieldset from './PlaceFieldset';
import CategoryFieldset, { questionFieldId, type AnswerDraft } from './CategoryFieldset';
import PhotoPicker, { type PhotoItem } from './PhotoPicker';
import NearbySuggestions, { type NearbyReport } from './NearbySuggestions';
import ReportDone from './ReportDone';
import { ErrorSummary, FieldError, describedBy, type FieldErrors } from './form-errors';

interface Props {
  commune: PublicCommuneConfig;
}
interface Created {
  code: string;
  url: string;
  report: PublicReport;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELD_MESSAGES: Record<string, MessageKey> = {
  'f-category': 'report.error.category',
  'f-address': 'report.error.place',
  'f-description': 'report.error.description',
  'f-email': 'report.error.email',
  'f-photos': 'report.error.photos',
};

/** Maps an API / schema field name ("answers.taille", "photos.0") to the id of the form control. */
function fieldIdFor(name: string): string | undefined {
  const [head, sub] = name.split(/[.[\]/]/).filter(Boolean);
  switch (head) {
    case 'category':
      return 'f-category';
    case 'location':
    case 'address':
      return 'f-address';
    case 'description':
      return 'f-description';
    case 'email':
      return 'f-email';
    case 'photos':
      return 'f-photos';
    case 'answers':
      return sub ? questionFieldId(sub) : undefined;
    default:
      return undefined;
  }
}

export default function ReportForm({ commune }: Props) {
  const [location, setLocation] = useState<LatLng>();
  const [address, setAddress] = useState('');
  const [category, setCategory] = useState('');
  const [answers, setAnswers] = useState<AnswerDraft>({});
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<PhotoItem[]>([]);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState('');
  const [focusKey, setFocusKey] = useState(0);
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');
  const [nearby, setNearby] = useState<NearbyReport[]>([]);
  const [created, setCreated] = useState<Created>();
  const idempotencyKey = useRef<string>();
  const photosRef = useRef(photos);
  photosRef.current = photos;

  useEffect(() => void initLocale(), []);

  /** A field's error goes away as soon as the person changes that field. */
  const clear = (id: string) =>
    setErrors((e) => {
      if (!e[id]) return e;
      const next = { ...e };
      delete next[id];
      return next;
    });

  const chosen = commune.categories.find((c) => c.code === category);

  // Nearby open reports of the same category, as soon as both a place and a category are known.
  useEffect(() => {
    if (!location || !category) {
      setNearby([]);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      const q = new URLSearchParams({ lat: String(location.lat), lng: String(location.lng), category });
      apiFetch<{ reports: NearbyReport[] }>(`${apiPath(commune.id, 'reports/nearby')}?${q}`)
        .then((r) => !stale && setNearby(r.reports ?? []))
        .catch(() => !stale && setNearby([]));
    }, 300);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [location?.lat, location?.lng, category]);

  const order = ['f-address', 'f-category', ...(chosen?.questions ?? []).map((q) => questionFieldId(q.code)), 'f-description', 'f-photos', 'f-email'];

  function clientErrors(): FieldErrors {
    const e: FieldErrors = {};
    if (location && !inBBox(location, commune.map.bbox as BBox)) e['f-address'] = tr('report.error.outside');
    else if (!location && address.trim().length < 3) e['f-address'] = tr('report.error.place');
    if (!chosen) e['f-category'] = tr('report.error.category');
    for (const q of chosen?.questions ?? []) {
      const v = (answers[q.code] ?? '').trim();
      if (q.required && !v) e[questionFieldId(q.code)] = tr('report.error.answer');
      else if (v && q.type === 'number' && !Number.isFinite(Number(v))) e[questionFieldId(q.code)] = tr('report.error.number');
    }
    if (description.trim().length < 10) e['f-description'] = tr('report.error.description');
    if (email.trim() && !EMAIL_RE.test(email.trim())) e['f-email'] = tr('report.error.email');
    if (photos.some((p) => p.status === 'failed')) e['f-photos'] = tr('report.error.photos');
    return e;
  }

  function body() {
    const out: Record<string, string | number | boolean> = {};
    for (const q of chosen?.questions ?? []) {
      const v = (answers[q.code] ?? '').trim();
      if (!v) continue;
      out[q.code] = q.type === 'boolean' ? v === 'true' : q.type === 'number' ? Number(v) : v;
    }
    return {
      category,
      ...(location ? { location } : {}),
      ...(address.trim() ? { address: address.trim() } : {}),
      description: description.trim(),
      answers: out,
      photos: photosRef.current.filter((p) => p.status === 'done' && p.key).map((p) => p.key!),
      ...(email.trim() ? { email: email.trim() } : {}),
      locale: locale.value,
    };
  }

  function showErrors(e: FieldErrors, generalMessage = '') {
    setErrors(e);
    setGeneral(generalMessage);
    setFocusKey((k) => k + 1);
  }

  async function submit(ev: Event) {
    ev.preventDefault();
    if (sending) return;
    const e = clientErrors();
    if (Object.keys(e).length) return showErrors(e);
    setSending(true);
    setStatus(tr('report.sending'));
    try {
      if (photos.some((p) => p.status === 'working')) {
        setStatus(tr('report.photos.waiting'));
        await Promise.all(photos.map((p) => p.done));
        await new Promise((r) => setTimeout(r, 0)); // let the last status updates render
        if (photosRef.current.some((p) => p.status === 'failed')) return showErrors({ 'f-photos': tr('report.error.photos') });
      }
      const payload = body();
      // The shared schema checks the body before it leaves (loaded now, not with the page).
      try {
        const { CreateReportInput } = await import('@tandem/shared/schemas/report');
        const parsed = CreateReportInput.safeParse(payload);
        if (!parsed.success) {
          const fe: FieldErrors = {};
          for (const issue of parsed.error.issues) {
            const id = fieldIdFor(issue.path.map(String).join('.'));
            if (id && !fe[id]) fe[id] = FIELD_MESSAGES[id] ? tr(FIELD_MESSAGES[id]) : issue.message;
          }
          if (Object.keys(fe).length) return showErrors(fe);
        }
      } catch {
        /* schema chunk unavailable: the server validates anyway */
      }
      idempotencyKey.current ??= uuid();
      const res = await apiFetch<Created>(apiPath(commune.id, 'reports'), {
        method: 'POST',
        headers: { 'Idempotency-Key': idempotencyKey.current },
        body: JSON.stringify(payload),
      });
      idempotencyKey.current = undefined;
      setErrors({});
      setGeneral('');
      setCreated(res);
    } catch (err) {
      if (err instanceof ApiError && err.status >= 400 && err.status < 500) {
        idempotencyKey.current = undefined; // nothing was created: the corrected form is a new submission
        const fe: FieldErrors = {};
        const unplaced: string[] = [];
        for (const p of err.invalidParams) {
          const id = fieldIdFor(p.name);
          if (!id) unplaced.push(p.reason);
          else if (!fe[id]) fe[id] = id === 'f-address' && location ? tr('report.error.outside') : FIELD_MESSAGES[id] ? tr(FIELD_MESSAGES[id]) : id.startsWith('f-q-') ? tr('report.error.answer') : p.reason;
        }
        showErrors(fe, Object.keys(fe).length && !unplaced.length ? '' : [tr('report.error.generic'), ...unplaced].join(' '));
      } else {
        // Network failure or server error: keep the Idempotency-Key so that a retry cannot create a second report.
        showErrors({}, tr(err instanceof NetworkError ? 'report.error.network' : 'report.error.server'));
      }
    } finally {
      setSending(false);
      setStatus('');
    }
  }

  function reset() {
    setLocation(undefined);
    setAddress('');
    setCategory('');
    setAnswers({});
    setDescription('');
    setPhotos([]);
    setEmail('');
    setErrors({});
    setGeneral('');
    setCreated(undefined);
    requestAnimationFrame(() => document.getElementById('report-title')?.focus());
  }

  if (created) return <ReportDone code={created.code} url={created.url || `/${commune.id}/suivi/${created.code}/`} onAnother={reset} />;

  return (
    <form noValidate onSubmit={submit} aria-labelledby="report-title" data-testid="report-form">
      {general && !Object.keys(errors).length ? (
        <GeneralError message={general} focusKey={focusKey} />
      ) : (
        <>
          <ErrorSummary errors={errors} order={order} focusKey={focusKey} />
          {general && <p class="notice error">{general}</p>}
        </>
      )}
      <PlaceFieldset
        commune={commune}
        location={location}
        address={address}
        nearby={nearby.filter((r) => r.location).map((r) => ({ ...r.location!, code: r.code }))}
        errors={errors}
        onLocation={(p) => {
          setLocation(p);
          clear('f-address');
        }}
        onAddress={(a) => {
          setAddress(a);
          clear('f-address');
        }}
      />
      <CategoryFieldset
        commune={commune}
        category={category}
        answers={answers}
        errors={errors}
        onCategory={(c) => {
          setCategory(c);
          setAnswers({});
          clear('f-category');
        }}
        onAnswer={(code, v) => {
          setAnswers((a) => ({ ...a, [code]: v }));
          clear(questionFieldId(code));
        }}
      />
      <div aria-live="polite">
        <NearbySuggestions commune={commune} reports={nearby} />
      </div>
      <fieldset id="details">
        <legend>{tr('report.step.details')}</legend>
        <div class="field">
          <label for="f-description">
            {tr('report.description')}
            <span class="req"> ({tr('report.required')})</span>
          </label>
          <span class="hint" id="f-description-hint">
            {tr('report.description.help')}
          </span>
          <FieldError id="f-description" errors={errors} />
          <textarea
            id="f-description"
            name="description"
            rows={5}
            maxLength={2000}
            value={description}
            aria-invalid={errors['f-description'] ? 'true' : undefined}
            aria-describedby={describedBy('f-description', errors, 'f-description-hint')}
            onInput={(e) => {
              setDescription(e.currentTarget.value);
              clear('f-description');
            }}
          />
        </div>
        <PhotoPicker commune={commune.id} photos={photos} errors={errors} onChange={setPhotos} />
      </fieldset>
      <fieldset id="contact">
        <legend>{tr('report.step.contact')}</legend>
        <div class="field">
          <label for="f-email">{tr('report.email')}</label>
          <span class="hint" id="f-email-hint">
            {tr('report.email.help')}
          </span>
          <FieldError id="f-email" errors={errors} />
          <input
            id="f-email"
            name="email"
            type="email"
            autocomplete="email"
            inputMode="email"
            maxLength={200}
            value={email}
            aria-invalid={errors['f-email'] ? 'true' : undefined}
            aria-describedby={describedBy('f-email', errors, 'f-email-hint')}
            onInput={(e) => {
              setEmail(e.currentTarget.value);
              clear('f-email');
            }}
          />
        </div>
      </fieldset>
      <div class="button-row">
        <button type="submit" class="button" aria-disabled={sending ? 'true' : undefined}>
          {sending ? tr('report.sending') : tr('report.submit')}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}

function GeneralError({ message, focusKey }: { message: string; focusKey: number }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), [focusKey]);
  return (
    <p class="notice error" role="alert" tabindex={-1} ref={ref} data-testid="form-error">
      {message}
    </p>
  );
}
