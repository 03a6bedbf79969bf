/**
 * The notification centre (`/{commune}/agents/notifications/`): the person's notifications, newest first, a page at a
 * time (« Afficher plus »), each with what happened, a link to the item (following it marks it read), who did it and
 * when; « Marquer comme lue » one by one or « Tout marquer comme lu »; then the preferences form.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NotificationPage, NotificationView } from '@tandem/shared/notifications/notification-api';
import { formatInstantInWords } from '@tandem/shared/brussels-time';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import '../../../lib/messages/notifications';
import { locale, tr } from '../../../lib/locale';
import { usePeople } from '../inbox/use-people';
import { ErrorNotice } from '../page-states';
import { navigate } from '../router';
import { SignedOut, staffFetch } from '../session';
import { loadFailureText, problemText } from '../staff-text';
import { itemHref, markRead, unreadCount } from './notification-state';
import NotificationPrefs from './NotificationPrefs';
import './notifications.css';

const PAGE = 20;

export default function NotificationsScreen({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const c = commune.id;
  const [items, setItems] = useState<NotificationView[]>();
  const [cursor, setCursor] = useState<string>();
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const people = usePeople(c);
  const nameOf = (sub?: string) => (sub ? (people?.find((p) => p.id === sub)?.name ?? tr('notifications.someone')) : undefined);

  const load = async (after?: string) => {
    try {
      const page = await staffFetch<NotificationPage>(
        c,
        `staff/notifications?limit=${PAGE}${after ? `&cursor=${encodeURIComponent(after)}` : ''}`,
      );
      setItems((old) => (after ? [...(old ?? []), ...page.items] : page.items));
      setCursor(page.cursor);
      setError('');
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setError(loadFailureText(e));
    }
  };
  useEffect(() => {
    void load().then(() => {
      // The digest's link to the preferences lands on them; otherwise the heading takes focus.
      if (location.hash === '#preferences') document.getElementById('preferences')?.focus();
      else heading.current?.focus();
    });
  }, [c]);

  const mark = async (body: { ids: string[] } | { all: true }) => {
    setNotice('');
    try {
      await markRead(c, body);
      setItems((old) => old?.map((n) => ('all' in body || body.ids.includes(n.id) ? { ...n, read: true } : n)));
      setNotice(tr('notifications.marked'));
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setError(problemText(e));
    }
  };

  const follow = (n: NotificationView) => async (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    // Following the link marks it read first (a failure does not stop the way to the item).
    if (!n.read) await markRead(c, { ids: [n.id] }).catch(() => undefined);
    navigate(itemHref(c, n.item));
  };

  const u = unreadCount.value;
  const anyUnread = (items ?? []).some((n) => !n.read) || (u?.unread ?? 0) > 0;
  return (
    <section aria-labelledby="notifications-title" data-testid="notifications-screen">
      <h1 id="notifications-title" tabindex={-1} ref={heading}>
        {tr('notifications.title')}
      </h1>
      <p>{tr('notifications.intro')}</p>
      {error && <ErrorNotice message={error} onRetry={() => void load()} />}
      <div class="notification-actions">
        <p role="status" data-testid="notifications-unread">
          {!u || u.unread === 0
            ? tr('notifications.unreadCount.none')
            : u.unread === 1
              ? tr('notifications.unreadCount.one')
              : tr('notifications.unreadCount.many', { n: u.capped ? `${u.unread - 1}+` : u.unread })}
        </p>
        {anyUnread && (
          <button type="button" class="button secondary" onClick={() => void mark({ all: true })} data-testid="notifications-mark-all">
            {tr('notifications.markAllRead')}
          </button>
        )}
      </div>
      {notice && (
        <p class="notice ok" role="status">
          {notice}
        </p>
      )}
      {!items ? (
        !error && <p role="status">{tr('notifications.loading')}</p>
      ) : !items.length ? (
        <p data-testid="notifications-empty">{tr('notifications.empty')}</p>
      ) : (
        <ul class="notification-list" aria-label={tr('notifications.listLabel')} data-testid="notifications-list">
          {items.map((n) => {
            const actor = nameOf(n.actorSub);
            return (
              <li key={n.id} class={n.read ? undefined : 'unread'} data-testid="notification">
                <div class="notification-text">
                  {!n.read && <span class="notification-unread-mark">{tr('notifications.unread')} · </span>}
                  {tr(`notifications.kind.${n.kind}`)}
                  {' : '}
                  <a href={itemHref(c, n.item)} onClick={follow(n)} data-testid="notification-link">
                    {tr(`notifications.item.${n.item.kind}`, { id: n.item.id })}
                  </a>
                  <span class="notification-meta">
                    {actor ? `${tr('notifications.by', { actor })} · ` : ''}
                    <time dateTime={n.at}>{formatInstantInWords(n.at, locale.value)}</time>
                  </span>
                </div>
                {!n.read && (
                  <button type="button" class="button secondary" onClick={() => void mark({ ids: [n.id] })} data-testid="notification-mark">
                    {tr('notifications.markRead')}
                    <span class="visually-hidden"> ({tr(`notifications.item.${n.item.kind}`, { id: n.item.id })})</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {cursor && (
        <button type="button" class="button secondary" onClick={() => void load(cursor)} data-testid="notifications-more">
          {tr('notifications.more')}
        </button>
      )}
      <NotificationPrefs commune={c} onSignedOut={onSignedOut} />
    </section>
  );
}
