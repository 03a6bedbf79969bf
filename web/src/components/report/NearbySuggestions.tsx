/** "Is it one of these?": open reports of the same category near the chosen place. The user may go on anyway. */
import type { ReportSummary } from '@tandem/shared/schemas/report';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr, lt, formatDate, stateLabel } from '../../lib/locale';

export type NearbyReport = ReportSummary & { distanceMetres?: number };

export default function NearbySuggestions({ commune, reports }: { commune: PublicCommuneConfig; reports: NearbyReport[] }) {
  if (!reports.length) return null;
  const label = (code: string) => lt(commune.categories.find((c) => c.code === code)?.label) || code;
  return (
    <section class="nearby" aria-labelledby="nearby-title" data-testid="nearby-suggestions">
      <h2 id="nearby-title">{tr('report.nearby.title')}</h2>
      <p>{tr('report.nearby.help')}</p>
      <ul>
        {reports.map((r) => (
          <li key={r.code}>
            <a href={`/${commune.id}/suivi/${r.code}/`}>
              {label(r.category)} — {r.code}
            </a>
            <br />
            <span class="hint">
              {stateLabel(r.state)}
              {r.distanceMetres !== undefined && ` · ${tr('report.nearby.distance', { m: Math.round(r.distanceMetres) })}`}
              {` · ${formatDate(r.createdAt)}`}
            </span>
            {r.description && <span class="hint">« {r.description.slice(0, 140)} »</span>}
          </li>
        ))}
      </ul>
      <p>{tr('report.nearby.goOn')}</p>
    </section>
  );
}
