/**
 * Web Push for staff who chose « push » (docs/notifications.md, "Web Push"): the subscription a browser gives
 * (`PushSubscription.toJSON()`), where it is kept, and what a push carries. Defined once: the API's schemas, the
 * store, the sender and the staff app's service worker all read these.
 *
 * A push carries no personal data: the notification's kind, the item's kind and id, the path of the item's page and
 * generic French words from i18n (push/fr.ts). Never a title, a comment or a name someone typed: the push service
 * (Google's, Mozilla's, Apple's) sees the payload only encrypted, but the lock screen shows it to anyone near.
 */
import * as z from 'zod';
import { communePrefix } from '../entities/key-parts.js';
import { NOTIFICATION_KINDS, NOTIFIED_ITEM_KINDS, type NotificationKind, type NotifiedItemKind } from './notification-kinds.js';

/**
 * Kinds that are pushed (issue 11: « on assignment and on mention »; issue 12: an urgent task, for the field workers'
 * phones); the others wait in the centre and the digest.
 */
export const PUSHED_KINDS = ['mention', 'assignment', 'urgent'] as const satisfies readonly NotificationKind[];
export const isPushed = (k: NotificationKind): boolean => (PUSHED_KINDS as readonly string[]).includes(k);

/**
 * A subscription is kept this long after the browser last registered it (the staff app registers again on every
 * start while « push » is chosen): a browser that is never opened again stops being pushed to, and the table's TTL
 * removes it. A push service's 404/410 removes it at once.
 */
export const PUSH_SUBSCRIPTION_TTL_DAYS = 60;
/** How long the push service keeps a message for an offline browser (the `TTL` header, seconds). */
export const PUSH_MESSAGE_TTL_SECONDS = 24 * 3600;
/** At most this many browsers per person (a phone, a desk, a laptop…): the oldest is dropped past it. */
export const PUSH_SUBSCRIPTIONS_MAX = 10;

export const PUSH_SUBSCRIPTION_PREFIX = 'PUSH#';
/** In the person's notification partition (`C#c#NOTIF#<sub>`, entities/notification.ts): `PUSH#<hash of the endpoint>`. */
export const pushSubscriptionKeys = {
  pk: (commune: string, sub: string) => `${communePrefix(commune)}NOTIF#${sub}`,
  subscription: (commune: string, sub: string, endpointHash: string) => ({
    pk: pushSubscriptionKeys.pk(commune, sub),
    sk: `${PUSH_SUBSCRIPTION_PREFIX}${endpointHash}`,
  }),
};

export interface PushSubscriptionItem {
  pk: string;
  sk: string;
  type: 'push-subscription';
  commune: string;
  sub: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
  /** When the browser last registered it. */
  at: string;
  /** Seconds since the epoch (the table's TTL). */
  expiresAt: number;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * A push service's endpoint: https; http only on loopback, and only where the runtime allows it (the one-machine
 * runtime's push-service stand-in, infra/local/services/push-service.ts). Never credentials in it.
 */
export function pushEndpoint(allowLoopbackHttp: boolean) {
  return z
    .string()
    .max(1024)
    .url()
    .refine(
      (s) => {
        const u = new URL(s);
        if (u.username || u.password) return false;
        if (u.protocol === 'https:') return true;
        return allowLoopbackHttp && u.protocol === 'http:' && LOOPBACK_HOSTS.has(u.hostname);
      },
      { message: 'an https URL of a push service' },
    )
    .describe('The push service URL the browser gave (https).');
}

/** base64url of exactly `bytes` bytes (no padding), as PushSubscription.toJSON() writes the keys. */
const base64urlOf = (bytes: number, what: string) =>
  z
    .string()
    .length(Math.ceil((bytes * 4) / 3))
    .regex(BASE64URL, `${what}: base64url`)
    .describe(`${what} (base64url, ${bytes} bytes)`);

export function pushSubscriptionInput(allowLoopbackHttp: boolean) {
  return z
    .object({
      endpoint: pushEndpoint(allowLoopbackHttp),
      /** What the browser sends with it; the push service's own expiry, not used (the TTL is ours). */
      expirationTime: z.number().nullable().optional(),
      keys: z
        .object({
          p256dh: base64urlOf(65, 'the browser’s P-256 public key').refine((s) => s.startsWith('B'), {
            message: 'an uncompressed P-256 point',
          }),
          auth: base64urlOf(16, 'the authentication secret'),
        })
        .strict(),
    })
    .strict();
}
/** As the cloud accepts it (https only): what the OpenAPI document describes. */
export const PushSubscriptionInput = pushSubscriptionInput(false);
export type PushSubscriptionInput = z.infer<typeof PushSubscriptionInput>;

export function pushUnsubscribeQuery(allowLoopbackHttp: boolean) {
  return z.object({ endpoint: pushEndpoint(allowLoopbackHttp) });
}
export const PushUnsubscribeQuery = pushUnsubscribeQuery(false);

export const PushKeyView = z.object({
  publicKey: z
    .string()
    .regex(BASE64URL)
    .describe('The VAPID public key (base64url, uncompressed P-256 point): `applicationServerKey` of pushManager.subscribe().'),
});
export type PushKeyView = z.infer<typeof PushKeyView>;

export const PushSubscriptionView = z.object({
  subscribed: z.boolean(),
  expiresAt: z.string().optional().describe('Until when it is kept unless the browser registers it again.'),
});
export type PushSubscriptionView = z.infer<typeof PushSubscriptionView>;

/** What a push carries (the service worker's `push` handler reads it). Ids, kinds and generic words only. */
export const PushPayload = z
  .object({
    v: z.literal(1),
    kind: z.enum(NOTIFICATION_KINDS),
    item: z.object({ kind: z.enum(NOTIFIED_ITEM_KINDS), id: z.string() }),
    /** The item's page in the staff app, a path on the site's own origin. */
    link: z.string().startsWith('/'),
    title: z.string(),
    body: z.string(),
  })
  .strict();
export type PushPayload = z.infer<typeof PushPayload>;

const ITEM_PATHS: Record<NotifiedItemKind, string> = {
  task: 'taches',
  project: 'projets',
  report: 'signalements',
  permit: 'autorisations',
};

/** The item's page in the staff app (as the notification centre links it). */
export function notifiedItemPath(commune: string, item: { kind: NotifiedItemKind; id: string }): string {
  return `/${commune}/agents/${ITEM_PATHS[item.kind]}/${encodeURIComponent(item.id)}/`;
}
