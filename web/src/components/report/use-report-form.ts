/**
 * The report form's state and sending: the fields as typed, their checks in the browser (then the shared
 * zod schema, loaded on submit), one POST with an Idempotency-Key kept while it is retried, and the API's
 * refusals mapped back to their fields.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { LatLng } from '@tandem/shared/geo';
import { inBoundary } from '@tandem/shared/geo';
import type { PublicReport } from '@tandem/shared/schemas/report';
import { tr, initLocale, locale, lt } from '../../lib/locale';
import { apiFetch, apiPath, ApiError, NetworkError, uuid } from '../../lib/api';
import { citizenAuthHeader, restoreCitizen } from '../citizen/citizen-session';
import { questionFieldId, type AnswerDraft } from './CategoryFieldset';
import type { PhotoItem } from './PhotoPicker';
import type { FieldErrors } from './form-errors';
import { EMAIL_RE, FIELD_MESSAGES, fieldIdFor } from './report-fields';
import { useFieldErrors } from './use-field-errors';
import { useNearbyReports } from './use-nearby-reports';
import type { CounterFiling } from '../counter-filing';
import type { CounterFiled } from '@tandem/shared/counter/counter-api';
import { PHONE_PATTERN } from '@tandem/shared/counter/contact-key';
import { useAddressFill } from './use-address-fill';
import type { AddressMatchView } from '@tandem/shared/addresses/address-register';
import { filledBefore } from './filled-before';

/** The API's answer once the report is filed. */
export interface Created {
  code: string;
  url: string;
  report: PublicReport;
}

/** `counter`: filed at the counter by an agent (docs/counter.md): the citizen's contact is asked, optional. */
export function useReportForm(commune: PublicCommuneConfig, counter?: CounterFiling) {
  // What the page's form held when the island came (docs/report-form.md): the island goes on from there.
  const [before] = useState(() => filledBefore(commune));
  const [location, setLocation] = useState<LatLng>();
  const [address, setAddress] = useState(before.address);
  const [category, setCategory] = useState(before.category);
  // Each category's answers: what was answered for a category stays if another is chosen then this one again.
  const [answers, setAnswers] = useState<Record<string, AnswerDraft>>(before.answers);
  const [description, setDescription] = useState(before.description);
  const [photos, setPhotos] = useState<PhotoItem[]>([]);
  const [email, setEmail] = useState(before.email);
  // At the counter only: the citizen's name, phone and postal address.
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [postalAddress, setPostalAddress] = useState('');
  // Signed in: the form fills in what the account knows (its address), which the person may still change.
  useEffect(() => {
    void restoreCitizen(commune.id).then((s) => s?.email && setEmail((e) => e || s.email));
  }, [commune.id]);
  const { errors, setErrors, general, setGeneral, focusKey, clear, refocus } = useFieldErrors();
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');
  const [created, setCreated] = useState<Created>();
  const nearby = useNearbyReports(commune.id, location, category);
  const fill = useAddressFill(commune.id, location, address, setAddress);
  const idempotencyKey = useRef<string>();
  const photosRef = useRef(photos);
  photosRef.current = photos;

  useEffect(() => void initLocale(), []);

  const chosen = commune.categories.find((c) => c.code === category);
  const chosenAnswers = answers[category] ?? {};

  const order = [
    'f-address',
    'f-category',
    ...(chosen?.questions ?? []).map((q) => questionFieldId(category, q.code)),
    'f-description',
    'f-photos',
    ...(counter ? ['f-name'] : []),
    'f-email',
    ...(counter ? ['f-phone', 'f-postal'] : []),
  ];

  function clientErrors(): FieldErrors {
    const e: FieldErrors = {};
    if (location && !inBoundary(location, commune.map.boundary)) e['f-address'] = tr('report.error.outside');
    else if (!location && address.trim().length < 3) e['f-address'] = tr('report.error.place');
    if (!chosen) e['f-category'] = tr('report.error.category');
    for (const q of chosen?.questions ?? []) {
      const v = (chosenAnswers[q.code] ?? '').trim();
      if (q.required && !v) e[questionFieldId(category, q.code)] = tr('report.error.answer');
      else if (v && q.type === 'number' && !Number.isFinite(Number(v))) e[questionFieldId(category, q.code)] = tr('report.error.number');
    }
    if (description.trim().length < 10) e['f-description'] = tr('report.error.description');
    if (email.trim() && !EMAIL_RE.test(email.trim())) e['f-email'] = tr('report.error.email');
    if (photos.some((p) => p.status === 'failed')) e['f-photos'] = tr('report.error.photos');
    if (counter) {
      if (phone.trim() && !PHONE_PATTERN.test(phone.trim())) e['f-phone'] = tr('counter.error.phone');
      if (!name.trim() && (email.trim() || phone.trim() || postalAddress.trim())) e['f-name'] = tr('counter.error.name');
    }
    return e;
  }

  function body() {
    const out: Record<string, string | number | boolean> = {};
    for (const q of chosen?.questions ?? []) {
      const v = (chosenAnswers[q.code] ?? '').trim();
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
      ...(counter && name.trim() ? { name: name.trim() } : {}),
      locale: locale.value,
    };
  }

  function showErrors(e: FieldErrors, generalMessage = '') {
    setErrors(e);
    setGeneral(generalMessage);
    refocus();
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
            const id = fieldIdFor(issue.path.map(String).join('.'), category);
            if (id && !fe[id]) fe[id] = FIELD_MESSAGES[id] ? tr(FIELD_MESSAGES[id]) : issue.message;
          }
          if (Object.keys(fe).length) return showErrors(fe);
        }
      } catch {
        /* schema chunk unavailable: the server validates anyway */
      }
      idempotencyKey.current ??= uuid();
      if (counter) {
        const extra = {
          channel: counter.channel,
          ...(phone.trim() ? { phone: phone.trim() } : {}),
          ...(postalAddress.trim() ? { postalAddress: postalAddress.trim() } : {}),
        };
        const filed = await counter.post<CounterFiled>('staff/counter/reports', { ...payload, ...extra }, idempotencyKey.current);
        idempotencyKey.current = undefined;
        setErrors({});
        setGeneral('');
        counter.onFiled(filed, lt(chosen?.label) || category);
        return;
      }
      const res = await apiFetch<Created>(apiPath(commune.id, 'reports'), {
        method: 'POST',
        // Signed in (« Mon espace »): the report joins the account; otherwise anonymous, as always.
        headers: { 'Idempotency-Key': idempotencyKey.current, ...(await citizenAuthHeader(commune.id)) },
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
          const id = fieldIdFor(p.name, category);
          if (!id) unplaced.push(p.reason);
          else if (!fe[id])
            fe[id] =
              id === 'f-address' && location
                ? tr('report.error.outside')
                : FIELD_MESSAGES[id]
                  ? tr(FIELD_MESSAGES[id])
                  : id.startsWith('f-q-')
                    ? tr('report.error.answer')
                    : p.reason;
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
    setName('');
    setPhone('');
    setPostalAddress('');
    setErrors({});
    setGeneral('');
    setCreated(undefined);
    requestAnimationFrame(() => document.getElementById('report-title')?.focus());
  }

  /** Each change clears that field's error. */
  const on = {
    location: (p: LatLng | undefined) => {
      setLocation(p);
      clear('f-address');
    },
    address: (a: string) => {
      setAddress(a);
      clear('f-address');
    },
    /** An address picked among the register's suggestions: its words, and the pin at its point. */
    locate: (m: AddressMatchView) => {
      fill.picked(m);
      setAddress(m.label);
      setLocation({ lat: m.lat, lng: m.lng });
      clear('f-address');
    },
    category: (c: string) => {
      setCategory(c);
      clear('f-category');
    },
    answer: (of: string, code: string, v: string) => {
      setAnswers((a) => ({ ...a, [of]: { ...a[of], [code]: v } }));
      clear(questionFieldId(of, code));
    },
    description: (text: string) => {
      setDescription(text);
      clear('f-description');
    },
    email: (text: string) => {
      setEmail(text);
      clear('f-email');
    },
    name: (text: string) => {
      setName(text);
      clear('f-name');
    },
    phone: (text: string) => {
      setPhone(text);
      clear('f-phone');
    },
    postalAddress: (text: string) => {
      setPostalAddress(text);
      clear('f-postal');
    },
    photos: setPhotos,
  };

  return {
    location,
    address,
    category,
    answers,
    description,
    photos,
    email,
    name,
    phone,
    postalAddress,
    errors,
    general,
    focusKey,
    order,
    sending,
    status,
    nearby,
    placeNote: fill.note,
    created,
    submit,
    reset,
    on,
  };
}
