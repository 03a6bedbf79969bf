/**
 * « Avis pratiques » (`/{commune}/agents/actualites/`): the commune's notices, newest first day first, each with where it
 * stands for the public (scheduled, online, off the home page, off the site), « Écrire un avis », and per notice
 * « Modifier » and « Retirer du site » / « Remettre en ligne ». Each change sends the version shown; a stale one (409)
 * reloads the list and says so in the status line. Focus: the form's heading when it opens, the screen's when it closes.
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { brusselsDate, formatDayInWords } from '@tandem/shared/brussels-time';
import { ApiError, uuid } from '../../../lib/api';
import { locale, tr, type MessageKey } from '../../../lib/locale';
import '../../../lib/messages/news';
import { may } from '../may';
import { SignedOut } from '../session';
import { problemText } from '../staff-text';
import { sendJson } from '../tasks/task-api';
import { useLoad } from '../tasks/use-load';
import { fetchNews, newsPath, newsStatus, type NewsView } from './news-api';
import NewsForm, { kindLabel, type NewsFormOutcome } from './NewsForm';
import './news-staff.css';

const focusHeading = () => setTimeout(() => document.getElementById('news-title')?.focus(), 0);
const day = (d: string) => formatDayInWords(d, locale.value);

export default function NewsScreen({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const list = useLoad(() => fetchNews(commune.id), [commune.id], onSignedOut);
  const [editing, setEditing] = useState<'new' | NewsView>();
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState('');
  const today = brusselsDate(Date.now());
  const mayWrite = may(commune, 'POST /api/{commune}/staff/news', 'create');
  const mayChange = may(commune, 'PATCH /api/{commune}/staff/news/{id}', 'update');

  const done = (o: NewsFormOutcome) => {
    setEditing(undefined);
    if ('saved' in o) setSaid(tr('newsStaff.saved'));
    if ('conflict' in o) setSaid(tr('newsStaff.conflict'));
    if (!('cancelled' in o)) void list.reload();
    focusHeading();
  };

  const toggle = async (n: NewsView) => {
    setBusy(n.id);
    setSaid('');
    try {
      await sendJson(commune.id, 'PATCH', newsPath(n.id), uuid(), { published: !n.published, version: n.version });
      setSaid(tr(n.published ? 'newsStaff.unpublished' : 'newsStaff.republished'));
      await list.reload();
    } catch (e) {
      if (e instanceof SignedOut) return onSignedOut();
      if (e instanceof ApiError && e.status === 409) {
        setSaid(tr('newsStaff.conflict'));
        await list.reload();
      } else setSaid(problemText(e));
    } finally {
      setBusy('');
    }
  };

  return (
    <section class="news-staff" aria-labelledby="news-title" aria-busy={list.loading ? 'true' : undefined} data-testid="news-staff">
      <div class="tasks-head">
        <h1 id="news-title" tabindex={-1}>
          {tr('newsStaff.title')}
        </h1>
        {mayWrite && !editing && (
          <button type="button" class="button" onClick={() => setEditing('new')} data-testid="news-new">
            {tr('newsStaff.new')}
          </button>
        )}
      </div>
      <p>{tr('newsStaff.intro')}</p>
      <p role="status" class="news-said" data-testid="news-said">
        {said}
      </p>
      {editing && (
        <NewsForm
          key={editing === 'new' ? 'new' : `${editing.id}@${editing.version}`}
          commune={commune}
          editing={editing === 'new' ? undefined : editing}
          today={today}
          onDone={done}
          onSignedOut={onSignedOut}
        />
      )}
      {list.error && (
        <p class="notice" role="alert">
          {list.error}
        </p>
      )}
      {list.data && list.data.length === 0 && <p>{tr('newsStaff.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul class="news-staff-list">
          {list.data.map((n) => {
            const status = newsStatus(n, today);
            return (
              <li key={n.id} class={`news-staff-card news-kind-${n.kind}`} data-testid="news-card" data-news-id={n.id}>
                <h2>{n.title}</h2>
                <p class="news-staff-facts">
                  <span class="news-kind">{kindLabel(n.kind)}</span>
                  <span class={`news-status is-${status}`}>{tr(`newsStaff.status.${status}` as MessageKey)}</span>
                  <span>
                    {n.until
                      ? tr('news.item.period', { from: day(n.from), until: day(n.until) })
                      : tr('news.item.since', { from: day(n.from) })}
                  </span>
                </p>
                <p class="news-staff-body">{n.body}</p>
                {n.place?.label && <p>{tr('news.item.place', { place: n.place.label })}</p>}
                <p class="news-staff-byline">{tr('newsStaff.byline', { author: n.createdBy.name, editor: n.updatedBy.name })}</p>
                {mayChange && (
                  <div class="news-staff-actions">
                    <button
                      type="button"
                      class="button secondary"
                      onClick={() => setEditing(n)}
                      aria-label={`${tr('newsStaff.edit')} : ${n.title}`}
                    >
                      {tr('newsStaff.edit')}
                    </button>
                    <button
                      type="button"
                      class="button secondary"
                      aria-disabled={busy === n.id ? 'true' : undefined}
                      onClick={() => busy !== n.id && void toggle(n)}
                      aria-label={`${tr(n.published ? 'newsStaff.unpublish' : 'newsStaff.republish')} : ${n.title}`}
                      data-testid="news-toggle"
                    >
                      {tr(n.published ? 'newsStaff.unpublish' : 'newsStaff.republish')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
