/**
 * How an issued permit appears on the public map and its feeds: a GeoJSON feature with public fields only
 * (never the requester, the organiser's contact or the attachments). The map issue stores and draws these.
 */
import type { PermitState } from './permit-states.js';
import type { EventDetails, OccupationDetails, PermitGeometry, PermitKind, PermitPeriod } from './permit-details.js';
import { permitMapKind, type PermitMapKind } from './permit-rules.js';

/** States in which a permit is on the map (for its period). */
export const PERMIT_MAP_STATES: readonly PermitState[] = ['issued', 'active'];

export interface PermitMapFeature {
  type: 'Feature';
  id: string;
  geometry: PermitGeometry;
  properties: {
    source: 'permit';
    code: string;
    mapKind: PermitMapKind;
    permitKind: PermitKind;
    /** The event's name, or the occupation's use (a key the map translates: "permit.use.container"). */
    title?: string;
    use?: OccupationDetails['use'];
    place: string;
    start: string;
    end: string;
    startTime?: string;
    endTime?: string;
    reference?: string;
    /** The public tracking page, relative to the site. */
    url: string;
  };
}

export function permitMapFeature(p: {
  commune: string; code: string; kind: PermitKind; reference?: string;
  details: { period: PermitPeriod; place: { label: string; geometry: PermitGeometry } } & Partial<Pick<EventDetails, 'title' | 'needs'> & Pick<OccupationDetails, 'use'>>;
}): PermitMapFeature {
  const d = p.details;
  return {
    type: 'Feature', id: `permit-${p.code}`, geometry: d.place.geometry,
    properties: {
      source: 'permit', code: p.code, mapKind: permitMapKind(p.kind, d), permitKind: p.kind,
      ...(p.kind === 'event' && d.title ? { title: d.title } : {}), ...(p.kind === 'occupation' && d.use ? { use: d.use } : {}),
      place: d.place.label, start: d.period.start, end: d.period.end,
      ...(d.period.startTime ? { startTime: d.period.startTime } : {}), ...(d.period.endTime ? { endTime: d.period.endTime } : {}),
      ...(p.reference ? { reference: p.reference } : {}),
      url: `/${p.commune}/demandes/suivi/${p.code}/`,
    },
  };
}

/** Whether a permit's period meets [from, to] (ISO dates, both ends included). */
export function periodOverlaps(period: PermitPeriod, from: string, to: string): boolean {
  return period.start <= to && period.end >= from;
}
