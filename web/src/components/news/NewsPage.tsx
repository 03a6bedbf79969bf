/**
 * /{commune}/actualites/: the commune's practical notices (docs/news.md), those still current first (alerts first, each
 * marked in words, not by colour alone), then the earlier ones; each notice is an anchor (`#avis-<id>`) that the home
 * page and the feed link to. The staff's words are shown as text (never HTML), paragraphs on blank lines.
 */
import '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PublicNews, PublicNewsList } from '@tandem/shared/schemas/news';
import { byHomeOrder, newsAnchor } from '@tandem/shared/news/news-kinds';
import { formatDayInWords } from '@tandem/shared/brussels-time';
import { apiFetch, apiPath } from '../../lib/api';
import { initLocale, locale, tr, type MessageKey } from '../../lib/locale';
import '../../lib/messages/news';

type View = { kind: 'loading' } | { kind: 'failed' } | { kind: 'show'; items: PublicNews[] };

const day = (d: string) => formatDayInWords(d, locale.value);

function Notice({ n }: { n: PublicNews }) {
  const alert = n.kind === 'alerte';
  return (
    <li id={newsAnchor(n.id)} tabindex={-1} class={`news-item news-kind-${n.kind}`} data-testid="news-item">
      <h3>
        <span class="news-kind">
          {alert && <span aria-hidden="true">⚠ </span>}
          {tr(`news.kind.${n.kind}` as MessageKey)}
        </span>{' '}
        {n.title}
      </h3>
      <p class="news-when">
        {n.until ? tr('news.item.period', { from: day(n.from), until: day(n.until) }) : tr('news.item.since', { from: day(n.from) })}
      </p>
      {n.body.split(/\n\s*\n/).map((para, i) => (
        <p key={i} class="news-body">
          {para}
        </p>
      ))}
      {n.place?.label && <p>{tr('news.item.place', { place: n.place.label })}</p>}
      <p class="news-links">
        {n.link && (
          <a href={n.link} rel="noopener noreferrer">
            {tr('news.item.link')}
          </a>
        )}
      </p>
    </li>
  );
}

export default function NewsPage({ commune }: { commune: PublicCommuneConfig }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  useEffect(() => {
    void initLocale();
    apiFetch<PublicNewsList>(apiPath(commune.id, 'news'))
      .then(({ items }) => setView({ kind: 'show', items }))
      .catch(() => setView({ kind: 'failed' }));
  }, [commune.id]);
  // A link to one notice (#avis-…) brings it into view once the list is drawn.
  useEffect(() => {
    if (view.kind !== 'show' || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.focus();
  }, [view.kind]);

  if (view.kind === 'loading') return <p aria-live="polite">{tr('news.page.loading')}</p>;
  if (view.kind === 'failed')
    return (
      <p class="notice warn" role="alert">
        {tr('news.page.failed')}
      </p>
    );
  if (!view.items.length) return <p data-testid="news-empty">{tr('news.page.empty')}</p>;
  const current = view.items.filter((n) => n.current).sort(byHomeOrder);
  const past = view.items.filter((n) => !n.current);
  return (
    <div data-testid="news-page" data-ready="true">
      {current.length > 0 && (
        <section aria-labelledby="news-current">
          <h2 id="news-current">{tr('news.page.current')}</h2>
          <ul class="news-list">
            {current.map((n) => (
              <Notice key={n.id} n={n} />
            ))}
          </ul>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="news-past">
          <h2 id="news-past">{tr('news.page.past')}</h2>
          <ul class="news-list">
            {past.map((n) => (
              <Notice key={n.id} n={n} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
