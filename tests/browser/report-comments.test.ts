/**
 * Staff comments on a report and a permit in a real browser, against the whole local platform: an agent mentions a
 * colleague picked from the @ suggestions on a report's staff page and watches the report; the colleague finds the
 * report in « Mon travail », list « Mentions », and opens it from there; the report and permit pages with comments
 * pass axe-core (WCAG 2.1 AA); the citizen's tracking page never shows a staff comment.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import soignies from '../../infra/communes/soignies.json' with { type: 'json' };
import { DESK, WAIT, call, newPage, platform, signedIn, token, useBrowserSession, violations } from './browser-session.js';
import { occupationDetails, requester } from '../integration/permit-fixtures.js';

useBrowserSession();
const AGENT = 'agent@soignies.example';
const WORKER = 'ouvrier@soignies.example';
const ADMIN = 'admin@soignies.example';

async function newReport(): Promise<string> {
  const { code } = await call<{ code: string }>('POST', '/api/soignies/reports', {
    category: 'voirie',
    location: soignies.map.center,
    description: 'Un nid-de-poule profond au carrefour.',
    answers: { taille: 'moyen' },
    email: `citoyen-${Date.now()}@example.org`,
    locale: 'fr',
  });
  return code;
}

describe('comments on a report', () => {
  it('an agent mentions a colleague and watches the report; the colleague opens it from « Mentions »; axe finds nothing', async () => {
    const code = await newReport();
    const page = await signedIn(AGENT, `/soignies/agents/signalements/${code}/`, DESK);
    await page.getByTestId('staff-report').waitFor(WAIT);
    await page.getByTestId('item-comments').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    const text = page.locator('#comment-text');
    await text.click();
    await page.keyboard.type('Il faut la mini-pelle, @Ouv');
    const suggestions = page.getByTestId('mention-suggestions');
    await suggestions.waitFor(WAIT);
    expect(await suggestions.getByRole('button').allTextContents()).toEqual([expect.stringContaining('Mentionner Ouvrier démo')]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Typing straight on, as people do: the words go after the name, in the order typed.
    await page.keyboard.type('tu passes demain ?');
    await expect.poll(() => text.inputValue(), WAIT).toBe('Il faut la mini-pelle, @Ouvrier démo tu passes demain ?');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-text');
    await page.getByTestId('comment-send').click();
    await expect.poll(() => page.getByTestId('comment-status').textContent(), WAIT).toBe('Commentaire publié ; 1 mention(s) envoyée(s).');
    const activity = page.getByTestId('task-activity');
    await expect.poll(() => activity.textContent(), WAIT).toContain('Il faut la mini-pelle, @Ouvrier démo tu passes demain ?');
    expect(await activity.textContent()).toContain('Mentionnés : Ouvrier démo');
    // The report's history (the timeline the reporter also reads) does not have it.
    expect(await page.getByTestId('timeline').textContent()).not.toContain('mini-pelle');

    // Watching: the button says so and the report comes to « Que je suis ».
    const watch = page.getByTestId('task-watch');
    expect(await watch.getAttribute('aria-pressed')).toBe('false');
    await watch.click();
    await expect.poll(() => watch.getAttribute('aria-pressed'), WAIT).toBe('true');
    const watching = await call<{ items: { id: string }[] }>(
      'GET',
      '/api/soignies/staff/my-work?view=watching',
      undefined,
      await token(AGENT),
    );
    expect(watching.items.map((i) => i.id)).toContain(code);
    expect(await violations(page)).toEqual([]);

    // A change of the report (an internal note) keeps the comments on the page: its answer carries none, the last read stay.
    await page.locator('#u-text').fill('Note interne : matériel réservé.');
    await page.getByTestId('update-form').getByRole('button').last().click();
    await expect.poll(() => page.getByTestId('timeline').textContent(), WAIT).toContain('matériel réservé');
    expect(await activity.textContent()).toContain('tu passes demain ?');
    expect(await watch.getAttribute('aria-pressed')).toBe('true');
    await page.context().close();

    // The colleague: « Mon travail », list « Mentions », opens the report from its line.
    const worker = await signedIn(WORKER, '/soignies/agents/taches/?vue=mentions', DESK);
    await worker.getByTestId('my-work').waitFor(WAIT);
    await expect.poll(() => worker.getByTestId('my-work').getAttribute('aria-busy'), WAIT).toBeNull();
    const line = worker.getByRole('link', { name: `${code} — Nid-de-poule ou route abîmée` });
    await line.waitFor(WAIT);
    expect(await violations(worker)).toEqual([]);
    await line.click();
    await worker.getByTestId('staff-report').waitFor(WAIT);
    expect(new URL(worker.url()).pathname).toBe(`/soignies/agents/signalements/${code}/`);
    await expect.poll(() => worker.getByTestId('task-activity').textContent(), WAIT).toContain('tu passes demain ?');
    expect(await violations(worker)).toEqual([]);
    await worker.context().close();

    // The citizen's tracking page never shows it.
    const citizen = await newPage();
    await citizen.goto(`${platform.url}/soignies/suivi/${code}/`);
    await citizen.getByTestId('tracking').getByTestId('timeline').waitFor(WAIT);
    const seen = await citizen.locator('main').textContent();
    expect(await citizen.getByTestId('report-state').count()).toBe(1);
    expect(seen).not.toContain('mini-pelle');
    expect(seen).not.toContain('matériel réservé');
    await citizen.context().close();
  });
});

describe('comments on a permit', () => {
  it('the permit page shows the staff comments and the comment box; axe finds nothing', async () => {
    const p = await call<{ code: string }>('POST', '/api/soignies/permits', {
      kind: 'occupation',
      details: occupationDetails({ use: 'scaffolding' }),
      requester: requester(),
    });
    await call(
      'POST',
      `/api/soignies/staff/permits/${p.code}/comments`,
      { text: 'Prévoir un passage piéton balisé.', mentions: ['dept:travaux'] },
      { ...(await token(ADMIN)), 'idempotency-key': randomUUID() },
    );
    const page = await signedIn(AGENT, `/soignies/agents/autorisations/${p.code}/`, DESK);
    await page.getByTestId('staff-permit').waitFor(WAIT);
    const activity = page.getByTestId('task-activity');
    await expect.poll(() => activity.textContent(), WAIT).toContain('Prévoir un passage piéton balisé.');
    expect(await activity.textContent()).toContain('Mentionnés : Service Travaux');
    await page.locator('#comment-text').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
