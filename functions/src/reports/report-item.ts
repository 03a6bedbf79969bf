/** How a stored report and its timeline items (shapes in shared/src/entities/report.ts) map to the API's views. */
import {
  categorySla,
  type CommuneConfig,
  type FeedbackAnswerItem,
  type PublicReport,
  type ReportItem,
  type ReportPlanning,
  type ReportSummary,
  type StaffReport,
  type StaffReportSummary,
  type TimelineEntry,
  type TimelineItem,
} from '@tandem/shared';

/**
 * `photoUrl`: the staff view's signed URL of each timeline photo (a citizen's reopen). The citizen's words and photo
 * of a reopen are the staff's only: the public timeline says that the reporter reopened it, not what they wrote.
 */
export function toTimelineEntry(t: TimelineItem, audience: 'public' | 'staff', photoUrl?: ReadonlyMap<string, string>): TimelineEntry {
  const e: TimelineEntry = { at: t.at, kind: t.kind, public: t.public };
  if (t.byCitizen) e.byCitizen = true;
  if (audience === 'staff' && t.words) e.words = t.words;
  if (audience === 'staff' && t.photos?.length) e.photos = t.photos.map((k) => photoUrl?.get(k)).filter((u): u is string => Boolean(u));
  if (t.from) e.from = t.from;
  if (t.to) e.to = t.to;
  if (t.message) e.message = t.message;
  if (t.department) e.department = t.department;
  if (t.duplicateOf) e.duplicateOf = t.duplicateOf;
  if (audience === 'staff' && t.actor) e.actor = t.actor;
  // « Encodé au guichet par … »: on every view (docs/counter.md).
  if (t.encoded) e.encoded = { by: t.encoded.by, channel: t.encoded.channel };
  if (audience === 'staff' && t.kind === 'planned') {
    if (t.assignee !== undefined) e.assignee = t.assignee;
    if (t.priority) e.priority = t.priority;
    if (t.dueAt !== undefined) e.dueAt = t.dueAt;
  }
  return e;
}

export function toPublicReport(r: ReportItem, timeline: TimelineItem[], photoUrls: string[]): PublicReport {
  return {
    code: r.code,
    commune: r.commune,
    category: r.category,
    state: r.state,
    department: r.department,
    description: r.description,
    ...(r.location ? { location: r.location } : {}),
    ...(r.address ? { address: r.address } : {}),
    photos: photoUrls,
    ...(r.duplicateOf ? { duplicateOf: r.duplicateOf } : {}),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    timeline: timeline.filter((t) => t.public).map((t) => toTimelineEntry(t, 'public')),
  };
}

/** What staff see of a report's planning at `now`: assignee, priority, due date and its category's SLA. */
export function planningOf(r: ReportItem, config: Pick<CommuneConfig, 'categories'>, now: string): ReportPlanning {
  const sla = categorySla(config, r, now);
  return {
    ...(r.assignee ? { assignee: r.assignee } : {}),
    ...(r.priority ? { priority: r.priority } : {}),
    ...(r.dueAt ? { dueAt: r.dueAt } : {}),
    ...(sla ?? {}),
  };
}

/** The staff view; `personal`: with the reporter's e-mail and name (the role matrix's personalData). */
export function toStaffReport(
  r: ReportItem,
  timeline: TimelineItem[],
  photoUrls: string[],
  personal: boolean,
  planning: ReportPlanning,
  feedback?: { photoUrl: ReadonlyMap<string, string>; ratings: FeedbackAnswerItem[] },
): StaffReport {
  const ratings = (feedback?.ratings ?? [])
    .filter((f) => f.kind === 'rating')
    .map((f) => ({ fixedAt: f.fixedAt, at: f.at, satisfied: Boolean(f.satisfied), ...(f.comment ? { comment: f.comment } : {}) }));
  return {
    ...planning,
    ...toPublicReport(r, [], photoUrls),
    timeline: timeline.map((t) => toTimelineEntry(t, 'staff', feedback?.photoUrl)),
    ...(ratings.length ? { ratings } : {}),
    ...(personal && r.email ? { email: r.email } : {}),
    ...(personal && r.name ? { name: r.name } : {}),
    ...(personal && r.phone ? { phone: r.phone } : {}),
    ...(personal && r.postalAddress ? { postalAddress: r.postalAddress } : {}),
    ...(r.personalDataErasedAt
      ? { personalDataErased: { at: r.personalDataErasedAt, onRequest: Boolean(r.personalDataErasedOnRequest) } }
      : {}),
    answers: r.answers ?? {},
    locale: r.locale ?? 'fr',
    version: r.version,
    ...(r.reportedBy ? { reportedBy: { ...r.reportedBy } } : {}),
  };
}

export function toSummary(r: ReportItem): ReportSummary {
  return {
    code: r.code,
    category: r.category,
    state: r.state,
    department: r.department,
    description: r.description,
    ...(r.address ? { address: r.address } : {}),
    ...(r.location ? { location: r.location } : {}),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** A report in the staff inbox and search: the summary with its planning and version. */
export function toStaffSummary(r: ReportItem, planning: ReportPlanning): StaffReportSummary {
  return { ...toSummary(r), ...planning, version: r.version, ...(r.reportedBy ? { reportedBy: { ...r.reportedBy } } : {}) };
}
