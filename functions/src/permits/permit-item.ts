/** A permit's title, and how a stored permit, its opinions and timeline items (shapes in shared/src/entities/) map to the API's views. */
import {
  PERMIT_FINAL_STATES,
  permitLabelsFr,
  permitMoves,
  type Attachment,
  type EventDetails,
  type OccupationDetails,
  type OpinionItem,
  type PermitDetails,
  type PermitItem,
  type PermitKind,
  type PermitSummary,
  type PermitTimelineEntry,
  type PermitTimelineItem,
  type PublicPermit,
  type RequesterPermit,
  type StaffPermit,
} from '@tandem/shared';

/** The title staff and documents use: the event's name, or the occupation's use and place. */
export function permitTitle(kind: PermitKind, details: PermitDetails): string {
  if (kind === 'event') return (details as EventDetails).title;
  const d = details as OccupationDetails;
  return `${permitLabelsFr[`permit.use.${d.use}`]} — ${d.place.label}`;
}

/**
 * Whether an item's text may leave the staff: a department's opinion stays internal (its verdict and text
 * are kept in the item for the record), what the requester wrote is theirs, never on the public page, and
 * an agent's message reaches the public page only when the agent chose so (publicPage).
 */
export function messageShownTo(
  t: Pick<PermitTimelineItem, 'kind' | 'actor' | 'public' | 'publicPage'>,
  audience: 'public' | 'requester' | 'staff',
): boolean {
  if (audience === 'staff') return true;
  if (!t.public || t.kind === 'opinion_given') return false;
  return audience === 'requester' || (t.actor !== 'requester' && t.publicPage === true);
}

function toEntry(t: PermitTimelineItem, audience: 'public' | 'requester' | 'staff'): PermitTimelineEntry {
  const e: PermitTimelineEntry = { at: t.at, kind: t.kind, public: t.public };
  if (t.from) e.from = t.from;
  if (t.to) e.to = t.to;
  if (t.message && messageShownTo(t, audience)) e.message = t.message;
  if (t.department) e.department = t.department;
  if (audience === 'staff' && t.actor) e.actor = t.actor;
  // « Encodé au guichet par … »: on every view (docs/counter.md).
  if (t.encoded) e.encoded = { by: t.encoded.by, channel: t.encoded.channel };
  if (audience === 'staff' && t.message && t.publicPage) e.publicPage = true;
  return e;
}

export interface DocumentLinks {
  /** Signed URLs by document type. */
  [type: string]: string;
}

function documentViews(p: PermitItem, links: DocumentLinks, audience: 'public' | 'requester' | 'staff') {
  return (
    (p.documents ?? [])
      // The authorisation names the holder: only the requester and staff get it.
      .filter((d) => audience !== 'public' || d.type === 'poster')
      .filter((d) => links[d.type])
      .map((d) => ({ type: d.type, name: d.name, url: links[d.type] }))
  );
}

export function toPublicPermit(
  p: PermitItem,
  timeline: PermitTimelineItem[],
  links: DocumentLinks,
  audience: 'public' | 'requester' | 'staff' = 'public',
): PublicPermit {
  return {
    code: p.code,
    commune: p.commune,
    kind: p.kind,
    state: p.state,
    title: p.title,
    ...(p.kind === 'occupation' ? { use: (p.details as OccupationDetails).use } : {}),
    period: p.details.period,
    place: { label: p.details.place.label, geometry: p.details.place.geometry },
    ...(p.reference ? { reference: p.reference } : {}),
    // What is asked of the requester and the conditions: on the public page only when the agent chose so.
    ...(p.requested && ['incomplete', 'changes_requested'].includes(p.state) && (audience !== 'public' || p.requestedPublic)
      ? { requested: p.requested }
      : {}),
    ...(p.decision?.conditions.length && (audience !== 'public' || p.decision.publicPage) ? { conditions: p.decision.conditions } : {}),
    fee: p.fee,
    documents: documentViews(p, links, audience),
    ...(p.submittedAt ? { submittedAt: p.submittedAt } : {}),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    timeline: timeline.filter((t) => audience === 'staff' || t.public).map((t) => toEntry(t, audience)),
  };
}

export function toRequesterPermit(p: PermitItem, timeline: PermitTimelineItem[], links: DocumentLinks, earliest?: string): RequesterPermit {
  return {
    ...toPublicPermit(p, timeline, links, 'requester'),
    details: { ...p.details, attachments: p.details.attachments.map(({ type, name, key }) => ({ type, name, key })) } as Record<
      string,
      unknown
    >,
    requester: p.requester,
    locale: p.locale,
    version: p.version,
    ...(earliest ? { earliestStart: earliest } : {}),
  };
}

export function toStaffPermit(
  p: PermitItem,
  timeline: PermitTimelineItem[],
  opinions: OpinionItem[],
  links: DocumentLinks,
  attachmentLinks: Record<string, string>,
  viewer: { canDecide: boolean; mayGiveOpinion: (department: string) => boolean; reviewers: string[] },
  today: string,
): StaffPermit {
  return {
    ...toPublicPermit(p, timeline, links, 'staff'),
    details: p.details,
    requester: p.requester,
    locale: p.locale,
    version: p.version,
    handlingDepartment: p.handlingDepartment,
    reviewers: viewer.reviewers,
    opinions: opinions.map((o) => ({
      department: o.department,
      status: o.status,
      due: o.due,
      overdue: o.status === 'pending' && o.due < today,
      ...(o.verdict ? { verdict: o.verdict } : {}),
      ...(o.text ? { text: o.text } : {}),
      ...(o.by ? { by: o.by } : {}),
      ...(o.at ? { at: o.at } : {}),
    })),
    ...(p.decision ? { decision: p.decision } : {}),
    attachments: p.details.attachments
      .filter((a: Attachment) => attachmentLinks[a.key])
      .map((a: Attachment) => ({ type: a.type, name: a.name, url: attachmentLinks[a.key] })),
    canDecide: viewer.canDecide,
    // The role matrix says whose opinion the viewer may give (an admin: any, e.g. a department without an account yet).
    myPendingOpinions: opinions.filter((o) => o.status === 'pending' && viewer.mayGiveOpinion(o.department)).map((o) => o.department),
    ...(p.personalDataErasedAt
      ? { personalDataErased: { at: p.personalDataErasedAt, onRequest: Boolean(p.personalDataErasedOnRequest) } }
      : {}),
  };
}

export function toPermitSummary(p: PermitItem, today: string): PermitSummary {
  const nextDue = p.pendingReviewers.length ? p.opinionsDue : undefined;
  const deadline = nextDue ?? (PERMIT_FINAL_STATES.has(p.state) ? undefined : p.details.period.start);
  return {
    code: p.code,
    kind: p.kind,
    state: p.state,
    title: p.title,
    placeLabel: p.details.place.label,
    period: p.details.period,
    ...(p.submittedAt ? { submittedAt: p.submittedAt } : {}),
    ...(deadline ? { deadline } : {}),
    overdue: Boolean(
      deadline && deadline < today && (nextDue !== undefined || permitMoves(p.state, 'staff').some((s) => s !== 'cancelled')),
    ),
    pendingOpinions: p.pendingReviewers.length,
    ...(p.reference ? { reference: p.reference } : {}),
  };
}
