/**
 * The request form's checks: the shared zod schemas and permit rules run on the form as typed, and the API's
 * invalid-params names mapped back to a field, with messages in the visitor's language (issue codes
 * translated; French server reasons only as a last resort). The form fetches this module when it first
 * checks a step (load-request-checks.ts): zod and the schemas are not part of the page's first load.
 */
import type { Boundary, LatLng } from '@tandem/shared/geo';
import {
  checkPermitRequest,
  earliestStart,
  geometryInside,
  leadTimeOf,
  requiredDocuments,
  type PermitIssue,
} from '@tandem/shared/permits/permit-rules';
import { DETAILS_SCHEMAS, PermitPeriod, Requester, type EventDetails, type OccupationDetails } from '@tandem/shared/permits/permit-details';
import type { PermitsConfig } from '@tandem/shared/permits/permit-config';
import type { InvalidParam } from '@tandem/shared/problem';
import { tr, type MessageKey } from '../../lib/locale';
import type { FieldErrors } from '../report/form-errors';
import { detailsOf, geometryOf, periodOf, requesterOf, type RequestDraft } from './request-draft';
import { leadText, longDate } from './permit-format';

const NAME_TO_FIELD: [RegExp, string][] = [
  [/^details\.title\b/, 'pf-title'],
  [/^details\.description\b/, 'pf-description'],
  [/^details\.organiser\.name\b/, 'pf-organiser-name'],
  [/^details\.organiser\b/, 'pf-organiser-type'],
  [/^details\.attendance\b/, 'pf-attendance'],
  [/^details\.period\.startTime\b/, 'pf-start-time'],
  [/^details\.period\.endTime\b/, 'pf-end-time'],
  [/^details\.period\.end\b/, 'pf-end'],
  [/^details\.period\b/, 'pf-start'],
  [/^details\.place\.geometry\b/, 'pf-geometry'],
  [/^details\.place\b/, 'pf-place-label'],
  [/^details\.needs\b/, 'pf-needs'],
  [/^details\.attachments\.insurance\b/, 'pf-doc-insurance'],
  [/^details\.attachments\.plan\b/, 'pf-doc-plan'],
  [/^details\.attachments\b/, 'pf-doc-other'],
  [/^details\.use\b/, 'pf-use'],
  [/^details\.lengthMetres\b/, 'pf-length'],
  [/^details\.contractor\b/, 'pf-contractor'],
  [/^requester\.email\b/, 'pf-email'],
  [/^requester\.phone\b/, 'pf-phone'],
  [/^requester\.address\b/, 'pf-address'],
  [/^requester\.organisation\b/, 'pf-organisation'],
  [/^requester\b/, 'pf-name'],
  [/^message\b/, 'pf-message'],
];

/** 'details.period.start' → 'pf-start'; undefined for names no field holds. */
export function fieldForName(name: string): string | undefined {
  return NAME_TO_FIELD.find(([re]) => re.test(name))?.[1];
}

const FIELD_MESSAGES: Record<string, MessageKey> = {
  'pf-title': 'permit.error.title',
  'pf-description': 'permit.error.description',
  'pf-organiser-type': 'permit.error.organiserType',
  'pf-organiser-name': 'permit.error.organiserName',
  'pf-attendance': 'permit.error.attendance',
  'pf-start': 'permit.error.start',
  'pf-end': 'permit.error.end',
  'pf-start-time': 'permit.error.time',
  'pf-end-time': 'permit.error.time',
  'pf-place-label': 'permit.error.placeLabel',
  'pf-length': 'permit.error.length',
  'pf-needs': 'permit.error.needs',
  'pf-doc-insurance': 'permit.error.document',
  'pf-doc-plan': 'permit.error.document',
  'pf-doc-other': 'permit.error.document',
  'pf-use': 'permit.error.use',
  'pf-contractor': 'permit.error.contractor',
  'pf-name': 'permit.error.name',
  'pf-email': 'permit.error.email',
  'pf-phone': 'permit.error.phone',
  'pf-address': 'permit.error.address',
  'pf-organisation': 'permit.error.organisation',
  'pf-message': 'permit.error.message',
};

function fieldMessage(id: string, d: RequestDraft): string {
  if (id === 'pf-geometry') {
    const drawn = tr(
      d.shape === 'Point'
        ? 'permit.error.geometry.point'
        : d.shape === 'LineString'
          ? 'permit.error.geometry.line'
          : 'permit.error.geometry.area',
    );
    // The rules need the place on the map (the poster's extract, the public map, the commune's limits):
    // an address typed alone is not enough, and the message says so rather than repeat itself.
    const place = d.placeLabel.trim();
    return place.length >= 3 ? `${drawn} ${tr('permit.error.geometry.addressAlone', { place })}` : drawn;
  }
  return FIELD_MESSAGES[id] ? tr(FIELD_MESSAGES[id]) : tr('permit.error.field');
}

export interface CheckContext {
  cfg: PermitsConfig;
  /** The commune's area, and its centre (a place inside it, for the rules' probe). */
  area: Boundary;
  centre: LatLng;
  today: string;
  /** When completing a request sent back: the day it was first filed (lead times count from it). */
  filedOn?: string;
  /** Filed at the counter by an agent (docs/counter.md): the requester's e-mail is optional. */
  counter?: boolean;
}

/** At the counter, the API's CounterRequester (shared/src/counter/counter-api.ts), built here on demand. */
let counterRequester: typeof Requester | undefined;
const counterRequesterSchema = () =>
  (counterRequester ??= Requester.extend({ email: Requester.shape.email.optional() }) as unknown as typeof Requester);

/** A rule's message in the visitor's language, from its code (undefined when the code is unknown). */
export function issueMessage(
  issue: Pick<PermitIssue, 'code'> & { params?: Record<string, unknown> },
  d: RequestDraft,
  ctx: CheckContext,
): string | undefined {
  const details = detailsOf(d) as Partial<EventDetails & OccupationDetails>;
  switch (issue.code) {
    case 'start_in_past':
    case 'end_before_start':
    case 'times_reversed':
    case 'outside_commune':
    case 'use_disabled':
      return tr(`permit.issue.${issue.code}`);
    case 'too_soon': {
      const earliest =
        typeof issue.params?.earliest === 'string' ? issue.params.earliest : earliestStart(ctx.cfg, d.kind, details, ctx.today);
      return tr('permit.issue.too_soon', { lead: leadText(leadTimeOf(ctx.cfg, d.kind, details)), date: longDate(earliest) });
    }
    case 'too_long':
      return tr('permit.issue.too_long', { max: Number(issue.params?.max ?? ctx.cfg.occupation.maxDays) });
    case 'document_missing': {
      const type = String(issue.params?.type ?? 'other');
      return tr('permit.issue.document_missing', { document: tr(`permit.attachment.${type}` as MessageKey) });
    }
    default:
      return undefined;
  }
}

/** The shared schemas only (what a draft must meet to be saved on the server). */
export function checkShape(d: RequestDraft, counter = false): FieldErrors {
  const errors: FieldErrors = {};
  const put = (prefix: string, path: readonly PropertyKey[]) => {
    const id = fieldForName([prefix, ...path.map(String)].join('.'));
    if (id && !errors[id]) errors[id] = fieldMessage(id, d);
  };
  const shape = DETAILS_SCHEMAS[d.kind].safeParse(detailsOf(d));
  if (!shape.success) for (const i of shape.error.issues) put('details', i.path);
  const who = counter ? counterRequesterSchema().safeParse(requesterOf(d, true)) : Requester.safeParse(requesterOf(d));
  if (!who.success) for (const i of who.error.issues) put('requester', i.path);
  return errors;
}

/**
 * Every problem of the form as typed: the shared schemas first (shape), then the permit rules (dates,
 * lead time, place inside the commune, required documents) as the API runs them on submit.
 */
export function checkDraft(d: RequestDraft, ctx: CheckContext): FieldErrors {
  const errors: FieldErrors = checkShape(d, ctx.counter);
  const put = (id: string | undefined, msg: string | undefined) => {
    if (id && msg && !errors[id]) errors[id] = msg;
  };
  const details = detailsOf(d);

  const geometry = geometryOf(d.shape, d.points);
  if (PermitPeriod.safeParse(periodOf(d)).success) {
    // The rules read the period, use, attendance, place and attachments: fill what is still missing with
    // neutral values so that each rule speaks only about what the person did type.
    const probe = {
      ...details,
      use: d.use || 'container',
      attendance: Number.isFinite(details.attendance) ? details.attendance : 0,
      place: { label: d.placeLabel, geometry: geometry ?? { type: 'Point', coordinates: [ctx.centre.lng, ctx.centre.lat] } },
      attachments: d.attachments,
      needs: d.needs,
    } as unknown as EventDetails & OccupationDetails;
    for (const issue of checkPermitRequest(ctx.cfg, d.kind, probe, {
      today: ctx.today,
      area: ctx.area,
      ...(ctx.filedOn ? { filedOn: ctx.filedOn } : {}),
    })) {
      if (issue.code === 'use_disabled' && !d.use) continue;
      put(fieldForName(issue.name), issueMessage(issue, d, ctx));
    }
  } else {
    if (geometry && !geometryInside(geometry, ctx.area)) put('pf-geometry', tr('permit.issue.outside_commune'));
    for (const type of requiredDocuments(ctx.cfg, d.kind, details as Partial<EventDetails>)) {
      if (!d.attachments.some((a) => a.type === type))
        put(`pf-doc-${type}`, issueMessage({ code: 'document_missing', params: { type } }, d, ctx));
    }
  }
  return errors;
}

type ApiParam = InvalidParam & { code?: string; params?: Record<string, unknown> };

/**
 * The invalid-params of a 422, each with the rule's code and params when the problem carries them
 * (the API adds `issues: [{name, code, params}]` alongside invalid-params for the permit rules).
 */
export function paramsWithCodes(problem: { 'invalid-params'?: InvalidParam[]; issues?: unknown } | undefined): ApiParam[] {
  const issues = Array.isArray(problem?.issues)
    ? (problem.issues as { name?: unknown; code?: unknown; params?: Record<string, unknown> }[])
    : [];
  const used = new Set<number>();
  return (problem?.['invalid-params'] ?? []).map((p) => {
    const i = issues.findIndex((x, j) => !used.has(j) && x?.name === p.name && typeof x.code === 'string');
    if (i < 0) return p;
    used.add(i);
    return { ...p, code: issues[i].code as string, ...(issues[i].params ? { params: issues[i].params } : {}) };
  });
}

/**
 * The API's invalid-params on the form's fields. The message comes from the issue code when the API sent
 * one, else from the form's own check of that field, else the server's (French) reason.
 */
export function errorsFromApi(
  params: readonly ApiParam[],
  d: RequestDraft,
  ctx: CheckContext,
): { errors: FieldErrors; unplaced: string[] } {
  const local = checkDraft(d, ctx);
  const errors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const p of params) {
    const id = fieldForName(p.name);
    const coded = p.code ? issueMessage({ code: p.code as PermitIssue['code'], params: p.params }, d, ctx) : undefined;
    const msg = coded ?? (id ? local[id] : undefined) ?? p.reason;
    if (!id) unplaced.push(msg);
    else if (!errors[id]) errors[id] = msg;
  }
  return { errors, unplaced };
}
