/**
 * What a push says (shared/src/notifications/push.ts PushPayload): the notification's kind, the item's kind and id, the
 * item's page, and generic French words (the administration's language, as the digest): never a title, a comment or a
 * name someone typed. The lock screen may show it to anyone near the phone.
 */
import type { NewNotification } from '@tandem/shared';
import { notifiedItemPath, type PushPayload } from '@tandem/shared/notifications/push';
import { pushFr, type PushKey } from '@tandem/shared/i18n/push/fr';

export function pushPayload(n: Pick<NewNotification, 'commune' | 'kind' | 'item'>): PushPayload {
  const title = (pushFr as Record<string, string>)[`push.title.${n.kind}`] ?? pushFr['push.title.mention'];
  return {
    v: 1,
    kind: n.kind,
    item: { kind: n.item.kind, id: n.item.id },
    link: notifiedItemPath(n.commune, n.item),
    title,
    body: pushFr[`push.body.${n.item.kind}` as PushKey],
  };
}
