/**
 * Response templates in the staff space: a Dutch-speaking citizen files a graffiti report (through the API);
 * the agent picks "fixed", is offered only the templates that fit, picks one, finds the message filled in
 * Dutch (the reporter's language), edits nothing, applies; the public tracking API shows that message.
 * The form with its template picker passes axe-core (WCAG 2.1 AA).
 */
import { describe, expect, it } from 'vitest';
import { CommuneConfig, pickText, templatesFor, type PublicReport } from '@tandem/shared';
import soignies from '../../infra/communes/soignies.json' with { type: 'json' };
import { DESK, WAIT, platform, signedIn, useBrowserSession, violations } from './browser-session.js';

const config = CommuneConfig.parse(soignies);

useBrowserSession();

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

    const page = await signedIn('agent@soignies.example', '/soignies/agents/', DESK);
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

    expect(await violations(page, '[data-testid="transition-form"]')).toEqual([]);

    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect.poll(() => page.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe('fixed');
    await page.context().close();

    const res = await fetch(`${platform.url}/api/soignies/reports/${code}`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as PublicReport;
    expect(report.state).toBe('fixed');
    const change = report.timeline.find((e) => e.kind === 'state_changed' && e.to === 'fixed');
    expect(change?.message).toBe(dutch);
  });
});
