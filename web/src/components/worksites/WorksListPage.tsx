/** /{commune}/chantiers/: the published works sites, each with its status, dates and current phase, linking to its page. */
import '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { WorksList } from '@tandem/shared/schemas/worksites';
import { apiFetch, apiPath } from '../../lib/api';
import { initLocale, tr } from '../../lib/locale';
import '../../lib/messages/worksites';
import { periodInWords, statusLabel } from './works-format';

type View = { kind: 'loading' } | { kind: 'failed' } | { kind: 'show'; list: WorksList };

export default function WorksListPage({ commune }: { commune: PublicCommuneConfig }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  useEffect(() => {
    void initLocale();
    apiFetch<WorksList>(apiPath(commune.id, 'works'))
      .then((list) => setView({ kind: 'show', list }))
      .catch(() => setView({ kind: 'failed' }));
  }, [commune.id]);

  if (view.kind === 'loading') return <p aria-live="polite">{tr('works.list.loading')}</p>;
  if (view.kind === 'failed')
    return (
      <p class="notice warn" role="alert">
        {tr('works.list.failed')}
      </p>
    );
  if (!view.list.items.length) return <p>{tr('works.list.empty')}</p>;
  return (
    <ul class="works-list">
      {view.list.items.map((w) => (
        <li key={w.id}>
          <h2>
            <a href={w.url}>{w.title}</a>
          </h2>
          <p>
            <span class="badge">{statusLabel(w.status)}</span> {periodInWords(w.start, w.end)}
          </p>
          {w.place?.label && <p>{w.place.label}</p>}
          {w.currentPhase && <p>{tr('works.list.phase', { phase: w.currentPhase })}</p>}
        </li>
      ))}
    </ul>
  );
}
