/** The stored shape of a report and its timeline items, and how they map to API views. */
import {
  geohashEncode, isClosedState, keys, NEARBY_GEOHASH_PRECISION,
  type AnswerScalar, type Locale, type PublicReport, type ReportState, type ReportSummary, type StaffReport, type TimelineEntry,
} from '@tandem/shared';

export interface ReportItem {
  pk: string;
  sk: string;
  type: 'report';
  commune: string;
  code: string;
  category: string;
  state: ReportState;
  department: string;
  description: string;
  location?: { lat: number; lng: number };
  address?: string;
  answers: Record<string, AnswerScalar>;
  /** S3 keys under reports/<commune>/<code>/ */
  photos: string[];
  email?: string;
  name?: string;
  locale: Locale;
  duplicateOf?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  source: 'web' | 'open311';
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk: string;
  gsi2sk: string;
  gsi3pk?: string;
  gsi3sk?: string;
}

export interface TimelineItem {
  pk: string;
  sk: string;
  type: 'timeline';
  commune: string;
  code: string;
  at: string;
  kind: TimelineEntry['kind'];
  public: boolean;
  from?: ReportState;
  to?: ReportState;
  message?: string;
  department?: string;
  duplicateOf?: string;
  actor?: string;
  actorSub?: string;
}

/** Index attributes that depend on state: gsi2 (by state) always, gsi3 (nearby open reports) only while open. */
export function stateIndexes(r: Pick<ReportItem, 'commune' | 'code' | 'state' | 'createdAt' | 'category' | 'location'>) {
  const byState = { gsi2pk: keys.reportsByState(r.commune, r.state), gsi2sk: keys.byDate(r.createdAt, r.code) };
  if (isClosedState(r.state) || !r.location) return { ...byState, gsi3pk: undefined, gsi3sk: undefined };
  return {
    ...byState,
    gsi3pk: keys.openCell(r.commune, geohashEncode(r.location, NEARBY_GEOHASH_PRECISION)),
    gsi3sk: `${r.category}#${r.createdAt}#${r.code}`,
  };
}

export function newTimelineItem(commune: string, code: string, at: string, entry: Omit<TimelineItem, 'pk' | 'sk' | 'type' | 'commune' | 'code' | 'at'>): TimelineItem {
  const seq = Math.random().toString(36).slice(2, 8).padEnd(6, '0');
  return { ...keys.timeline(commune, code, at, seq), type: 'timeline', commune, code, at, ...entry };
}

export function toTimelineEntry(t: TimelineItem, audience: 'public' | 'staff'): TimelineEntry {
  const e: TimelineEntry = { at: t.at, kind: t.kind, public: t.public };
  if (t.from) e.from = t.from;
  if (t.to) e.to = t.to;
  if (t.message) e.message = t.message;
  if (t.department) e.department = t.department;
  if (t.duplicateOf) e.duplicateOf = t.duplicateOf;
  if (audience === 'staff' && t.actor) e.actor = t.actor;
  return e;
}

export function toPublicReport(r: ReportItem, timeline: TimelineItem[], photoUrls: string[]): PublicReport {
  return {
    code: r.code, commune: r.commune, category: r.category, state: r.state, department: r.department,
    description: r.description, ...(r.location ? { location: r.location } : {}), ...(r.address ? { address: r.address } : {}),
    photos: photoUrls, ...(r.duplicateOf ? { duplicateOf: r.duplicateOf } : {}), createdAt: r.createdAt, updatedAt: r.updatedAt,
    timeline: timeline.filter((t) => t.public).map((t) => toTimelineEntry(t, 'public')),
  };
}

export function toStaffReport(r: ReportItem, timeline: TimelineItem[], photoUrls: string[]): StaffReport {
  return {
    ...toPublicReport(r, [], photoUrls),
    timeline: timeline.map((t) => toTimelineEntry(t, 'staff')),
    ...(r.email ? { email: r.email } : {}), ...(r.name ? { name: r.name } : {}),
    answers: r.answers ?? {}, locale: r.locale ?? 'fr', version: r.version,
  };
}

export function toSummary(r: ReportItem): ReportSummary {
  return {
    code: r.code, category: r.category, state: r.state, department: r.department, description: r.description,
    ...(r.address ? { address: r.address } : {}), ...(r.location ? { location: r.location } : {}), createdAt: r.createdAt, updatedAt: r.updatedAt,
  };
}
