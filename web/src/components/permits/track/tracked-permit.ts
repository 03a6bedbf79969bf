/**
 * The permit as its tracking page has it: the public view, or the requester's own (opened with the private
 * key), and what the page reads from it without the permit schemas.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PublicPermit, RequesterPermit, PermitTimelineEntry } from '@tandem/shared/permits/permit-api';
import { tr, type MessageKey } from '../../../lib/locale';
import { departmentName } from '../../../lib/department-name';
import { permitStateLabel } from '../permit-format';

export type AnyPermit = PublicPermit | RequesterPermit;

/** A short message above the permit (saved, withdrawn, the key did not open it…). */
export interface TrackNotice {
  ok: boolean;
  text: string;
}

export const isRequesterView = (p: AnyPermit): p is RequesterPermit => 'requester' in p && Boolean((p as RequesterPermit).requester);

export function keyFromHash(): string | undefined {
  const m = location.hash.match(/(?:^#|&)cle=([^&]+)/);
  return m ? decodeURIComponent(m[1]) : undefined;
}

export function permitEntryTitle(commune: PublicCommuneConfig, e: PermitTimelineEntry): string {
  const department = departmentName(commune, e.department);
  switch (e.kind) {
    case 'state_changed':
      return tr('permit.timeline.state_changed', { state: e.to ? permitStateLabel(e.to) : '' });
    case 'opinion_requested':
    case 'opinion_given':
    case 'opinion_reminder':
      return tr(`permit.timeline.${e.kind}`, { department });
    default:
      return tr(`permit.timeline.${e.kind}` as MessageKey);
  }
}

/** Whether the commune asks departments for an opinion on this request (read from its config, without the schemas). */
export function expectOpinions(commune: PublicCommuneConfig, p: AnyPermit): boolean {
  const cfg = commune.permits;
  if (!cfg) return false;
  if (p.kind === 'event') return cfg.event.reviewers.length > 0;
  const use = isRequesterView(p) ? (p.details.use as keyof typeof cfg.occupation.uses | undefined) : undefined;
  return cfg.occupation.reviewers.length > 0 || Boolean(use && cfg.occupation.uses[use]?.reviewers.length);
}
