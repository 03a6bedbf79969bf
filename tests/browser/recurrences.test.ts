/**
 * The « Tâches récurrentes » view in a real browser, against the whole local platform: an agent sets up « Inspection
 * des aires de jeux » on the first Monday of each month with the rule builder (the rule said in words as they choose),
 * finds it in the list with its rule in words and next days, pauses it; a stale pause reloads the list and says so;
 * a worker sees the list without the actions the role matrix refuses them; the view and the form pass axe-core.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESK, WAIT, call, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();
const AGENT = 'agent@soignies.example';
const WORKER = 'ouvrier@soignies.example';
const TITLE = 'Inspection des aires de jeux';

interface Recurrence {
  id: string;
  title: string;
  rule: string;
  active: boolean;
  next: string[];
  version: number;
}
const recurrences = async () =>
  (await call<{ items: Recurrence[] }>('GET', '/api/soignies/staff/recurrences', undefined, await token(AGENT))).items;
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);
const settled = (page: Page) => expect.poll(() => page.getByTestId('recurrences').getAttribute('aria-busy'), WAIT).toBeNull();

describe('recurring tasks screen', () => {
  it('an agent creates « Inspection des aires de jeux » on the first Monday of the month, sees it in words, pauses it; axe finds nothing', async () => {
    const page = await signedIn(AGENT, '/soignies/agents/taches/?vue=recurrentes', DESK);
    await page.getByTestId('recurrences').waitFor(WAIT);
    await settled(page);
    expect(await page.getByTestId('tasks-view-recurrentes').getAttribute('aria-current')).toBe('page');
    expect(await violations(page)).toEqual([]);

    // The form opens with the focus on its heading; sent empty, it names the title next to its field.
    await page.getByTestId('recurrence-new').click();
    await page.getByTestId('recurrence-form').waitFor(WAIT);
    await expect.poll(() => focusedId(page), WAIT).toBe('recurrence-form-title');
    await page.getByTestId('recurrence-save').click();
    await page.getByTestId('recurrence-errors').waitFor(WAIT);
    expect(await page.locator('#rf-title-error').textContent()).toContain('Écrivez un intitulé de 3 à 140 caractères.');
    expect(await page.getByLabel('Intitulé de chaque tâche').getAttribute('aria-invalid')).toBe('true');

    // A typed rule the API cannot read is named next to the rule's fieldset, by the part at fault.
    await page.getByLabel('Autre règle (RRULE)').check();
    await page.getByLabel('Règle RRULE (par ex. FREQ=MONTHLY;BYDAY=1MO)').fill('FREQ=MONTHLY;BYDAY=6TU');
    await expect.poll(() => page.getByTestId('rule-words').textContent(), WAIT).toBe('En clair : règle illisible');
    await page.getByLabel('Intitulé de chaque tâche').fill(TITLE);
    await page.getByTestId('recurrence-save').click();
    await expect.poll(() => page.locator('#rf-rule-error').textContent(), WAIT).toContain('BYDAY');
    expect(await page.locator('#rf-title-error').count()).toBe(0);

    await page.getByLabel('Service').selectOption('travaux');
    await page.getByLabel('Pour quelle heure').fill('07:30');
    // The rule in words follows the choice.
    await page.getByLabel('Chaque semaine, un jour choisi').check();
    await page.getByLabel('Jour de la semaine').selectOption('TH');
    await expect.poll(() => page.getByTestId('rule-words').textContent(), WAIT).toBe('En clair : chaque jeudi à 07:30');
    await page.getByLabel('Chaque mois, le 1er, 2e… lundi, mardi…').check();
    await page.getByLabel('Lequel dans le mois').selectOption('1');
    await page.getByLabel('Jour de la semaine').selectOption('MO');
    await expect.poll(() => page.getByTestId('rule-words').textContent(), WAIT).toBe('En clair : chaque 1er lundi du mois à 07:30');
    expect(await violations(page)).toEqual([]);

    await page.getByTestId('recurrence-save').click();
    await expect.poll(() => page.getByTestId('recurrences-said').textContent(), WAIT).toBe(`« ${TITLE} » est enregistrée.`);
    await expect.poll(() => focusedId(page), WAIT).toBe('recurrences-title');
    const made = (await recurrences()).find((r) => r.title === TITLE);
    expect(made).toMatchObject({ rule: 'FREQ=MONTHLY;BYDAY=1MO', active: true });
    // Every next day is a Monday among the month's first seven days.
    expect(made?.next.length).toBeGreaterThan(0);
    for (const day of made?.next ?? []) {
      expect(new Date(`${day}T12:00:00Z`).getUTCDay()).toBe(1);
      expect(Number(day.slice(8))).toBeLessThanOrEqual(7);
    }

    const card = page.locator(`[data-testid="recurrence"][data-id="${made?.id}"]`);
    await card.waitFor(WAIT);
    expect(await card.getByRole('heading').textContent()).toBe(TITLE);
    expect(await card.getByTestId('recurrence-words').textContent()).toBe('chaque 1er lundi du mois à 07:30');
    expect(await card.getByTestId('recurrence-state').textContent()).toBe('Active');
    expect(await card.textContent()).toContain('Travaux');

    await card.getByRole('button', { name: `Mettre en pause « ${TITLE} »` }).click();
    await expect.poll(() => card.getByTestId('recurrence-state').textContent(), WAIT).toBe('En pause');
    expect(await page.getByTestId('recurrences-said').textContent()).toBe(`« ${TITLE} » est en pause : plus aucune nouvelle tâche.`);
    expect((await recurrences()).find((r) => r.id === made?.id)?.active).toBe(false);
    expect(await violations(page)).toEqual([]);

    // Someone else resumes it meanwhile: « Reprendre » on the stale card reloads the list and says so.
    const paused = (await recurrences()).find((r) => r.id === made?.id) as Recurrence;
    await call(
      'PATCH',
      `/api/soignies/staff/recurrences/${paused.id}`,
      { version: paused.version, active: true },
      { ...(await token(AGENT)), 'idempotency-key': randomUUID() },
    );
    await card.getByRole('button', { name: `Reprendre « ${TITLE} »` }).click();
    await expect
      .poll(() => page.getByTestId('recurrences-said').textContent(), WAIT)
      .toBe(`Quelqu’un d’autre a modifié « ${TITLE} » entre-temps : la liste a été rechargée. Vérifiez et recommencez si besoin.`);
    await expect.poll(() => card.getByTestId('recurrence-state').textContent(), WAIT).toBe('Active');

    // Editing shows the rule the agent picked, in the builder.
    await card.getByRole('button', { name: `Modifier « ${TITLE} »` }).click();
    await page.getByTestId('recurrence-form').waitFor(WAIT);
    expect(await page.getByLabel('Chaque mois, le 1er, 2e… lundi, mardi…').isChecked()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => focusedId(page), WAIT).toBe('recurrences-title');
    await page.context().close();

    // A worker sees the list, without the actions the role matrix keeps for agents and admins.
    const worker = await signedIn(WORKER, '/soignies/agents/taches/?vue=recurrentes', DESK);
    await worker.locator(`[data-testid="recurrence"][data-id="${made?.id}"]`).waitFor(WAIT);
    expect(await worker.getByTestId('recurrence-new').count()).toBe(0);
    expect(await worker.getByTestId('recurrence-pause').count()).toBe(0);
    expect(await violations(worker)).toEqual([]);
    await worker.context().close();

    // Deleting asks first, then the card goes (the tasks already made stay).
    const again = await signedIn(AGENT, '/soignies/agents/taches/?vue=recurrentes', DESK);
    const last = again.locator(`[data-testid="recurrence"][data-id="${made?.id}"]`);
    await last.waitFor(WAIT);
    again.once('dialog', (d) => void d.accept());
    await last.getByRole('button', { name: `Supprimer « ${TITLE} »` }).click();
    await expect.poll(() => again.getByTestId('recurrences-said').textContent(), WAIT).toBe(`« ${TITLE} » a été supprimée.`);
    await expect.poll(() => last.count(), WAIT).toBe(0);
    expect((await recurrences()).some((r) => r.id === made?.id)).toBe(false);
    await again.context().close();
  });
});
