/** A permit's history for staff, newest first, with who did what (agents by name, the requester, the system). */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PermitTimelineEntry } from '@tandem/shared/permits/permit-api';
import { tr, formatDate } from '../../../lib/locale';
import { deptName, permitStateLabel } from './permit-format';
import '../../../lib/messages/privacy';
import { encodedText } from '../../Timeline';

export function permitEntryTitle(commune: PublicCommuneConfig, e: PermitTimelineEntry): string {
  const department = deptName(commune, e.department);
  switch (e.kind) {
    case 'created':
      return tr('permitStaff.timeline.created');
    case 'state_changed':
      return tr('permitStaff.timeline.state_changed', { state: e.to ? permitStateLabel(e.to) : '' });
    case 'opinion_requested':
      return tr('permitStaff.timeline.opinion_requested', { department });
    case 'opinion_given':
      return tr('permitStaff.timeline.opinion_given', { department });
    case 'opinion_reminder':
      return tr('permitStaff.timeline.opinion_reminder', { department });
    case 'documents_issued':
      return tr('permitStaff.timeline.documents_issued');
    case 'public_update':
      return tr('permitStaff.timeline.public_update');
    case 'private_note':
      return tr('staff.private');
    case 'edited':
      return tr('permitStaff.timeline.edited');
  }
}

function actorName(actor: string): string {
  if (actor === 'requester') return tr('permitStaff.actor.requester');
  if (actor === 'system') return tr('permitStaff.actor.system');
  return actor;
}

export default function PermitTimeline({ commune, entries }: { commune: PublicCommuneConfig; entries: PermitTimelineEntry[] }) {
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section class="permit-section" aria-labelledby="permit-timeline-title">
      <h2 id="permit-timeline-title">{tr('track.history')}</h2>
      <ol class="timeline" data-testid="permit-timeline" reversed>
        {sorted.map((e, i) => (
          <li key={`${e.at}-${i}`} class={e.public ? undefined : 'is-private'} data-kind={e.kind}>
            <time dateTime={e.at}>{formatDate(e.at)}</time>
            <strong>{permitEntryTitle(commune, e)}</strong>
            {e.actor && <span class="hint"> — {actorName(e.actor)}</span>}
            {e.encoded && <p data-testid="timeline-encoded">{encodedText(e.encoded)}</p>}
            {!e.public && e.kind !== 'private_note' && <span class="hint-inline"> ({tr('permitStaff.timeline.internal')})</span>}
            {e.message && <p class={e.public ? 'pre-line' : 'private pre-line'}>{e.message}</p>}
            {e.publicPage && (
              <span class="hint-inline" data-testid="timeline-public-page">
                {tr('privacy.publicPage.badge')}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
