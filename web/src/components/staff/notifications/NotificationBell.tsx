/**
 * The bell in the staff frame: a link to the notification centre whose accessible name says how many are unread
 * (« Notifications, 3 non lues »), with the count as a badge. The count is read again on every screen change and
 * on any live change that concerns the signed-in person (`user:<sub>`: once for a burst, re-read briefly while the
 * notification is on its way, refreshUnreadAfterChange).
 */
import { useEffect } from 'preact/hooks';
import '../../../lib/messages/notifications';
import { linkClick, currentPath } from '../router';
import { badgeText, bellLabel, refreshUnread, refreshUnreadAfterChange, unreadCount } from './notification-state';
import './notifications.css';
import { useLiveRefresh } from '../live/use-live';
import { ownSub } from '../live/own-sub';

export default function NotificationBell({ commune }: { commune: string }) {
  const href = `/${commune}/agents/notifications/`;
  const path = currentPath.value.split('?')[0];
  useEffect(() => {
    void refreshUnread(commune);
  }, [commune, path]);
  useEffect(() => {
    const again = () => void refreshUnread(commune);
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, [commune]);
  const sub = ownSub();
  useLiveRefresh(commune, sub ? [`user:${sub}`] : [], () => void refreshUnreadAfterChange(commune), 300);
  const u = unreadCount.value;
  return (
    <a
      class="notification-bell"
      href={href}
      onClick={linkClick}
      aria-label={bellLabel(u)}
      aria-current={path === href ? 'page' : undefined}
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {u && u.unread > 0 && (
        <span class="notification-badge" aria-hidden="true" data-testid="notification-badge">
          {badgeText(u)}
        </span>
      )}
    </a>
  );
}
