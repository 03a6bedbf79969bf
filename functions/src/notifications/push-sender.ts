/**
 * The push service boundary (the only thing tests replace, as the mail adapter's outbox does for SES): one encrypted,
 * VAPID-signed request to a subscription's endpoint. The `web-push` package builds the request (RFC 8291 aes128gcm
 * encryption of the payload, RFC 8292 VAPID `Authorization: vapid t=<JWT>, k=<public key>`); it is sent with fetch, so
 * the same code reaches an https push service in the cloud and the loopback stand-in on one machine
 * (infra/local/services/push-service.ts; web-push's own sender speaks https only).
 */
import webpush from 'web-push';
import { bareAddress } from '@tandem/shared';
import { PUSH_MESSAGE_TTL_SECONDS } from '@tandem/shared/notifications/push';
import { env } from '../lib/aws.js';
import type { PushKeys } from './push-keys.js';

export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** `sent`: the push service took it; `gone`: it answered 404/410 (the subscription is dead: remove it). */
export type PushOutcome = 'sent' | 'gone';

export interface PushSender {
  send(target: PushTarget, payload: string, keys: PushKeys): Promise<PushOutcome>;
}

/** A push service that took too long: the notification stays in the centre (and the digest) anyway. */
const PUSH_TIMEOUT_MS = 5_000;

export const webPushSender: PushSender = {
  async send(target, payload, keys) {
    const details = webpush.generateRequestDetails(target, payload, {
      vapidDetails: { subject: `mailto:${bareAddress(env().mailFrom)}`, publicKey: keys.publicKey, privateKey: keys.privateKey },
      contentEncoding: 'aes128gcm',
      TTL: PUSH_MESSAGE_TTL_SECONDS,
      urgency: 'normal',
    });
    const res = await fetch(details.endpoint, {
      method: details.method,
      headers: details.headers as Record<string, string>,
      body: details.body ? new Uint8Array(details.body) : null,
      redirect: 'error',
      signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (res.status === 404 || res.status === 410) return 'gone';
    if (!res.ok) throw new Error(`the push service answered ${res.status}`);
    return 'sent';
  },
};

let installed: PushSender | undefined;
/** Tests may put a sender of their own (none of the shipped tests do: they use the loopback stand-in). */
export function installPushSender(sender: PushSender | undefined): void {
  installed = sender;
}
export const pushSender = (): PushSender => installed ?? webPushSender;
