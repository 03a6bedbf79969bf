/**
 * A citizen reminded by e-mail the evening before their zone's collections (docs/collections.md): one item per address
 * in the zone's reminder partition (`C#c#COLLECT#REMIND#<zone>` / `SUB#<address hash>`), so that a second sign-up
 * with the same address changes nothing and the evening's run reads a zone's addresses with one Query. Mails pass the
 * mail-confirmation gate (docs/mail-confirmation.md, request kind `collections`, code = the zone's id). The sent
 * markers of the evening mails are in the same partition. The unsubscribe link carries the item's secret.
 */
import type { Locale } from '../commune-config.js';
import { communePrefix } from './key-parts.js';

export const COLLECTION_REMINDER_PREFIX = 'SUB#';
/** When the evening mails leave, Brussels wall time: the first hourly run at or after it sends them (docs/collections.md). */
export const COLLECTION_REMINDER_TIME = '18:00';

export const collectionReminderKeys = {
  zonePk: (commune: string, zone: string) => `${communePrefix(commune)}COLLECT#REMIND#${zone}`,
  reminder: (commune: string, zone: string, addressHash: string) => ({
    pk: collectionReminderKeys.zonePk(commune, zone),
    sk: `${COLLECTION_REMINDER_PREFIX}${addressHash}`,
  }),
};

export interface CollectionReminderItem {
  pk: string;
  sk: string;
  type: 'collection-reminder';
  commune: string;
  zone: string;
  /** As typed (personal data); the address's SHA-256 (normalised) names the item. */
  email: string;
  addressHash: string;
  locale: Locale;
  /** The unsubscribe link's secret (32 random bytes, base64url), as works watchers keep theirs. */
  unsubscribeSecret: string;
  createdAt: string;
}

export function collectionReminderItem(f: Omit<CollectionReminderItem, 'pk' | 'sk' | 'type'>): CollectionReminderItem {
  return { ...collectionReminderKeys.reminder(f.commune, f.zone, f.addressHash), type: 'collection-reminder', ...f };
}
