/**
 * The unread count the bell shows, shared with the notification centre (marking read there updates the bell at
 * once), and what both say of a notification: where it links and the bell's accessible name. Read again on every
 * screen change, when the window comes back into focus, and on a live change for this person (`user:<sub>`).
 */
import { signal } from '@preact/signals';
import type { NotificationView, UnreadCount } from '@tandem/shared/notifications/notification-api';
import { tr } from '../../../lib/locale';
import { staffFetch } from '../session';

export const unreadCount = signal<UnreadCount | undefined>(undefined);

export async function refreshUnread(commune: string): Promise<void> {
  try {
    unreadCount.value = await staffFetch<UnreadCount>(commune, 'staff/notifications/unread');
  } catch {
    // The bell stays as it was: a failed count is no reason to interrupt the screen.
  }
}

/** Pauses between the reads that follow a live change: the count first, then again if it has not moved yet. */
const AFTER_CHANGE_MS = [0, 1_000, 3_000];

/**
 * After a live change that concerns the person: the notification is written beside the change (another target of
 * the same bus event, notifications/notify-staff), so the socket's message may come first. The count is read, and
 * read again while it has not moved, three reads at most (not every change notifies: no polling beyond that).
 */
export async function refreshUnreadAfterChange(
  commune: string,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<void> {
  const before = unreadCount.value?.unread;
  for (const pause of AFTER_CHANGE_MS) {
    if (pause) await wait(pause);
    await refreshUnread(commune);
    if (unreadCount.value?.unread !== before) return;
  }
}

/** Marks some (`ids`) or all read; the answer carries the unread count now. */
export async function markRead(commune: string, body: { ids: string[] } | { all: true }): Promise<number> {
  const r = await staffFetch<{ marked: number } & UnreadCount>(commune, 'staff/notifications/read', {
    method: 'POST',
    body: JSON.stringify(body),
  });
  unreadCount.value = { unread: r.unread, capped: r.capped };
  return r.marked;
}

/** The staff app's page of the item a notification points at. */
export function itemHref(commune: string, item: NotificationView['item']): string {
  const base = `/${commune}/agents/`;
  const id = encodeURIComponent(item.id);
  switch (item.kind) {
    case 'task':
      return `${base}taches/${id}/`;
    case 'project':
      return `${base}projets/${id}/`;
    case 'report':
      return `${base}signalements/${id}/`;
    case 'permit':
      return `${base}autorisations/${id}/`;
  }
}

/** « Notifications, 3 non lues »: the bell's accessible name says the count. */
export function bellLabel(u: UnreadCount | undefined): string {
  if (!u || u.unread === 0) return tr('notifications.bell');
  if (u.capped) return tr('notifications.bell.capped', { n: u.unread - 1 });
  return u.unread === 1 ? tr('notifications.bell.one') : tr('notifications.bell.many', { n: u.unread });
}

/** What the bell's badge shows. */
export const badgeText = (u: UnreadCount) => (u.capped ? `${u.unread - 1}+` : String(u.unread));
