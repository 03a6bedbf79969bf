/** Builds the three views of a permit (public, requester, staff), with short-lived links to its files. */
import {
  brusselsDate,
  earliestStart,
  mayDo,
  reviewersFor,
  type CommuneConfig,
  type DepartmentsOfCommune,
  type PermitsConfig,
  type PermitItem,
} from '@tandem/shared';
import { json, notFound } from '../lib/http.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { signedReadUrls } from '../lib/stored-files.js';
import type { StaffUser } from '../lib/staff-auth.js';
import { getPermitBundle, type PermitBundle } from './permit-store.js';
import { toPublicPermit, toRequesterPermit, toStaffPermit, type DocumentLinks } from './permit-item.js';
import { permitSubject } from './permit-subject.js';

async function documentLinks(p: PermitItem, audience: 'public' | 'requester' | 'staff'): Promise<DocumentLinks> {
  const docs = (p.documents ?? []).filter((d) => audience !== 'public' || d.type === 'poster');
  const urls = await signedReadUrls(docs.map((d) => d.key));
  return Object.fromEntries(docs.map((d, i) => [d.type, urls[i]]));
}

/** A permit as the role matrix sees it (permit-subject.ts). */
export { permitSubject };

/** Staff who decide on a permit (role matrix: its handling department's agents, admins). */
export function canDecide(
  user: StaffUser,
  commune: DepartmentsOfCommune,
  p: Pick<PermitItem, 'handlingDepartment' | 'reviewers'>,
): boolean {
  return mayDo(user, commune, 'POST /api/{commune}/staff/permits/{code}/transitions', 'transition', permitSubject(p));
}
/** Staff who may see a permit (role matrix: the departments that handle or review it, admins). */
export function canSee(user: StaffUser, commune: DepartmentsOfCommune, p: Pick<PermitItem, 'handlingDepartment' | 'reviewers'>): boolean {
  return mayDo(user, commune, 'GET /api/{commune}/staff/permits/{code}', 'read', permitSubject(p));
}

/** A request that was never submitted (a draft, or a draft its author withdrew) is its author's only. */
export const wasSubmitted = (p: Pick<PermitItem, 'submittedAt'>) => Boolean(p.submittedAt);

/** The permit, if this staff member may see it: 404 for unknown or never submitted, 403 for another department's. */
export async function visibleBundle(config: CommuneConfig, code: string, user: StaffUser): Promise<PermitBundle> {
  const b = await getPermitBundle(config.id, code);
  if (!b || !wasSubmitted(b.permit)) throw notFound('no request has this code');
  authorize(user, config, 'GET /api/{commune}/staff/permits/{code}', 'read', permitSubject(b.permit));
  return b;
}

export async function publicView(b: PermitBundle) {
  return toPublicPermit(b.permit, b.timeline, await documentLinks(b.permit, 'public'));
}

export async function requesterView(b: PermitBundle, config: CommuneConfig) {
  const cfg = config.permits as PermitsConfig | undefined;
  const editable = ['draft', 'incomplete', 'changes_requested'].includes(b.permit.state);
  // A request sent back keeps the lead time of its first filing.
  const today = clock.today();
  const from = b.permit.submittedAt ? brusselsDate(b.permit.submittedAt) : today;
  const lead = cfg && editable ? earliestStart(cfg, b.permit.kind, b.permit.details, from) : undefined;
  const earliest = lead && lead < today ? today : lead;
  return toRequesterPermit(b.permit, b.timeline, await documentLinks(b.permit, 'requester'), earliest);
}

export async function staffView(b: PermitBundle, user: StaffUser, config: CommuneConfig) {
  const cfg = config.permits as PermitsConfig | undefined;
  const attachments = b.permit.details.attachments;
  const urls = await signedReadUrls(attachments.map((a) => a.key));
  const attachmentLinks = Object.fromEntries(attachments.map((a, i) => [a.key, urls[i]]));
  // Before the opinions step, the departments that will be asked (as the commune's rules say today).
  const reviewers = b.permit.reviewers.length || !cfg ? b.permit.reviewers : reviewersFor(cfg, b.permit.kind, b.permit.details);
  return toStaffPermit(
    b.permit,
    b.timeline,
    b.opinions,
    await documentLinks(b.permit, 'staff'),
    attachmentLinks,
    {
      canDecide: canDecide(user, config, b.permit),
      mayGiveOpinion: (department) =>
        mayDo(user, config, 'POST /api/{commune}/staff/permits/{code}/opinions/{department}', 'opinion', { department }),
      reviewers,
    },
    clock.today(),
  );
}

/** Re-reads a permit and answers it in the given audience's view. */
export async function answerPermit(
  commune: string,
  code: string,
  audience: { staff: StaffUser; config: CommuneConfig } | { requester: CommuneConfig },
  replayed = false,
  status = 200,
) {
  const b = await getPermitBundle(commune, code);
  if (!b) throw notFound('no request has this code');
  const body = 'staff' in audience ? await staffView(b, audience.staff, audience.config) : await requesterView(b, audience.requester);
  return json(status, body, { etag: `"${b.permit.version}"`, ...(replayed ? { 'idempotent-replayed': 'true' } : {}) });
}
