/**
 * The Web Push routes of the notification centre (served by notifications.ts, after the caller and their right are
 * checked): the VAPID public key; a browser's subscription registered (again: the same key, renewed) or removed. Every
 * subscription is the caller's own (their token's sub): no route names a person. Endpoints are https; on one machine
 * also http on loopback (the push-service stand-in), never in the cloud.
 */
import { pushSubscriptionInput, pushUnsubscribeQuery, type PushSubscriptionView } from '@tandem/shared/notifications/push';
import { HttpError, json, parseBody, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { pushConfigured, pushKeys } from './push-keys.js';
import { deletePushSubscription, putPushSubscription } from './push-store.js';

const unavailable = () => new HttpError(503, 'Web Push is not configured on this platform');

export async function pushKeyAnswer(): Promise<ApiResult> {
  if (!pushConfigured()) throw unavailable();
  return json(200, { publicKey: (await pushKeys()).publicKey });
}

export async function registerPush(event: ApiEvent, commune: string, sub: string): Promise<ApiResult> {
  const input = parseBody(event, pushSubscriptionInput(env().pushLoopback));
  const expiresAt = await putPushSubscription(commune, sub, input, clock.iso());
  const body: PushSubscriptionView = { subscribed: true, expiresAt };
  return json(200, body);
}

export async function unregisterPush(event: ApiEvent, commune: string, sub: string): Promise<ApiResult> {
  const { endpoint } = parseQuery(event, pushUnsubscribeQuery(env().pushLoopback));
  await deletePushSubscription(commune, sub, endpoint);
  const body: PushSubscriptionView = { subscribed: false };
  return json(200, body);
}
