/** Builds the three views of a permit (public, requester, staff), with short-lived links to its files. */
import { brusselsDate, earliestStart, reviewersFor, type CommuneConfig, type PermitsConfig } from '@tandem/shared';
import { json, notFound } from '../lib/http.js';
import { signedReadUrls } from '../lib/stored-files.js';
import type { StaffUser } from '../lib/staff-auth.js';
import { getPermitBundle, type PermitBundle } from './permit-store.js';
import { toPublicPermit, toRequesterPermit, toStaffPermit, type DocumentLinks, type PermitItem } from './permit-item.js';

async function documentLinks(p: PermitItem, audience: 'public' | 'requester' | 'staff'): Promise<DocumentLinks> {
  const docs = (p.documents ?? []).filter((d) => audience !== 'public' || d.type === 'poster');
  const urls = await signedReadUrls(docs.map((d) => d.key));
  return Object.fromEntries(docs.map((d, i) => [d.type, urls[i]]));
}

/** Staff who decide on a kind: admins and the agents of its handling department. */
export function canDecide(user: StaffUser, p: Pick<PermitItem, 'handlingDepartment'>): boolean {
  return user.roles.includes('admin') || user.departments.includes(p.handlingDepartment);
}
/** Staff who may see a permit: those who decide, and the departments asked for an opinion. */
export function canSee(user: StaffUser, p: Pick<PermitItem, 'handlingDepartment' | 'reviewers'>): boolean {
  return canDecide(user, p) || p.reviewers.some((d) => user.departments.includes(d));
}

export async function publicView(b: PermitBundle) {
  return toPublicPermit(b.permit, b.timeline, await documentLinks(b.permit, 'public'));
}

export async function requesterView(b: PermitBundle, config: CommuneConfig) {
  const cfg = config.permits as PermitsConfig | undefined;
  const editable = ['draft', 'incomplete', 'changes_requested'].includes(b.permit.state);
  const earliest = cfg && editable ? earliestStart(cfg, b.permit.kind, b.permit.details, brusselsDate()) : undefined;
  return toRequesterPermit(b.permit, b.timeline, await documentLinks(b.permit, 'requester'), earliest);
}

export async function staffView(b: PermitBundle, user: StaffUser, cfg: PermitsConfig | undefined) {
  const attachments = b.permit.details.attachments;
  const urls = await signedReadUrls(attachments.map((a) => a.key));
  const attachmentLinks = Object.fromEntries(attachments.map((a, i) => [a.key, urls[i]]));
  // Before the opinions step, the departments that will be asked (as the commune's rules say today).
  const reviewers = b.permit.reviewers.length || !cfg ? b.permit.reviewers : reviewersFor(cfg, b.permit.kind, b.permit.details);
  return toStaffPermit(b.permit, b.timeline, b.opinions, await documentLinks(b.permit, 'staff'), attachmentLinks,
    { departments: user.departments, canDecide: canDecide(user, b.permit), admin: user.roles.includes('admin'), reviewers }, brusselsDate());
}

/** Re-reads a permit and answers it in the given audience's view. */
export async function answerPermit(
  commune: string, code: string, audience: { staff: StaffUser; config: CommuneConfig } | { requester: CommuneConfig }, replayed = false, status = 200,
) {
  const b = await getPermitBundle(commune, code);
  if (!b) throw notFound('no request has this code');
  const body = 'staff' in audience ? await staffView(b, audience.staff, audience.config.permits) : await requesterView(b, audience.requester);
  return json(status, body, { etag: `"${b.permit.version}"`, ...(replayed ? { 'idempotent-replayed': 'true' } : {}) });
}
