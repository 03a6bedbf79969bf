/**
 * The push-service stand-in's contract: what the real `web-push` library sends decrypts to the payload and passes the
 * VAPID checks; what a real push service would refuse (another key's signature, an expired token, an altered body,
 * another audience) is refused; a gone endpoint answers 410 and the sender says `gone`.
 */
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushKeysFromSeed } from '../../../functions/src/notifications/push-keys.js';
import { webPushSender } from '../../../functions/src/notifications/push-sender.js';
import { startPushService, type PushServiceStandIn } from './push-service.js';

const keys = pushKeysFromSeed('contract-'.repeat(8));
const vapidDetails = { subject: 'mailto:no-reply@tandem.localhost', publicKey: keys.publicKey, privateKey: keys.privateKey };

async function post(details: ReturnType<typeof webpush.generateRequestDetails>, body = details.body) {
  return fetch(details.endpoint, {
    method: 'POST',
    headers: details.headers as Record<string, string>,
    body: body ? new Uint8Array(body) : null,
  });
}

describe('the push-service stand-in', () => {
  let service: PushServiceStandIn;
  beforeAll(async () => {
    service = await startPushService();
  });
  afterAll(() => service.close());

  it('decrypts what web-push sends (aes128gcm) and checks its VAPID token', async () => {
    const sub = service.subscribe({ applicationServerKey: keys.publicKey });
    const payload = JSON.stringify({ hello: 'Tandem', accents: 'é’«»', long: 'x'.repeat(2000) });
    expect(await webPushSender.send(sub, payload, keys)).toBe('sent');
    const got = service.received.find((r) => r.endpoint === sub.endpoint)!;
    expect(got.payload).toBe(payload);
    expect(got.status).toBe(201);
    expect(got.vapid.k).toBe(keys.publicKey);
    expect(got.vapid.aud).toBe(service.origin);
    expect(got.vapid.sub).toMatch(/^mailto:/);
    expect(got.ttl).toBeGreaterThan(0);
  });

  it('decrypts with keys web-push made itself (independent of our seed derivation)', async () => {
    const own = webpush.generateVAPIDKeys();
    const sub = service.subscribe();
    const details = webpush.generateRequestDetails(sub, 'à vous', {
      vapidDetails: { ...vapidDetails, publicKey: own.publicKey, privateKey: own.privateKey },
      contentEncoding: 'aes128gcm',
    });
    expect((await post(details)).status).toBe(201);
    expect(service.received.find((r) => r.endpoint === sub.endpoint)?.payload).toBe('à vous');
  });

  it('refuses a token signed by another key than k, for another audience, or expired; and an altered body', async () => {
    const sub = service.subscribe();
    const other = webpush.generateVAPIDKeys();
    const good = webpush.generateRequestDetails(sub, 'x', { vapidDetails, contentEncoding: 'aes128gcm' });
    const signedByOther = webpush.generateRequestDetails(sub, 'x', {
      vapidDetails: { ...vapidDetails, privateKey: other.privateKey },
      contentEncoding: 'aes128gcm',
    });
    expect((await post(signedByOther)).status).toBe(403);
    const elsewhere = webpush.getVapidHeaders(
      'https://push.example.org',
      vapidDetails.subject,
      keys.publicKey,
      keys.privateKey,
      'aes128gcm',
    );
    expect((await post({ ...good, headers: { ...good.headers, Authorization: elsewhere.Authorization } })).status).toBe(403);
    const expired = webpush.getVapidHeaders(service.origin, vapidDetails.subject, keys.publicKey, keys.privateKey, 'aes128gcm', 1_000_000);
    expect((await post({ ...good, headers: { ...good.headers, Authorization: expired.Authorization } })).status).toBe(403);
    const altered = Buffer.from(good.body!);
    altered[altered.length - 1] ^= 1;
    expect((await post(good, altered)).status).toBe(400);
    expect(service.refused.filter((r) => r.endpoint === sub.endpoint).map((r) => r.reason)).toEqual([
      'the JWT is not signed by k',
      expect.stringMatching(/^aud https:\/\/push.example.org is not/),
      'the JWT has expired',
      'the body does not decrypt (wrong keys, or altered)',
    ]);
    expect(service.received.some((r) => r.endpoint === sub.endpoint)).toBe(false);
  });

  it('refuses a key other than the applicationServerKey the browser subscribed with', async () => {
    const sub = service.subscribe({ applicationServerKey: webpush.generateVAPIDKeys().publicKey });
    await expect(webPushSender.send(sub, 'x', keys)).rejects.toThrow(/403/);
  });

  it('answers 410 for a gone endpoint, which the sender reports', async () => {
    const sub = service.subscribe();
    service.gone(sub.endpoint);
    expect(await webPushSender.send(sub, 'x', keys)).toBe('gone');
  });
});
