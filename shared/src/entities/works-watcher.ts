/**
 * A citizen following a published works site by e-mail: one item per address in the project's partition
 * (`C#c#PROJECT#<id>` / `PUBWATCHER#<address hash>`), so that a second sign-up with the same address changes nothing
 * and the notifier reads a site's watchers with one Query. Mails to the address pass the mail-confirmation gate
 * (docs/mail-confirmation.md, request kind `works`): nothing but the fixed-text confirmation goes out before its owner
 * confirms. The unsubscribe link carries the item's secret.
 */
import type { Locale } from '../commune-config.js';
import { projectKeys } from './project.js';

export const WORKS_WATCHER_PREFIX = 'PUBWATCHER#';

export const worksWatcherKeys = {
  watcher: (commune: string, projectId: string, addressHash: string) => ({
    pk: projectKeys.projectPk(commune, projectId),
    sk: `${WORKS_WATCHER_PREFIX}${addressHash}`,
  }),
};

export interface WorksWatcherItem {
  pk: string;
  sk: string;
  type: 'works-watcher';
  commune: string;
  projectId: string;
  /** As typed (personal data); the address's SHA-256 (normalised) names the item. */
  email: string;
  addressHash: string;
  locale: Locale;
  /**
   * The unsubscribe link's secret (32 random bytes, base64url). Kept as it is, not hashed: every mail to the watcher
   * carries the link, and it only ever unsubscribes this address from this site.
   */
  unsubscribeSecret: string;
  createdAt: string;
}

export function worksWatcherItem(f: Omit<WorksWatcherItem, 'pk' | 'sk' | 'type'>): WorksWatcherItem {
  return { ...worksWatcherKeys.watcher(f.commune, f.projectId, f.addressHash), type: 'works-watcher', ...f };
}
