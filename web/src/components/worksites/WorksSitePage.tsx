/**
 * /{commune}/chantiers/{id}/ (the server rewrites it to this page's file, as the tracking pages are): one works site,
 * read from the path — what, why, who, where, the phases, the detours, the progress updates with their photos — the
 * poster, and the form to follow it by e-mail (or, from a mail's link, to stop following it).
 */
import '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PublicWorks } from '@tandem/shared/schemas/worksites';
import { TRACKING_CODE_PATTERN } from '@tandem/shared/tracking-code';
import { ApiError, apiFetch, apiPath } from '../../lib/api';
import { formatDate, initLocale, tr, type MessageKey } from '../../lib/locale';
import '../../lib/messages/worksites';
import Unsubscribe, { unsubscribeKeyFromUrl } from './Unsubscribe';
import WatchForm from './WatchForm';
import { dayInWords, periodInWords, statusLabel } from './works-format';

type View = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed' } | { kind: 'show'; site: PublicWorks };

function idFromPath(commune: string): string | undefined {
  const m = new RegExp(`^/${commune}/chantiers/([^/]+)/?$`).exec(location.pathname);
  const id = m ? decodeURIComponent(m[1]).toUpperCase() : undefined;
  return id && TRACKING_CODE_PATTERN.test(id) ? id : undefined;
}

function Site({ site, commune }: { site: PublicWorks; commune: string }) {
  const unsubscribeKey = unsubscribeKeyFromUrl();
  return (
    <>
      <p>
        <span class="badge">{statusLabel(site.status)}</span> {periodInWords(site.start, site.end)}
      </p>
      {unsubscribeKey && (
        <Unsubscribe path={apiPath(commune, `works/${encodeURIComponent(site.id)}/watchers/${unsubscribeKey}`)} words="works.unsubscribe" />
      )}
      {site.description && (
        <section aria-labelledby="works-what">
          <h2 id="works-what">{tr('works.page.what')}</h2>
          <p class="prose">{site.description}</p>
        </section>
      )}
      <section aria-labelledby="works-why">
        <h2 id="works-why">{tr('works.page.why')}</h2>
        <p class="prose">{site.why}</p>
      </section>
      <section aria-labelledby="works-who">
        <h2 id="works-who">{tr('works.page.who')}</h2>
        <p>{site.who}</p>
      </section>
      {site.place?.label && (
        <section aria-labelledby="works-where">
          <h2 id="works-where">{tr('works.page.where')}</h2>
          <p>{site.place.label}</p>
        </section>
      )}
      <section aria-labelledby="works-phases">
        <h2 id="works-phases">{tr('works.page.phases')}</h2>
        <ol class="steps">
          {site.phases.map((ph) => (
            <li key={ph.id} class={ph.when === 'past' ? 'done' : undefined} aria-current={ph.when === 'current' ? 'step' : undefined}>
              {ph.title} — {tr('works.list.period', { start: dayInWords(ph.start), end: dayInWords(ph.end) })} (
              {tr(`works.page.phase.${ph.when}` as MessageKey)})
            </li>
          ))}
        </ol>
      </section>
      {site.detours && (
        <section aria-labelledby="works-detours">
          <h2 id="works-detours">{tr('works.page.detours')}</h2>
          <p class="prose">{site.detours}</p>
        </section>
      )}
      <section aria-labelledby="works-updates">
        <h2 id="works-updates">{tr('works.page.updates')}</h2>
        {site.updates.length ? (
          <ol class="timeline">
            {site.updates.map((u) => (
              <li key={u.at}>
                <p>
                  <time dateTime={u.at}>{formatDate(u.at)}</time>
                </p>
                <p class="prose">{u.text}</p>
                {u.photos.map((ph, i) => (
                  <img
                    key={ph.name}
                    src={ph.url}
                    alt={tr('works.page.photo', { n: i + 1, date: formatDate(u.at) })}
                    loading="lazy"
                    width={320}
                  />
                ))}
              </li>
            ))}
          </ol>
        ) : (
          <p>{tr('works.page.noUpdates')}</p>
        )}
      </section>
      <p>
        <a href={site.posterUrl}>{tr('works.page.poster')}</a>
      </p>
      {!unsubscribeKey && (
        <section class="card" aria-labelledby="works-watch">
          <h2 id="works-watch">{tr('works.watch.title')}</h2>
          <WatchForm path={apiPath(commune, `works/${encodeURIComponent(site.id)}/watchers`)} words="works.watch" />
        </section>
      )}
    </>
  );
}

export default function WorksSitePage({ commune }: { commune: PublicCommuneConfig }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void initLocale();
    const id = idFromPath(commune.id);
    if (!id) return setView({ kind: 'missing' });
    apiFetch<PublicWorks>(apiPath(commune.id, `works/${encodeURIComponent(id)}`))
      .then((site) => {
        setView({ kind: 'show', site });
        document.title = `${site.title} — ${commune.name}`;
      })
      .catch((e) => setView({ kind: e instanceof ApiError && e.status === 404 ? 'missing' : 'failed' }));
  }, [commune.id, commune.name]);

  return (
    <article>
      <p>
        <a href={`/${commune.id}/chantiers/`}>{tr('works.page.backToList')}</a>
      </p>
      <h1 ref={heading}>{view.kind === 'show' ? view.site.title : tr('works.page.title')}</h1>
      {view.kind === 'loading' && <p aria-live="polite">{tr('works.page.loading')}</p>}
      {view.kind === 'missing' && <p class="notice warn">{tr('works.page.notFound')}</p>}
      {view.kind === 'failed' && (
        <p class="notice warn" role="alert">
          {tr('works.page.failed')}
        </p>
      )}
      {view.kind === 'show' && <Site site={view.site} commune={commune.id} />}
    </article>
  );
}
