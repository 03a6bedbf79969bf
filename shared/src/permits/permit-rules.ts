/**
 * The permit engine's rules, as pure functions: fee, earliest start, the checks a request must pass
 * before it is submitted, who reviews it and which documents it produces. The citizen form runs them as
 * you type; the API runs them again on submit.
 */
import { addDays, addWorkingDays, daysBetween, isValidIsoDate, type IsoDate } from './calendar.js';
import type { FeeRule, PermitsConfig } from './permit-config.js';
import { occupationUse } from './permit-kinds.js';
import { inBoundary, type Boundary } from '../geo.js';
import type { EventDetails, OccupationDetails, OccupationUse, PermitGeometry, PermitKind, Position } from './permit-details.js';

/** Days a period covers, both ends included. */
export function periodDays(p: { start: IsoDate; end: IsoDate }): number {
  return daysBetween(p.start, p.end) + 1;
}

export interface FeeQuote {
  /** Euro cents. */
  amount: number;
  days: number;
  metres: number;
  rule: FeeRule;
}

export function computeFee(rule: FeeRule, days: number, metres = 0): number {
  const raw = rule.flat + rule.perDay * days + Math.round(rule.perMetrePerDay * metres * days);
  const floored = Math.max(raw, rule.minimum);
  return rule.maximum !== undefined ? Math.min(floored, rule.maximum) : floored;
}

export function feeRuleFor(cfg: PermitsConfig, kind: PermitKind, details: Partial<OccupationDetails>): FeeRule {
  if (kind === 'event') return cfg.event.fee;
  return occupationUse(cfg.occupation, (details.use ?? 'container') as OccupationUse).fee;
}

/** The fee for a request (0 when the period is not yet valid). */
export function quoteFee(cfg: PermitsConfig, kind: PermitKind, details: Partial<EventDetails & OccupationDetails>): FeeQuote {
  const rule = feeRuleFor(cfg, kind, details);
  const p = details.period;
  const days = p && isValidIsoDate(p.start) && isValidIsoDate(p.end) && p.end >= p.start ? periodDays(p) : 0;
  const metres = kind === 'occupation' ? Math.max(0, Number(details.lengthMetres) || 0) : 0;
  return { amount: days ? computeFee(rule, days, metres) : 0, days, metres, rule };
}

export function isLargeEvent(cfg: PermitsConfig, attendance: number | undefined): boolean {
  return (attendance ?? 0) >= cfg.event.largeAttendance;
}

/** The lead time that applies, in words a citizen reads ("30 jours", "5 jours ouvrables"). */
export function leadTimeOf(
  cfg: PermitsConfig,
  kind: PermitKind,
  details: Partial<EventDetails & OccupationDetails>,
): { days: number; working: boolean } {
  if (kind === 'event')
    return { days: isLargeEvent(cfg, details.attendance) ? cfg.event.largeLeadDays : cfg.event.leadDays, working: false };
  const use = occupationUse(cfg.occupation, (details.use ?? 'container') as OccupationUse);
  return { days: use.leadWorkingDays ?? cfg.occupation.leadWorkingDays, working: true };
}

/** The earliest first day a request filed on `today` may ask for. */
export function earliestStart(
  cfg: PermitsConfig,
  kind: PermitKind,
  details: Partial<EventDetails & OccupationDetails>,
  today: IsoDate,
): IsoDate {
  const lead = leadTimeOf(cfg, kind, details);
  // Working days are counted from the day after the request; the permit may start the next day.
  return lead.working ? addDays(addWorkingDays(today, lead.days, cfg.closingDays), 1) : addDays(today, lead.days);
}

/** Every position of a geometry. */
export function positionsOf(g: PermitGeometry): Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  return g.coordinates.flat();
}

/** Every vertex of a geometry inside a commune's area (its edge included). */
export function geometryInside(g: PermitGeometry, area: Boundary): boolean {
  return positionsOf(g).every(([lng, lat]) => inBoundary({ lat, lng }, area));
}

/** A representative point (the point, a line's middle vertex, or an area's vertices' mean): for the map's marker. */
export function anchorOf(g: PermitGeometry): Position {
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)];
  const ring = g.coordinates[0].slice(0, -1);
  return [ring.reduce((a, p) => a + p[0], 0) / ring.length, ring.reduce((a, p) => a + p[1], 0) / ring.length];
}

export type PermitIssueCode =
  | 'start_in_past'
  | 'end_before_start'
  | 'too_soon'
  | 'too_long'
  | 'times_reversed'
  | 'outside_commune'
  | 'document_missing'
  | 'use_disabled';

/** A failed rule: the field it names, a code the forms translate, and a French message for the API. */
export interface PermitIssue {
  name: string;
  code: PermitIssueCode;
  reason: string;
  params?: Record<string, string | number>;
}

/**
 * The rules a request must meet when it is submitted (its shape was checked by its zod schema).
 * `today` is the Brussels date of submission.
 */
export function checkPermitRequest(
  cfg: PermitsConfig,
  kind: PermitKind,
  details: EventDetails | OccupationDetails,
  ctx: { today: IsoDate; area: Boundary; filedOn?: IsoDate },
): PermitIssue[] {
  const issues: PermitIssue[] = [];
  const p = details.period;
  if (p.start < ctx.today) issues.push({ name: 'details.period.start', code: 'start_in_past', reason: 'la date de début est déjà passée' });
  if (p.end < p.start)
    issues.push({ name: 'details.period.end', code: 'end_before_start', reason: 'la date de fin est avant la date de début' });
  if (p.end === p.start && p.startTime && p.endTime && p.endTime <= p.startTime) {
    issues.push({ name: 'details.period.endTime', code: 'times_reversed', reason: 'l’heure de fin est avant l’heure de début' });
  }
  if (p.start >= ctx.today) {
    // A request the commune sent back keeps the lead time of its first filing.
    const earliest = earliestStart(cfg, kind, details, ctx.filedOn && ctx.filedOn < ctx.today ? ctx.filedOn : ctx.today);
    if (p.start < earliest) {
      const lead = leadTimeOf(cfg, kind, details);
      issues.push({
        name: 'details.period.start',
        code: 'too_soon',
        reason: `la demande doit être introduite ${lead.days} jours${lead.working ? ' ouvrables' : ''} à l’avance : première date possible le ${earliest}`,
        params: { earliest, days: lead.days },
      });
    }
  }
  const maxDays = cfg[kind].maxDays;
  if (p.end >= p.start && periodDays(p) > maxDays) {
    issues.push({
      name: 'details.period.end',
      code: 'too_long',
      reason: `une demande couvre ${maxDays} jours au plus`,
      params: { max: maxDays },
    });
  }
  if (kind === 'occupation') {
    const d = details as OccupationDetails;
    if (!occupationUse(cfg.occupation, d.use).enabled)
      issues.push({ name: 'details.use', code: 'use_disabled', reason: 'la commune ne délivre pas ce type d’occupation en ligne' });
  }
  if (!geometryInside(details.place.geometry, ctx.area)) {
    issues.push({ name: 'details.place.geometry', code: 'outside_commune', reason: 'le lieu dessiné est en dehors de la commune' });
  }
  for (const type of requiredDocuments(cfg, kind, details)) {
    if (!details.attachments.some((a) => a.type === type)) {
      issues.push({
        name: `details.attachments.${type}`,
        code: 'document_missing',
        reason: `joignez le document obligatoire : ${type}`,
        params: { type },
      });
    }
  }
  return issues;
}

/** Document types the requester must join. */
export function requiredDocuments(
  cfg: PermitsConfig,
  kind: PermitKind,
  details: Partial<EventDetails & OccupationDetails>,
): ('insurance' | 'plan' | 'other')[] {
  if (kind !== 'event') return [];
  const large = isLargeEvent(cfg, details.attendance);
  return cfg.event.documents.filter((d) => d.when === 'always' || large).map((d) => d.type);
}

/** The departments asked for an opinion on this request, in config order, without repeats. */
export function reviewersFor(cfg: PermitsConfig, kind: PermitKind, details: Partial<EventDetails & OccupationDetails>): string[] {
  const list =
    kind === 'event'
      ? [...cfg.event.reviewers, ...(details.needs ?? []).flatMap((n) => cfg.event.reviewersByNeed[n] ?? [])]
      : [...cfg.occupation.reviewers, ...occupationUse(cfg.occupation, (details.use ?? 'container') as OccupationUse).reviewers];
  return [...new Set(list)];
}

export function handlingDepartment(cfg: PermitsConfig, kind: PermitKind): string {
  return cfg[kind].handlingDepartment;
}

export function opinionDueDate(cfg: PermitsConfig, kind: PermitKind, today: IsoDate): IsoDate {
  return addWorkingDays(today, cfg[kind].opinionWorkingDays, cfg.closingDays);
}

/** The street poster: parking ban, works site or event; none for a terrace or an event that closes nothing. */
export type PosterVariant = 'parking_ban' | 'works' | 'event';
export function posterVariant(kind: PermitKind, details: Partial<EventDetails & OccupationDetails>): PosterVariant | undefined {
  if (kind === 'event') return details.needs?.includes('road_closure') ? 'event' : undefined;
  switch (details.use) {
    case 'container':
    case 'lift':
    case 'removal_van':
      return 'parking_ban';
    case 'scaffolding':
    case 'works_site':
      return 'works';
    default:
      return undefined;
  }
}

/** What the public map shows for a permit (the map issue draws these). */
export type PermitMapKind = 'event' | 'parking_ban' | 'works' | 'road_closure' | 'terrace';
export function permitMapKind(kind: PermitKind, details: Partial<EventDetails & OccupationDetails>): PermitMapKind {
  if (kind === 'event') return details.needs?.includes('road_closure') ? 'road_closure' : 'event';
  const v = posterVariant(kind, details);
  return v === 'parking_ban' ? 'parking_ban' : v === 'works' ? 'works' : 'terrace';
}
