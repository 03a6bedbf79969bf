/**
 * The map item form's state as the agent types it (strings, not yet parsed), its conversion to the API's
 * MapItemInput, the form's own checks (in the agent's language) and where the API's field names land.
 */
import type { MapFeature, MapItemInput, WorksPhase } from '@tandem/shared/map/map-items';
import { PUBLISHABLE_KINDS } from '@tandem/shared/map/map-items';
import { ringSelfIntersects } from '@tandem/shared/map/map-rules';
import { geometryInside } from '@tandem/shared/permits/permit-rules';
import { isValidIsoDate } from '@tandem/shared/permits/calendar';
import type { Position } from '@tandem/shared/permits/permit-details';
import type { Boundary } from '@tandem/shared/geo';
import type { InvalidParam } from '@tandem/shared/problem';
import { tr } from '../../../lib/locale';
import type { FieldErrors } from '../../report/form-errors';
import { geometryOf, pointsOf, type Shape } from '../../permits/request-draft';

export type PublishableKind = (typeof PUBLISHABLE_KINDS)[number];

export interface MapItemDraft {
  kind: PublishableKind | '';
  title: string;
  description: string;
  /** One street per line. */
  streets: string;
  shape: Shape;
  points: Position[];
  start: string;
  end: string;
  startTime: string;
  endTime: string;
  days: number[];
  from: string;
  to: string;
  managingParty: string;
  phase: WorksPhase | '';
  causedBy: string;
  /** The owning department ('' = the API's default: the publisher's first department). */
  department: string;
}

/** The form's field ids, in the order the error summary lists them. The map's id is GeometryField's. */
export const F = {
  kind: 'mi-kind',
  title: 'mi-title',
  description: 'mi-description',
  streets: 'mi-streets',
  geometry: 'pf-geometry',
  start: 'mi-start',
  startTime: 'mi-start-time',
  end: 'mi-end',
  endTime: 'mi-end-time',
  days: 'mi-days',
  from: 'mi-schedule-from',
  to: 'mi-schedule-to',
  party: 'mi-party',
  phase: 'mi-phase',
  causedBy: 'mi-caused-by',
  department: 'mi-department',
} as const;
export const FIELD_ORDER: string[] = Object.values(F);

/** The shapes a kind may take, the first being the one offered first: a detour is a line. */
export function shapesFor(kind: PublishableKind | ''): readonly Shape[] {
  switch (kind) {
    case 'detour':
      return ['LineString'];
    case 'road_closure':
    case 'parking_ban':
      return ['LineString', 'Point', 'Polygon'];
    default:
      return ['Polygon', 'LineString', 'Point'];
  }
}

/** The shape kept when the kind changes: the same if the kind allows it, else the kind's first. */
export function shapeForKind(kind: PublishableKind | '', shape: Shape, points: Position[]): { shape: Shape; points: Position[] } {
  const allowed = shapesFor(kind);
  if (allowed.includes(shape)) return { shape, points };
  const next = allowed[0];
  return { shape: next, points: next === 'Point' ? points.slice(-1) : points };
}

export function emptyDraft(): MapItemDraft {
  return {
    kind: '',
    title: '',
    description: '',
    streets: '',
    shape: 'LineString',
    points: [],
    start: '',
    end: '',
    startTime: '',
    endTime: '',
    days: [],
    from: '',
    to: '',
    managingParty: '',
    phase: '',
    causedBy: '',
    department: '',
  };
}

/** The form filled in from a published item (to edit it). */
export function draftFromItem(f: MapFeature & { department?: string }): MapItemDraft {
  const p = f.properties;
  const drawn = pointsOf(f.geometry) ?? { shape: 'LineString' as Shape, points: [] };
  return {
    kind: (PUBLISHABLE_KINDS as readonly string[]).includes(p.kind) ? (p.kind as PublishableKind) : '',
    title: p.title,
    description: p.description,
    streets: p.streets.join('\n'),
    ...drawn,
    start: p.start,
    end: p.end,
    startTime: p.startTime ?? '',
    endTime: p.endTime ?? '',
    days: p.schedule?.days ?? [],
    from: p.schedule?.from ?? '',
    to: p.schedule?.to ?? '',
    managingParty: p.managingParty ?? '',
    phase: p.phase ?? '',
    causedBy: p.causedBy ?? '',
    department: f.department ?? '',
  };
}

/** Streets as typed, one per line, blank lines and duplicates dropped. */
export function streetLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

/** The body the API takes (the shared schema decides): only the fields the kind uses. */
export function inputOf(d: MapItemDraft): MapItemInput {
  const schedule = d.days.length || d.from || d.to ? { days: [...d.days].sort((a, b) => a - b), from: d.from, to: d.to } : undefined;
  return {
    kind: d.kind as PublishableKind,
    title: d.title.trim(),
    description: d.description.trim(),
    streets: streetLines(d.streets),
    geometry: geometryOf(d.shape, d.points)!,
    period: {
      start: d.start,
      end: d.end,
      ...(d.startTime ? { startTime: d.startTime } : {}),
      ...(d.endTime ? { endTime: d.endTime } : {}),
      ...(schedule ? { schedule } : {}),
    },
    ...(d.kind === 'works' && d.managingParty.trim() ? { managingParty: d.managingParty.trim() } : {}),
    ...(d.kind === 'works' && d.phase ? { phase: d.phase } : {}),
    ...(d.kind === 'detour' && d.causedBy ? { causedBy: d.causedBy } : {}),
    ...(d.department ? { department: d.department } : {}),
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The form's checks, before anything is sent (the API checks the same, and more, again). */
export function checkDraft(d: MapItemDraft, area: Boundary): FieldErrors {
  const e: FieldErrors = {};
  if (!d.kind) e[F.kind] = tr('mapStaff.error.kind');
  const title = d.title.trim();
  if (title.length < 3 || title.length > 120) e[F.title] = tr('mapStaff.error.title');
  if (d.description.trim().length > 2000) e[F.description] = tr('mapStaff.error.description');
  const streets = streetLines(d.streets);
  const bad = streets.find((s) => s.length < 2 || s.length > 120);
  if (streets.length > 20) e[F.streets] = tr('mapStaff.error.streets.tooMany');
  else if (bad) e[F.streets] = tr('mapStaff.error.streets.length', { street: bad.length > 40 ? `${bad.slice(0, 40)}…` : bad });

  const g = geometryOf(d.shape, d.points);
  if (!d.points.length) e[F.geometry] = tr('mapStaff.error.geometry.missing');
  else if (!g) e[F.geometry] = tr(d.shape === 'LineString' ? 'mapStaff.error.geometry.line' : 'mapStaff.error.geometry.area');
  else if (g.type === 'Polygon' && ringSelfIntersects(g.coordinates[0])) e[F.geometry] = tr('mapStaff.error.geometry.crossing');
  else if (!geometryInside(g, area)) e[F.geometry] = tr('mapStaff.error.geometry.outside');

  if (!isValidIsoDate(d.start)) e[F.start] = tr('mapStaff.error.start');
  if (!isValidIsoDate(d.end)) e[F.end] = tr('mapStaff.error.end');
  else if (isValidIsoDate(d.start) && d.end < d.start) e[F.end] = tr('mapStaff.error.endBeforeStart');
  if (d.startTime && !TIME.test(d.startTime)) e[F.startTime] = tr('mapStaff.error.time');
  if (d.endTime && !TIME.test(d.endTime)) e[F.endTime] = tr('mapStaff.error.time');
  else if (d.start && d.start === d.end && TIME.test(d.startTime) && TIME.test(d.endTime) && d.endTime <= d.startTime)
    e[F.endTime] = tr('mapStaff.error.timesReversed');

  if (d.days.length || d.from || d.to) {
    if (!d.days.length) e[F.days] = tr('mapStaff.error.schedule.days');
    if (!TIME.test(d.from)) e[F.from] = tr('mapStaff.error.schedule.times');
    if (!TIME.test(d.to)) e[F.to] = tr('mapStaff.error.schedule.times');
    else if (TIME.test(d.from) && d.to <= d.from) e[F.to] = tr('mapStaff.error.schedule.reversed');
  }
  if (d.kind === 'works' && d.managingParty.trim().length > 120) e[F.party] = tr('mapStaff.error.party');
  return e;
}

/** The form field an API field name ("period.end", "geometry.coordinates", "streets.2") belongs to, if any. */
export function fieldOfParam(name: string): string | undefined {
  const n = name.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1');
  const exact: Record<string, string> = {
    kind: F.kind,
    title: F.title,
    description: F.description,
    'period.start': F.start,
    'period.end': F.end,
    'period.startTime': F.startTime,
    'period.endTime': F.endTime,
    'period.schedule.days': F.days,
    'period.schedule.from': F.from,
    'period.schedule.to': F.to,
    'period.schedule': F.days,
    period: F.start,
    managingParty: F.party,
    phase: F.phase,
    causedBy: F.causedBy,
    department: F.department,
  };
  if (exact[n]) return exact[n];
  if (n.startsWith('geometry')) return F.geometry;
  if (n.startsWith('streets')) return F.streets;
  if (n.startsWith('period.schedule.days')) return F.days;
  return undefined;
}

/** A field's refusal in the agent's language where the form knows the case, else the API's own reason. */
function serverMessage(id: string, reason: string): string {
  if (id === F.causedBy) return tr('mapStaff.error.causedBy');
  if (id === F.geometry) {
    if (/outside/i.test(reason)) return tr('mapStaff.error.geometry.outside');
    if (/intersect|cross/i.test(reason)) return tr('mapStaff.error.geometry.crossing');
    return tr('mapStaff.error.geometry.refused', { reason });
  }
  return reason;
}

/** The API's refusal split into the fields' messages and what belongs to no field. */
export function errorsOfParams(params: InvalidParam[]): { fields: FieldErrors; rest: InvalidParam[] } {
  const fields: FieldErrors = {};
  const rest: InvalidParam[] = [];
  for (const p of params) {
    const id = fieldOfParam(p.name);
    if (id) fields[id] ??= serverMessage(id, p.reason);
    else rest.push(p);
  }
  return { fields, rest };
}
