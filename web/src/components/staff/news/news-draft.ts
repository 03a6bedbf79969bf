/**
 * A notice as its form holds it (new or edited), checked with the API's own schema before sending, and turned into the
 * API's body: the whole input for a new notice, only what changed (with `null` for what was removed) for an edit.
 */
import type { Position } from '@tandem/shared/permits/permit-details';
import { NewsInput } from '@tandem/shared/schemas/news';
import type { NewsKind } from '@tandem/shared/news/news-kinds';
import type { InvalidParam } from '@tandem/shared/problem';
import { tr } from '../../../lib/locale';
import type { FieldErrors } from '../../report/form-errors';
import type { NewsView } from './news-api';

export interface NewsDraft {
  kind: NewsKind;
  title: string;
  body: string;
  from: string;
  until: string;
  placeLabel: string;
  /** The point drawn on the map (none or one). */
  points: Position[];
  link: string;
}

/** The form's field ids (the error summary links to them), in the form's order; the map field's id is the permit form's. */
export const NF = {
  kind: 'nf-kind',
  title: 'nf-title',
  body: 'nf-body',
  from: 'nf-from',
  until: 'nf-until',
  placeLabel: 'nf-place-label',
  geometry: 'pf-geometry',
  link: 'nf-link',
} as const;
export const NF_ORDER = Object.values(NF);

export const emptyNewsDraft = (today: string): NewsDraft => ({
  kind: 'info',
  title: '',
  body: '',
  from: today,
  until: '',
  placeLabel: '',
  points: [],
  link: '',
});

export const draftOfNews = (n: NewsView): NewsDraft => ({
  kind: n.kind,
  title: n.title,
  body: n.body,
  from: n.from,
  until: n.until ?? '',
  placeLabel: n.place?.label ?? '',
  points: n.place?.geometry ? [n.place.geometry.coordinates] : [],
  link: n.link ?? '',
});

const placeOf = (d: NewsDraft) => {
  const label = d.placeLabel.trim();
  const geometry = d.points[0] ? { type: 'Point' as const, coordinates: d.points[0] } : undefined;
  return label || geometry ? { ...(label ? { label } : {}), ...(geometry ? { geometry } : {}) } : undefined;
};

/** The new notice's body (NewsInput). */
export function newsInputOf(d: NewsDraft) {
  const place = placeOf(d);
  return {
    kind: d.kind,
    title: d.title.trim(),
    body: d.body.trim(),
    from: d.from,
    ...(d.until ? { until: d.until } : {}),
    ...(place ? { place } : {}),
    ...(d.link.trim() ? { link: d.link.trim() } : {}),
  };
}

/** What an edit changes: the fields that differ, `null` for the place, link or last day removed; empty when nothing does. */
export function newsChangeOf(d: NewsDraft, n: NewsView): Record<string, unknown> {
  const now: Record<string, unknown> = newsInputOf(d);
  const was: Record<string, unknown> = newsInputOf(draftOfNews(n));
  const c: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(now), ...Object.keys(was)]))
    if (JSON.stringify(now[k]) !== JSON.stringify(was[k])) c[k] = now[k] ?? null;
  return c;
}

const fieldOf = (path: readonly PropertyKey[]): string => {
  const [first, second] = path.map(String);
  if (first === 'place') return second === 'geometry' ? NF.geometry : NF.placeLabel;
  return first in NF ? NF[first as keyof typeof NF] : NF.title;
};

/** The form's problems, by the API's rules (so that the form says them before sending), in plain French first. */
export function checkNewsDraft(d: NewsDraft): FieldErrors {
  const e: FieldErrors = {};
  if (d.title.trim().length < 3) e[NF.title] = tr('newsStaff.error.title');
  if (!d.body.trim()) e[NF.body] = tr('newsStaff.error.body');
  if (!d.from) e[NF.from] = tr('newsStaff.error.from');
  if (d.from && d.until && d.until < d.from) e[NF.until] = tr('newsStaff.error.until');
  if (d.link.trim() && !/^https:\/\/\S+$/i.test(d.link.trim())) e[NF.link] = tr('newsStaff.error.link');
  if (!Object.keys(e).length) {
    const r = NewsInput.safeParse(newsInputOf(d));
    if (!r.success) for (const i of r.error.issues) e[fieldOf(i.path)] ??= i.message;
  }
  return e;
}

/** The API's refused fields (422), by the form's field ids. */
export function serverNewsErrors(params: InvalidParam[]): FieldErrors {
  const e: FieldErrors = {};
  for (const p of params) e[fieldOf(p.name.split('.'))] ??= p.reason;
  return e;
}
