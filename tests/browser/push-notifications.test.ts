/**
 * Web Push in a real browser: choosing « push » in the preferences asks the permission and registers the staff app's
 * service worker (headless Chromium then refuses the subscription itself: there is no push service behind it, and the
 * form says so); a push message delivered to that worker through Chrome's DevTools protocol
 * (ServiceWorker.deliverPushMessage) is shown as a notification with the payload's title, body and link.
 */
import { describe, expect, it } from 'vitest';
import { pushFr } from '@tandem/shared/i18n/push/fr';
import { notifiedItemPath, type PushPayload } from '@tandem/shared/notifications/push';
import { DESK, WAIT, call, platform, signedIn, token } from './browser-session.js';
import { useBrowserSession } from './browser-session.js';
import { workerTarget } from './support/push-delivery.js';

useBrowserSession();
const WORKER = 'ouvrier@soignies.example';
const SCOPE = '/soignies/agents/';

describe('staff Web Push', () => {
  it('the preferences register the service worker; a push delivered to it shows the notification with its link', async () => {
    const page = await signedIn(WORKER, '/soignies/agents/notifications/', DESK);
    const origin = new URL(platform.url).origin;
    await page.context().grantPermissions(['notifications'], { origin });

    await page.getByTestId('notification-prefs').waitFor(WAIT);
    await page.getByTestId('notification-delivery-push').check();
    await page.getByTestId('notification-prefs-save').click();
    // Headless Chromium has no push service: the subscription fails and the form says so (a real browser subscribes).
    await page.locator('[data-testid="push-problem"], .notification-prefs .notice.ok').first().waitFor(WAIT);
    const delivery = (
      await call<{ delivery: string }>('GET', '/api/soignies/staff/notifications/preferences', undefined, await token(WORKER))
    ).delivery;
    if (await page.getByTestId('push-problem').count()) {
      // Not subscribed: the form says why, and the choice is not saved (nothing could be pushed).
      expect(await page.getByTestId('push-problem').textContent()).toBe(pushFr['push.prefs.failed']);
      expect(delivery).not.toBe('push');
    } else expect(delivery).toBe('push');
    // The worker is registered when the form answers; it may still be installing or activating on a loaded machine,
    // and a push delivered before it is activated can be lost: wait for « activated ».
    const worker = () =>
      page.evaluate(async (scope) => {
        const reg = await navigator.serviceWorker.getRegistration(scope);
        return reg?.active?.state === 'activated' ? { script: reg.active.scriptURL, scope: reg.scope } : undefined;
      }, SCOPE);
    await expect.poll(worker, WAIT).toEqual({ script: `${origin}/staff-push-sw.js`, scope: `${origin}${SCOPE}` });

    // The worker, through the DevTools protocol: a push delivered to it is shown.
    const staffWorker = await workerTarget(page, SCOPE);
    const payload: PushPayload = {
      v: 1,
      kind: 'mention',
      item: { kind: 'task', id: 'ABCD-1234' },
      link: notifiedItemPath('soignies', { kind: 'task', id: 'ABCD-1234' }),
      title: pushFr['push.title.mention'],
      body: pushFr['push.body.task'],
    };
    await staffWorker.deliver(payload);

    const shown = async () =>
      page.evaluate(async (scope) => {
        const reg = await navigator.serviceWorker.getRegistration(scope);
        return (await reg!.getNotifications()).map((n) => ({ title: n.title, body: n.body, data: n.data, tag: n.tag }));
      }, SCOPE);
    expect(await shown()).toEqual([
      {
        title: 'Vous êtes mentionné dans Tandem',
        body: 'Une tâche vous attend. Ouvrez-la pour en savoir plus.',
        data: { link: '/soignies/agents/taches/ABCD-1234/' },
        tag: 'mention:task:ABCD-1234',
      },
    ]);

    // A payload pointing elsewhere is shown with a link on this origin only.
    await staffWorker.deliver({ ...payload, item: { kind: 'task', id: 'WXYZ-9876' }, link: '//evil.example/x' });
    expect((await shown()).length).toBe(2);
    expect((await shown()).find((n) => n.tag === 'mention:task:WXYZ-9876')?.data).toEqual({ link: SCOPE });
    // A backslash after the slash leads elsewhere too, as browsers resolve it.
    await staffWorker.deliver({ ...payload, item: { kind: 'task', id: 'WXYZ-9877' }, link: '/\\evil.example/y' });
    expect((await shown()).length).toBe(3);
    expect((await shown()).find((n) => n.tag === 'mention:task:WXYZ-9877')?.data).toEqual({ link: SCOPE });
    await page.context().close();
  });
});
