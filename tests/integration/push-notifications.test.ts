/**
 * Web Push end to end on the running platform, with the push-service stand-in on loopback as the only stand-in for
 * the outside world (infra/local/services/push-service.ts checks the VAPID token and decrypts the aes128gcm body with
 * the browser's keys): a person who chose push and registered a browser is pushed a mention, encrypted for that
 * browser, signed with the platform's key, carrying no personal data; a colleague who did not choose push is not
 * pushed; a push service's 410 removes the subscription; registering is idempotent, unregistering removes it; the
 * keys are read only by the functions that declare it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushPayload, pushSubscriptionKeys, type PushSubscriptionItem } from '@tandem/shared/notifications/push';
import { pushFr } from '@tandem/shared/i18n/push/fr';
import { as, newTask, subOf } from './task-fixtures.js';
import { eventually } from '../support/local-env.js';
import { partitionItems } from '../../functions/src/work/work-store.js';
import { startPushService, type PushServiceStandIn } from '../../infra/local/services/push-service.js';
import { runAsFunction } from '../../infra/local/iam/function-identity.js';
import { pushKeys } from '../../functions/src/notifications/push-keys.js';

const streamsOn = process.env.TANDEM_IT_STREAMS !== 'off';
const subscriptionsOf = async (sub: string) => partitionItems<PushSubscriptionItem>(pushSubscriptionKeys.pk('soignies', sub), 'PUSH#');

describe('Web Push', () => {
  let service: PushServiceStandIn;
  let publicKey: string;
  let before: string;

  beforeAll(async () => {
    service = await startPushService();
    before = (await as('events', 'GET', 'notifications/preferences')).body.delivery;
    const key = await as('events', 'GET', 'notifications/push');
    expect(key.status, JSON.stringify(key.body)).toBe(200);
    publicKey = key.body.publicKey;
  });
  afterAll(async () => {
    await as('events', 'PUT', 'notifications/preferences', { delivery: before });
    await service.close();
  });

  it('serves the platform’s VAPID public key: an uncompressed P-256 point, the same every time', async () => {
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(publicKey, 'base64url')[0]).toBe(4);
    expect((await as('worker', 'GET', 'notifications/push')).body.publicKey).toBe(publicKey);
  });

  it('registers a browser once however often it registers, and unregisters it', async () => {
    const browser = service.subscribe({ applicationServerKey: publicKey });
    const events = await subOf('events');
    for (let i = 0; i < 2; i++) {
      const r = await as('events', 'PUT', 'notifications/push', { ...browser, expirationTime: null });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.subscribed).toBe(true);
    }
    expect((await subscriptionsOf(events)).filter((s) => s.endpoint === browser.endpoint)).toHaveLength(1);
    const removed = await as('events', 'DELETE', `notifications/push?endpoint=${encodeURIComponent(browser.endpoint)}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ subscribed: false });
    expect((await subscriptionsOf(events)).some((s) => s.endpoint === browser.endpoint)).toBe(false);
  });

  it('refuses an endpoint that is not https (http only on loopback), or keys of the wrong size: a 422 naming the field', async () => {
    const browser = service.subscribe();
    const http = await as('events', 'PUT', 'notifications/push', { ...browser, endpoint: 'http://push.example.org/x' });
    expect(http.status).toBe(422);
    expect(JSON.stringify(http.body)).toContain('endpoint');
    const keys = await as('events', 'PUT', 'notifications/push', { ...browser, keys: { ...browser.keys, auth: 'AAAA' } });
    expect(keys.status).toBe(422);
    expect(JSON.stringify(keys.body)).toContain('keys.auth');
  });

  it('lets only the functions that declare pushKeys read the keys (as IAM does in the cloud)', async () => {
    await expect(runAsFunction('notifications/notify-staff', () => pushKeys())).resolves.toMatchObject({ publicKey });
    await expect(runAsFunction('work/read-work', () => pushKeys())).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });
});

describe.runIf(streamsOn)('Web Push on a mention', () => {
  let service: PushServiceStandIn;
  let publicKey: string;
  let before: string;
  let browser: ReturnType<PushServiceStandIn['subscribe']>;
  let dead: ReturnType<PushServiceStandIn['subscribe']>;
  let bystander: ReturnType<PushServiceStandIn['subscribe']>;
  let taskId: string;

  beforeAll(async () => {
    service = await startPushService();
    before = (await as('events', 'GET', 'notifications/preferences')).body.delivery;
    publicKey = (await as('events', 'GET', 'notifications/push')).body.publicKey;
    expect((await as('events', 'PUT', 'notifications/preferences', { delivery: 'push' })).status).toBe(200);
    browser = service.subscribe({ applicationServerKey: publicKey });
    dead = service.subscribe({ applicationServerKey: publicKey });
    service.gone(dead.endpoint);
    for (const b of [browser, dead]) expect((await as('events', 'PUT', 'notifications/push', b)).status).toBe(200);
    // The worker registers a browser but keeps another delivery: no push for them.
    bystander = service.subscribe({ applicationServerKey: publicKey });
    expect((await as('worker', 'PUT', 'notifications/push', bystander)).status).toBe(200);
    expect((await as('worker', 'GET', 'notifications/preferences')).body.delivery).not.toBe('push');

    taskId = (await newTask('agent', { title: 'Dossier confidentiel Dupont' })).body.id;
    const r = await as('agent', 'POST', `tasks/${taskId}/comments`, {
      text: 'Appelle Mme Dupont au 0470 12 34 56',
      mentions: [await subOf('events'), await subOf('worker')],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });
  afterAll(async () => {
    await as('worker', 'DELETE', `notifications/push?endpoint=${encodeURIComponent(bystander.endpoint)}`);
    await as('events', 'DELETE', `notifications/push?endpoint=${encodeURIComponent(browser.endpoint)}`);
    await as('events', 'PUT', 'notifications/preferences', { delivery: before });
    await service.close();
  });

  it('pushes an encrypted, VAPID-signed message whose payload carries no personal data', async () => {
    const got = await eventually(() => service.received.find((r) => r.endpoint === browser.endpoint), 20_000, 'the push');
    expect(got.status).toBe(201);
    expect(got.vapid.k).toBe(publicKey);
    expect(got.vapid.aud).toBe(service.origin);
    const payload = PushPayload.parse(JSON.parse(got.payload));
    expect(payload).toEqual({
      v: 1,
      kind: 'mention',
      item: { kind: 'task', id: taskId },
      link: `/soignies/agents/taches/${taskId}/`,
      title: pushFr['push.title.mention'],
      body: pushFr['push.body.task'],
    });
    for (const personal of ['Dupont', 'confidentiel', '0470', 'Agent démo', await subOf('agent'), await subOf('events')])
      expect(got.payload).not.toContain(personal);
    expect(service.refused.filter((r) => r.endpoint === browser.endpoint)).toEqual([]);
  });

  it('removes the subscription a push service answers 410 for, and keeps the live one', async () => {
    const events = await subOf('events');
    await eventually(
      async () => ((await subscriptionsOf(events)).some((s) => s.endpoint === dead.endpoint) ? undefined : true),
      20_000,
      'the gone subscription removed',
    );
    expect(service.received.find((r) => r.endpoint === dead.endpoint)?.status).toBe(410);
    expect((await subscriptionsOf(events)).some((s) => s.endpoint === browser.endpoint)).toBe(true);
  });

  it('pushes nothing to a colleague who did not choose push', async () => {
    // The worker's mention is made in the same run as the push above (one event, one notifier call).
    await eventually(() => service.received.find((r) => r.endpoint === browser.endpoint), 20_000, 'the push');
    expect(service.received.filter((r) => r.endpoint === bystander.endpoint)).toEqual([]);
  });
});
