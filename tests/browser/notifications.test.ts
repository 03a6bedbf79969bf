/**
 * The notification centre in a real browser, against the whole local platform (stream → bus → notifier): after a
 * colleague mentions me on a task, the bell says « Notifications, 1 non lue »; the centre lists it, following its link
 * opens the task and marks it read (the bell says so); the preferences form saves my choice; axe finds nothing.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DESK, WAIT, call, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();
const AGENT = 'agent@soignies.example';
const WORKER = 'ouvrier@soignies.example';

describe('staff notification centre', () => {
  it('a mention raises the bell; the centre links to the task and marks it read; preferences saved; axe clean', async () => {
    const agent = await token(AGENT);
    const worker = await token(WORKER);
    const people = await call<{ items: { id: string; name: string }[] }>('GET', '/api/soignies/staff/people', undefined, agent);
    const workerSub = people.items.find((p) => p.name === 'Ouvrier démo')!.id;
    const task = await call<{ id: string }>(
      'POST',
      '/api/soignies/staff/tasks',
      { title: `Vérifier l’éclairage du parc (${Date.now()})`, department: 'travaux' },
      { ...agent, 'idempotency-key': randomUUID() },
    );
    await call(
      'POST',
      `/api/soignies/staff/tasks/${task.id}/comments`,
      { text: 'Peux-tu passer demain ?', mentions: [workerSub] },
      { ...agent, 'idempotency-key': randomUUID() },
    );
    // The event travels through the stream and the bus: wait until the API counts it, then open the app.
    await expect
      .poll(async () => (await call<{ unread: number }>('GET', '/api/soignies/staff/notifications/unread', undefined, worker)).unread, WAIT)
      .toBe(1);

    const page = await signedIn(WORKER, '/soignies/agents/', DESK);
    const bell = page.getByRole('link', { name: 'Notifications, 1 non lue' });
    await bell.waitFor(WAIT);
    expect(await page.getByTestId('notification-badge').textContent()).toBe('1');
    expect(await violations(page, '.staff-bar')).toEqual([]);

    await bell.click();
    await page.getByTestId('notifications-screen').waitFor(WAIT);
    const item = page.getByTestId('notification');
    await item.first().waitFor(WAIT);
    expect(await item.count()).toBe(1);
    expect(await item.first().textContent()).toContain(`Vous êtes mentionné : Tâche ${task.id}`);
    expect(await item.first().textContent()).toContain('par Agent démo');
    expect(await bell.getAttribute('aria-current')).toBe('page');
    expect(await violations(page)).toEqual([]);

    // Following the link opens the task and marks the notification read: the bell has nothing left to say.
    await page.getByTestId('notification-link').click();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe(`/soignies/agents/taches/${task.id}/`);
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor(WAIT);
    expect(await page.getByTestId('notification-badge').count()).toBe(0);
    const list = await call<{ items: { read: boolean }[] }>('GET', '/api/soignies/staff/notifications', undefined, worker);
    expect(list.items.map((n) => n.read)).toEqual([true]);

    // The preferences: the daily digest until I choose; then « in the app only », kept.
    await page.getByRole('link', { name: 'Notifications', exact: true }).click();
    await page.getByTestId('notification-prefs').waitFor(WAIT);
    expect(await page.getByTestId('notification-delivery-digest').isChecked()).toBe(true);
    await page.getByLabel('Nulle part ailleurs : dans l’application seulement').check();
    await page.getByTestId('notification-prefs-save').click();
    await page.getByText('Votre choix est enregistré.').waitFor(WAIT);
    expect(await call('GET', '/api/soignies/staff/notifications/preferences', undefined, worker)).toEqual({
      delivery: 'app',
      chosen: true,
    });
    expect(await page.getByTestId('notification').first().textContent()).not.toContain('Non lue');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
