/**
 * The permits inbox tab a staff member opens on: what is theirs to do. Admins and agents of a department that
 * handles a kind of request open on "À traiter"; someone whose departments are only asked for opinions (police,
 * fire safety…) opens on "Mes avis à donner", where their work is.
 */
import type { PermitsConfig } from './permit-config.js';

export const PERMIT_INBOX_VIEWS = ['todo', 'opinions', 'all'] as const;
export type PermitInboxView = (typeof PERMIT_INBOX_VIEWS)[number];

export function defaultPermitInboxView(
  who: { roles: readonly string[]; departments: readonly string[] },
  permits: Pick<PermitsConfig, 'event' | 'occupation'> | undefined,
): PermitInboxView {
  if (who.roles.includes('admin') || !permits) return 'todo';
  const handling = [permits.event.handlingDepartment, permits.occupation.handlingDepartment];
  if (who.departments.some((d) => handling.includes(d))) return 'todo';
  const reviewing = new Set([
    ...permits.event.reviewers,
    ...Object.values(permits.event.reviewersByNeed).flat(),
    ...permits.occupation.reviewers,
    ...Object.values(permits.occupation.uses).flatMap((u) => u?.reviewers ?? []),
  ]);
  return who.departments.some((d) => reviewing.has(d)) ? 'opinions' : 'todo';
}
