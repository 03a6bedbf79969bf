/**
 * The request form's state, as the person types it (strings, not yet parsed), and its conversion to the
 * API's details and requester (the shared schemas then check them).
 */
import type { Attachment, EventNeed, OccupationUse, PermitGeometry, PermitKind, Position } from '@tandem/shared/permits/permit-details';
import { organisationRequired, type OrganiserType } from '@tandem/shared/permits/permit-vocabulary';

export type Shape = 'Point' | 'LineString' | 'Polygon';
export type { OrganiserType };

export interface RequestDraft {
  kind: PermitKind;
  // event
  title: string;
  organiserType: OrganiserType | '';
  organiserName: string;
  attendance: string;
  needs: EventNeed[];
  // occupation
  use: OccupationUse | '';
  lengthMetres: string;
  contractor: string;
  // both
  description: string;
  start: string;
  end: string;
  startTime: string;
  endTime: string;
  placeLabel: string;
  shape: Shape;
  points: Position[];
  attachments: Attachment[];
  // requester
  name: string;
  email: string;
  phone: string;
  address: string;
  /** Occupations: the company or association asked for (events name it as their organiser). */
  organisation: string;
}

export function emptyDraft(kind: PermitKind): RequestDraft {
  return {
    kind,
    title: '',
    organiserType: '',
    organiserName: '',
    attendance: '',
    needs: [],
    use: '',
    lengthMetres: '',
    contractor: '',
    description: '',
    start: '',
    end: '',
    startTime: '',
    endTime: '',
    placeLabel: '',
    shape: kind === 'event' ? 'Polygon' : 'Point',
    points: [],
    attachments: [],
    name: '',
    email: '',
    phone: '',
    address: '',
    organisation: '',
  };
}

/** The drawn geometry, once it has enough points for its shape. */
export function geometryOf(shape: Shape, points: Position[]): PermitGeometry | undefined {
  if (shape === 'Point') return points.length ? { type: 'Point', coordinates: points[points.length - 1] } : undefined;
  if (shape === 'LineString') return points.length >= 2 ? { type: 'LineString', coordinates: points } : undefined;
  return points.length >= 3 ? { type: 'Polygon', coordinates: [[...points, points[0]]] } : undefined;
}

/** The shape and points of a stored geometry (the inverse of geometryOf). */
export function pointsOf(g: PermitGeometry | undefined): { shape: Shape; points: Position[] } | undefined {
  if (!g) return undefined;
  if (g.type === 'Point') return { shape: 'Point', points: [g.coordinates] };
  if (g.type === 'LineString') return { shape: 'LineString', points: g.coordinates };
  return { shape: 'Polygon', points: g.coordinates[0].slice(0, -1) };
}

const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s.trim().replace(',', '.')));

export function periodOf(d: RequestDraft) {
  return {
    start: d.start,
    end: d.end || d.start,
    ...(d.startTime ? { startTime: d.startTime } : {}),
    ...(d.endTime ? { endTime: d.endTime } : {}),
  };
}

/** The details as the API takes them (unchecked: the schema decides). */
export function detailsOf(d: RequestDraft): Record<string, unknown> {
  const place = { label: d.placeLabel.trim(), geometry: geometryOf(d.shape, d.points) };
  if (d.kind === 'event') {
    return {
      title: d.title.trim(),
      description: d.description.trim(),
      organiser: { type: d.organiserType || undefined, name: d.organiserName.trim() },
      period: periodOf(d),
      place,
      attendance: num(d.attendance),
      needs: d.needs,
      attachments: d.attachments,
    };
  }
  return {
    use: d.use || undefined,
    description: d.description.trim(),
    period: periodOf(d),
    place,
    lengthMetres: num(d.lengthMetres),
    contractor: d.contractor.trim(),
    attachments: d.attachments,
  };
}

/** `counter`: at the counter an empty e-mail is left out (optional there, docs/counter.md). */
export function requesterOf(d: RequestDraft, counter = false): Record<string, string> {
  // The holder: an event's organising association or company, or the company an occupation is asked for.
  const organisation = d.kind === 'event' ? (organisationRequired(d.organiserType) ? d.organiserName.trim() : '') : d.organisation.trim();
  return {
    name: d.name.trim(),
    ...(counter && !d.email.trim() ? {} : { email: d.email.trim() }),
    ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
    ...(d.address.trim() ? { address: d.address.trim() } : {}),
    ...(organisation ? { organisation } : {}),
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

/** A form filled in from a request the API sent back (to complete or correct it). */
export function draftFromPermit(
  kind: PermitKind,
  details: Record<string, unknown>,
  requester: Partial<Record<string, string>>,
): RequestDraft {
  const d = emptyDraft(kind);
  const period = (details.period ?? {}) as Record<string, unknown>;
  const place = (details.place ?? {}) as { label?: unknown; geometry?: PermitGeometry };
  const organiser = (details.organiser ?? {}) as Record<string, unknown>;
  const drawn = pointsOf(place.geometry);
  return {
    ...d,
    title: str(details.title),
    organiserType: (str(organiser.type) as OrganiserType) || '',
    organiserName: str(organiser.name),
    attendance: str(details.attendance),
    needs: Array.isArray(details.needs) ? (details.needs as EventNeed[]) : [],
    use: (str(details.use) as OccupationUse) || '',
    lengthMetres: str(details.lengthMetres),
    contractor: str(details.contractor),
    description: str(details.description),
    start: str(period.start),
    end: str(period.end),
    startTime: str(period.startTime),
    endTime: str(period.endTime),
    placeLabel: str(place.label),
    ...(drawn ?? {}),
    attachments: Array.isArray(details.attachments) ? (details.attachments as Attachment[]) : [],
    name: requester.name ?? '',
    email: requester.email ?? '',
    phone: requester.phone ?? '',
    address: requester.address ?? '',
    organisation: kind === 'occupation' ? (requester.organisation ?? '') : '',
  };
}
