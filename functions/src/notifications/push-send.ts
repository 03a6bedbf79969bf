/**
 * Web Push of new notifications (docs/notifications.md, "Web Push"): for each notification just made (never one a
 * replayed event put again) of a pushed kind (mention, assignment), to a person whose delivery is `push`, one push to
 * each of their browsers. The payload has no personal data (push-payload.ts). A push service's 404/410 removes the
 * subscription; any other failure is logged and skipped: the notification is in the centre anyway.
 */
import type { NewNotification } from '@tandem/shared';
import { isPushed } from '@tandem/shared/notifications/push';
import { logger } from '../lib/observability.js';
import { getDelivery } from './notification-store.js';
import { pushConfigured, pushKeys } from './push-keys.js';
import { pushPayload } from './push-payload.js';
import { pushSender } from './push-sender.js';
import { deletePushSubscription, listPushSubscriptions } from './push-store.js';

export interface PushResult {
  pushed: number;
  gone: number;
  failed: number;
}

export async function pushNotifications(made: readonly NewNotification[]): Promise<PushResult> {
  const result: PushResult = { pushed: 0, gone: 0, failed: 0 };
  const candidates = made.filter((n) => isPushed(n.kind));
  if (!candidates.length || !pushConfigured()) return result;
  const delivery = new Map<string, string>();
  for (const n of candidates) {
    const who = `${n.commune}#${n.sub}`;
    if (!delivery.has(who)) delivery.set(who, (await getDelivery(n.commune, n.sub)).delivery);
    if (delivery.get(who) !== 'push') continue;
    const subscriptions = await listPushSubscriptions(n.commune, n.sub);
    if (!subscriptions.length) continue;
    const keys = await pushKeys();
    const payload = JSON.stringify(pushPayload(n));
    for (const s of subscriptions) {
      try {
        const outcome = await pushSender().send(s, payload, keys);
        if (outcome === 'gone') {
          await deletePushSubscription(n.commune, n.sub, s.endpoint);
          result.gone++;
        } else result.pushed++;
      } catch (e) {
        result.failed++;
        logger().warn({ message: 'push failed', origin: new URL(s.endpoint).origin, error: (e as Error).message });
      }
    }
  }
  return result;
}
