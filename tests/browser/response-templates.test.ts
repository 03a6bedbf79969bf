/**
 * Response templates in the staff space: a Dutch-speaking citizen files a graffiti report (through the API);
 * the agent picks "fixed", is offered only the templates that fit, picks one, finds the message filled in
 * Dutch (the reporter's language), edits nothing, applies; the public tracking API shows that message.
 * The form with its template picker passes axe-core (WCAG 2.1 AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CommuneConfig, pickText, templatesFor, type PublicReport } from '@tandem/shared';
import soignies from '../../infra/communes/soignies.json' with { type: 'json' };
import { startTestPlatform, type Platform } from '../support/platform.js';
import AxeBuilder from '@axe-core/playwright';
import { launchChromium } from './chromium.js';

let platform: Platform;
let browser: Browser;
const WAIT = { timeout: 15_000 };
const config = CommuneConfig.parse(soignies);

beforeAll(async () => {
  [platform, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function fileReport(): Promise<string> {
  const res = await fetch(`${platform.url}/api/soignies/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      category: 'graffiti',
      location: config.map.center,
      description: 'Een grote tag op de muur van de bibliotheek.',
      email: `burger-${Date.now()}@example.org`,
      locale: 'nl',
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { code: string }).code;
}

describe('response templates', () => {
  it('fill the message in the reporter’s language, and the citizen reads it on the tracking API', async () => {
    const code = await fileReport();
    const fixed = templatesFor(config, 'fixed', 'graffiti');
    expect(fixed.length).toBeGreaterThan(0);
    const chosen = fixed[0];
    const dutch = pickText(chosen.text, 'nl');
    expect(dutch).not.toBe(chosen.text.fr);

    const ctx = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${platform.url}/soignies/agents/`);
    await page.getByLabel('Adresse e-mail').fill('agent@soignies.example');
    await page.getByLabel('Mot de passe').fill(platform.demoPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('inbox').waitFor(WAIT);
    await page.getByRole('link', { name: new RegExp(code) }).click();
    await page.getByTestId('staff-report').waitFor(WAIT);

    // Not responsible for a graffiti: the ORES and SPW templates are for lights and roads, so none is offered.
    const form = page.getByTestId('transition-form');
    await page.getByLabel('Nouvel état').selectOption('not_responsible');
    expect(await form.getByLabel('Modèle de réponse').count()).toBe(0);

    await page.getByLabel('Nouvel état').selectOption('fixed');
    const picker = form.getByLabel('Modèle de réponse');
    await picker.waitFor(WAIT);
    const offered = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(offered).toEqual(fixed.map((t) => t.code));
    expect(await form.locator('#t-template-hint').textContent()).toMatch(/néerlandais/i);

    await picker.focus();
    await picker.selectOption({ label: chosen.title.fr });
    const message = page.getByLabel('Message au citoyen (facultatif)');
    expect(await message.inputValue()).toBe(dutch);
    // The select keeps the focus (filling the message did not replace it).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('t-template');

    const axe = await new AxeBuilder({ page }).include('[data-testid="transition-form"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);

    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect.poll(() => page.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe('fixed');
    await ctx.close();

    const res = await fetch(`${platform.url}/api/soignies/reports/${code}`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as PublicReport;
    expect(report.state).toBe('fixed');
    const change = report.timeline.find((e) => e.kind === 'state_changed' && e.to === 'fixed');
    expect(change?.message).toBe(dutch);
  });
});
