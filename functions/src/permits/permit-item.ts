/** The stored shape of a permit, its opinions and timeline items, and how they map to the API's views. */
import {
  keys, PERMIT_FINAL_STATES, permitMoves, tFr,
  type Attachment, type EventDetails, type Locale, type OccupationDetails, type OpinionVerdict, type PermitDetails, type PermitKind,
  type PermitState, type PermitSummary, type PermitTimelineEntry, type PublicPermit, type Requester, type RequesterPermit, type StaffPermit,
} from '@tandem/shared';

export interface PermitDocument {
  type: 'authorisation' | 'poster';
  key: string;
  name: string;
}

export interface PermitDecisionRecord {
  outcome: 'approved' | 'approved_with_conditions' | 'refused' | 'changes_requested';
  conditions: string[];
  message?: string;
  at: string;
  by?: string;
  college?: { date: string; reference: string };
}

export interface PermitItem {
  pk: string;
  sk: string;
  type: 'permit';
  commune: string;
  code: string;
  kind: PermitKind;
  state: PermitState;
  details: PermitDetails;
  requester: Requester;
  locale: Locale;
  title: string;
  handlingDepartment: string;
  /** Departments asked for an opinion (set when the request goes to opinions). */
  reviewers: string[];
  /** Of those, the ones that have not answered yet, and the earliest due date among them (for the inbox). */
  pendingReviewers: string[];
  opinionsDue?: string;
  /** Euro cents, computed from the commune's rule when the request is submitted or edited. */
  fee: number;
  reference?: string;
  /** What the commune asks of the requester (incomplete, changes requested). */
  requested?: string;
  decision?: PermitDecisionRecord;
  documents?: PermitDocument[];
  submittedAt?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
  /** Unsubmitted drafts are forgotten after a while. */
  expiresAt?: number;
  /** While one request issues the permit (see claimIssuing). */
  issuing?: string;
}

export interface OpinionItem {
  pk: string;
  sk: string;
  type: 'opinion';
  commune: string;
  code: string;
  department: string;
  status: 'pending' | 'given';
  due: string;
  requestedAt: string;
  verdict?: OpinionVerdict;
  text?: string;
  by?: string;
  at?: string;
  /** When the scheduler reminded the department (once). */
  remindedAt?: string;
  /** Pending only: the department's queue, by due date. */
  gsi3pk?: string;
  gsi3sk?: string;
}

export interface PermitTimelineItem {
  pk: string;
  sk: string;
  type: 'timeline';
  entity: 'permit';
  commune: string;
  code: string;
  at: string;
  kind: PermitTimelineEntry['kind'];
  public: boolean;
  from?: PermitState;
  to?: PermitState;
  message?: string;
  department?: string;
  /** A staff member's display name, or "requester" / "system". */
  actor?: string;
  actorSub?: string;
}

/**
 * The requester's private key lives in an item of its own, so that no view can carry it by mistake; the
 * notifier reads it to put the private link in the requester's mails.
 */
export interface PermitKeyItem {
  pk: string;
  sk: '#KEY';
  type: 'permit-key';
  key: string;
  expiresAt?: number;
}

/** The expiry a draft gets when created or edited (epoch seconds). */
export const draftExpiry = (now: number) => Math.floor(now / 1000) + DRAFT_TTL_DAYS * 86_400;

export const DRAFT_TTL_DAYS = 90;

/** The title staff and documents use: the event's name, or the occupation's use and place. */
export function permitTitle(kind: PermitKind, details: PermitDetails): string {
  if (kind === 'event') return (details as EventDetails).title;
  const d = details as OccupationDetails;
  return `${tFr(`permit.use.${d.use}`)} — ${d.place.label}`;
}

/**
 * Index attributes, once submitted only (drafts stay out of every list): gsi1 (all, newest first) and
 * gsi2 (by state, sorted by first day).
 */
export function permitIndexes(p: Pick<PermitItem, 'commune' | 'code' | 'state' | 'details' | 'submittedAt'>): Partial<Pick<PermitItem, 'gsi1pk' | 'gsi1sk' | 'gsi2pk' | 'gsi2sk'>> {
  if (!p.submittedAt) return {};
  return {
    gsi1pk: keys.permitsAll(p.commune), gsi1sk: keys.byDate(p.submittedAt, p.code),
    gsi2pk: keys.permitsByState(p.commune, p.state), gsi2sk: `${p.details.period.start}#${p.code}`,
  };
}

export function newPermitTimelineItem(
  commune: string, code: string, at: string,
  entry: Omit<PermitTimelineItem, 'pk' | 'sk' | 'type' | 'entity' | 'commune' | 'code' | 'at'>,
): PermitTimelineItem {
  const seq = Math.random().toString(36).slice(2, 8).padEnd(6, '0');
  return { ...keys.timeline(commune, code, at, seq), pk: keys.permitPk(commune, code), type: 'timeline', entity: 'permit', commune, code, at, ...entry };
}

/**
 * Whether an item's text may leave the staff: a department's opinion stays internal (its verdict and text
 * are kept in the item for the record), and what the requester wrote is theirs, never on the public page.
 */
export function messageShownTo(t: Pick<PermitTimelineItem, 'kind' | 'actor' | 'public'>, audience: 'public' | 'requester' | 'staff'): boolean {
  if (audience === 'staff') return true;
  if (!t.public || t.kind === 'opinion_given') return false;
  return audience === 'requester' || t.actor !== 'requester';
}

function toEntry(t: PermitTimelineItem, audience: 'public' | 'requester' | 'staff'): PermitTimelineEntry {
  const e: PermitTimelineEntry = { at: t.at, kind: t.kind, public: t.public };
  if (t.from) e.from = t.from;
  if (t.to) e.to = t.to;
  if (t.message && messageShownTo(t, audience)) e.message = t.message;
  if (t.department) e.department = t.department;
  if (audience === 'staff' && t.actor) e.actor = t.actor;
  return e;
}

export interface DocumentLinks {
  /** Signed URLs by document type. */
  [type: string]: string;
}

function documentViews(p: PermitItem, links: DocumentLinks, audience: 'public' | 'requester' | 'staff') {
  return (p.documents ?? [])
    // The authorisation names the holder: only the requester and staff get it.
    .filter((d) => audience !== 'public' || d.type === 'poster')
    .filter((d) => links[d.type])
    .map((d) => ({ type: d.type, name: d.name, url: links[d.type] }));
}

export function toPublicPermit(p: PermitItem, timeline: PermitTimelineItem[], links: DocumentLinks, audience: 'public' | 'requester' | 'staff' = 'public'): PublicPermit {
  return {
    code: p.code, commune: p.commune, kind: p.kind, state: p.state, title: p.title,
    ...(p.kind === 'occupation' ? { use: (p.details as OccupationDetails).use } : {}),
    period: p.details.period, place: { label: p.details.place.label, geometry: p.details.place.geometry },
    ...(p.reference ? { reference: p.reference } : {}),
    ...(p.requested && ['incomplete', 'changes_requested'].includes(p.state) ? { requested: p.requested } : {}),
    ...(p.decision?.conditions.length ? { conditions: p.decision.conditions } : {}),
    fee: p.fee, documents: documentViews(p, links, audience),
    ...(p.submittedAt ? { submittedAt: p.submittedAt } : {}),
    createdAt: p.createdAt, updatedAt: p.updatedAt,
    timeline: timeline.filter((t) => audience === 'staff' || t.public).map((t) => toEntry(t, audience)),
  };
}

export function toRequesterPermit(p: PermitItem, timeline: PermitTimelineItem[], links: DocumentLinks, earliest?: string): RequesterPermit {
  return {
    ...toPublicPermit(p, timeline, links, 'requester'),
    details: { ...p.details, attachments: p.details.attachments.map(({ type, name, key }) => ({ type, name, key })) } as Record<string, unknown>,
    requester: p.requester, locale: p.locale, version: p.version,
    ...(earliest ? { earliestStart: earliest } : {}),
  };
}

export function toStaffPermit(
  p: PermitItem, timeline: PermitTimelineItem[], opinions: OpinionItem[], links: DocumentLinks,
  attachmentLinks: Record<string, string>, viewer: { departments: string[]; canDecide: boolean; admin: boolean; reviewers: string[] }, today: string,
): StaffPermit {
  return {
    ...toPublicPermit(p, timeline, links, 'staff'),
    details: p.details as unknown as Record<string, unknown>, requester: p.requester, locale: p.locale, version: p.version,
    handlingDepartment: p.handlingDepartment, reviewers: viewer.reviewers,
    opinions: opinions.map((o) => ({
      department: o.department, status: o.status, due: o.due, overdue: o.status === 'pending' && o.due < today,
      ...(o.verdict ? { verdict: o.verdict } : {}), ...(o.text ? { text: o.text } : {}), ...(o.by ? { by: o.by } : {}), ...(o.at ? { at: o.at } : {}),
    })),
    ...(p.decision ? { decision: p.decision } : {}),
    attachments: p.details.attachments.filter((a: Attachment) => attachmentLinks[a.key]).map((a: Attachment) => ({ type: a.type, name: a.name, url: attachmentLinks[a.key] })),
    canDecide: viewer.canDecide,
    // An admin may answer for any department (e.g. one without an account yet).
    myPendingOpinions: opinions.filter((o) => o.status === 'pending' && (viewer.admin || viewer.departments.includes(o.department))).map((o) => o.department),
  };
}

export function toPermitSummary(p: PermitItem, today: string): PermitSummary {
  const nextDue = p.pendingReviewers.length ? p.opinionsDue : undefined;
  const deadline = nextDue ?? (PERMIT_FINAL_STATES.has(p.state) ? undefined : p.details.period.start);
  return {
    code: p.code, kind: p.kind, state: p.state, title: p.title, placeLabel: p.details.place.label, period: p.details.period,
    ...(p.submittedAt ? { submittedAt: p.submittedAt } : {}),
    ...(deadline ? { deadline } : {}),
    overdue: Boolean(deadline && deadline < today && (nextDue !== undefined || permitMoves(p.state, 'staff').some((s) => s !== 'cancelled'))),
    pendingOpinions: p.pendingReviewers.length,
    ...(p.reference ? { reference: p.reference } : {}),
  };
}
