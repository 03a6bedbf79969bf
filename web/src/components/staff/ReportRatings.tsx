/** The reporter's ratings of the fixes (docs/reopen-and-satisfaction.md): satisfied or not, and their words as text. */
import type { ReportRatingView } from '@tandem/shared/schemas/report-feedback';
import { formatDate, tr } from '../../lib/locale';
import '../../lib/messages/report-feedback';

export default function ReportRatings({ ratings }: { ratings: ReportRatingView[] }) {
  return (
    <ul>
      {ratings.map((r) => (
        <li key={r.fixedAt}>
          <strong data-satisfied={String(r.satisfied)}>{tr(r.satisfied ? 'feedbackStaff.satisfied' : 'feedbackStaff.unsatisfied')}</strong>{' '}
          <span class="hint">{tr('feedbackStaff.ratedOn', { date: formatDate(r.at), fixed: formatDate(r.fixedAt) })}</span>
          {r.comment && <p style="white-space: pre-line">{r.comment}</p>}
        </li>
      ))}
    </ul>
  );
}
