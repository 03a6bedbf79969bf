/** A report's history, newest first, like a parcel tracker. Used by the tracking page and the staff SPA. */
import type { TimelineEntry } from '@tandem/shared/schemas/report';
import { tr, formatDate, stateLabel } from '../lib/locale';
import { departmentInSentence, departmentName, type DepartmentNames } from '../lib/department-name';
import '../lib/messages/report-feedback';

export { departmentInSentence, departmentName };

export function entryTitle(commune: DepartmentNames, e: TimelineEntry): string {
  switch (e.kind) {
    case 'created':
      return tr('timeline.created');
    case 'state_changed':
      return tr('timeline.state_changed', { state: e.to ? stateLabel(e.to) : '' });
    case 'public_update':
      return tr('timeline.public_update');
    case 'assigned':
      return tr('timeline.assigned', { department: departmentName(commune, e.department) });
    case 'private_note':
      return tr('staff.private');
    case 'planned':
      // Staff only (never on a public timeline): the back office's messages are loaded where it shows.
      return tr('backoffice.timeline.planned');
  }
}

/** « Encodé au guichet par … » (docs/counter.md): a request an agent filed on a citizen's behalf, on every view. */
export function encodedText(e: NonNullable<TimelineEntry['encoded']>): string {
  return tr(`timeline.encoded.${e.channel}`, { name: e.by });
}

/** What the list needs of an entry; other histories (permits) pass their own `titleOf`. */
type Entry = Pick<TimelineEntry, 'at' | 'public' | 'message' | 'actor' | 'duplicateOf' | 'encoded' | 'byCitizen' | 'words' | 'photos'>;

export default function Timeline<E extends Entry = TimelineEntry>({
  commune,
  entries,
  showActor = false,
  titleOf,
}: {
  /** Its id (links) and departments (names): a whole commune config, or the tracking page's TrackCommune. */
  commune: DepartmentNames & { id: string };
  entries: E[];
  showActor?: boolean;
  titleOf?: (e: E) => string;
}) {
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol class="timeline" data-testid="timeline" reversed>
      {sorted.map((e, i) => (
        <li key={`${e.at}-${i}`} class={e.public ? undefined : 'is-private'}>
          <time dateTime={e.at}>{formatDate(e.at)}</time>
          <strong>{titleOf ? titleOf(e) : entryTitle(commune, e as unknown as TimelineEntry)}</strong>
          {showActor && e.actor && <span class="hint"> — {e.actor}</span>}
          {e.encoded && <p data-testid="timeline-encoded">{encodedText(e.encoded)}</p>}
          {e.duplicateOf && (
            <p>
              {tr('track.duplicateOf')} <a href={`/${commune.id}/suivi/${e.duplicateOf}/`}>{e.duplicateOf}</a>
            </p>
          )}
          {e.message && <p class={e.public ? undefined : 'private'}>{e.message}</p>}
          {e.byCitizen && <p data-testid="reopened-by-citizen">{tr('feedback.byCitizen')}</p>}
          {/* A reopen's words and photo: the staff view only has them. Text, never markup (Preact escapes it). */}
          {e.words && (
            <blockquote class="citizen-words" data-testid="citizen-words" style="white-space: pre-line">
              <span class="visually-hidden">{tr('feedbackStaff.words')} : </span>
              {e.words}
            </blockquote>
          )}
          {e.photos?.map((url) => (
            <a key={url} href={url} target="_blank" rel="noopener" data-testid="citizen-photo">
              <img src={url} alt={tr('feedbackStaff.photo')} width={160} loading="lazy" />
            </a>
          ))}
        </li>
      ))}
    </ol>
  );
}
