/**
 * Live updates in a real browser, against the whole local platform (stream → bus → fan-out → socket): an agent
 * watches the inbox while a colleague (another person, another browser context) changes a report through the UI; the
 * agent's row changes state without a reload and the list says « Liste mise à jour ». On the report page, the
 * colleague's next change raises the banner « Admin démo a modifié ce signalement. » (what the agent was
 * typing stays), « Recharger » shows the new state. Then the agent goes offline, the colleague changes the report
 * again, and back online the agent's app reconnects and catches up (`GET …/staff/changes`): the banner again, the
 * new state on reload. axe finds nothing in the banner.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESK, WAIT, call, newPage, signIn, token, useBrowserSession, violations } from './browser-session.js';
import { framesOf, subscribed } from './live-frames.js';

useBrowserSession();

const AGENT = 'agent@soignies.example';
const ADMIN = 'admin@soignies.example';

const report = (): Promise<{ code: string }> =>
  call('POST', '/api/soignies/reports', {
    category: 'voirie',
    location: { lat: 50.5794 + Math.random() * 0.001, lng: 4.0714 + Math.random() * 0.001 },
    description: 'Un nid-de-poule devant le n° 4',
    answers: { taille: 'moyen' },
  });

async function changeState(page: Page, to: string): Promise<void> {
  await page.getByLabel('Nouvel état').selectOption(to);
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect.poll(() => page.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe(to);
}

describe('live updates in the staff app', () => {
  it('a colleague’s change reaches the inbox and the report page without reload, also after going offline', async () => {
    const r = await report();
    const watcher = await newPage(DESK);
    const frames = framesOf(watcher);
    await signIn(watcher, AGENT);
    const row = watcher.locator(`tr[data-code="${r.code}"]`);
    await row.waitFor(WAIT);
    expect(await row.locator('[data-state]').getAttribute('data-state')).toBe('new');
    await expect.poll(() => subscribed(frames, 'reports'), WAIT).toBe(true);

    // The colleague, in another context, acknowledges the report through its page.
    const colleague = await newPage(DESK);
    await signIn(colleague, ADMIN, `/soignies/agents/signalements/${r.code}/`);
    await colleague.getByTestId('staff-report').waitFor(WAIT);
    await changeState(colleague, 'acknowledged');

    // The watcher's inbox row follows, and the list's status line says so (polite live region).
    await expect.poll(() => row.locator('[data-state]').getAttribute('data-state'), WAIT).toBe('acknowledged');
    await watcher.getByRole('status').filter({ hasText: 'Liste mise à jour' }).waitFor(WAIT);
    expect(new URL(watcher.url()).pathname).toBe('/soignies/agents/');

    // The watcher opens the report and starts typing a message; the colleague moves the report on.
    await row.getByRole('link', { name: new RegExp(r.code) }).click();
    await watcher.getByTestId('staff-report').waitFor(WAIT);
    await expect.poll(() => subscribed(frames, `report:${r.code}`), WAIT).toBe(true);
    const message = watcher.getByLabel('Message au citoyen (facultatif)');
    await message.fill('Nous passons demain.');
    await changeState(colleague, 'in_progress');

    const banner = watcher.getByTestId('live-banner');
    await banner.waitFor(WAIT);
    // The socket says who (their sub); the app names them from the staff directory.
    expect(await banner.textContent()).toContain('Admin démo a modifié ce signalement.');
    expect(await watcher.getByTestId('live-banner-region').getAttribute('role')).toBe('status');
    expect(await violations(watcher, '[data-testid="live-banner-region"]')).toEqual([]);
    // Nothing typed is lost, and the page still shows what it showed until the agent reloads.
    expect(await message.inputValue()).toBe('Nous passons demain.');
    expect(await watcher.getByTestId('report-state').getAttribute('data-state')).toBe('acknowledged');
    // The colleague's own change raises no banner on their page.
    expect(await colleague.getByTestId('live-banner').count()).toBe(0);

    await watcher.getByRole('button', { name: 'Recharger' }).click();
    await expect.poll(() => watcher.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe('in_progress');
    expect(await banner.count()).toBe(0);

    // Offline: the colleague's next change cannot reach the watcher's socket.
    await watcher.context().setOffline(true);
    await changeState(colleague, 'fixed');
    // Wait until the change is in the feed the catch-up reads (it travels through stream, bus and fan-out).
    const agent = await token(AGENT);
    await expect
      .poll(async () => {
        const q = new URLSearchParams({ topics: `report:${r.code}` });
        const c = await call<{ items: { ref: string; to?: string }[] }>('GET', `/api/soignies/staff/changes?${q}`, undefined, agent);
        return c.items.some((m) => m.ref === r.code && m.to === 'fixed');
      }, WAIT)
      .toBe(true);
    expect(await banner.count()).toBe(0);

    // Back online: the app reconnects, catches up, and raises the banner without a reload.
    const catchUp = watcher.waitForRequest((q) => q.url().includes('/api/soignies/staff/changes?'), WAIT);
    await watcher.context().setOffline(false);
    const asked = new URL((await catchUp).url());
    expect(asked.searchParams.get('topics')?.split(',')).toContain(`report:${r.code}`);
    expect(asked.searchParams.get('since')).toMatch(/Z~[0-9a-z]{7}$/);
    await banner.waitFor(WAIT);
    await watcher.getByRole('button', { name: 'Recharger' }).click();
    await expect.poll(() => watcher.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe('fixed');
    expect(await violations(watcher, '[data-testid="live-banner-region"]')).toEqual([]);

    await colleague.context().close();
    await watcher.context().close();
  });
});
