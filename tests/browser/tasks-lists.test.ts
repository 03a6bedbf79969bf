/**
 * The tasks list's download and the calendar's permits in a real browser, against the whole local platform: the
 * list filtered by words downloads exactly its rows as CSV (French headers, the Brussels due day, people named, a
 * title starting with « = » written as text); the calendar shows a permit request being handled on every day it runs,
 * linking to its staff page, to an agent of the department handling it and not to a worker. Axe finds nothing.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '@tandem/shared/permits/calendar';
import { readCsv } from '../integration/csv-reader.js';
import { occupationDetails, requester, today } from '../integration/permit-fixtures.js';
import { DESK, WAIT, call, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();
const AGENT = 'agent@soignies.example';
const WORKER = 'ouvrier@soignies.example';

const newTask = async (body: Record<string, unknown>) =>
  call<{ id: string }>('POST', '/api/soignies/staff/tasks', body, { ...(await token(AGENT)), 'idempotency-key': randomUUID() });

describe('the tasks list as CSV', () => {
  it('downloads exactly the rows shown, French headers, the Brussels due day, a title starting with = as text', async () => {
    const word = `lampadaires${Date.now()}`;
    const people = await call<{ items: { id: string; name: string }[] }>(
      'GET',
      '/api/soignies/staff/people',
      undefined,
      await token(AGENT),
    );
    const me = people.items.find((p) => p.name === 'Agent démo')!;
    const title = `=HYPERLINK("http://x.example","Réparer") ${word}`;
    // 22:30 UTC on 28 March 2027 is 00:30 on the 29th in Brussels (summer time since that night).
    const formula = await newTask({ title, department: 'travaux', assignees: [me.id], priority: 'high', dueAt: '2027-03-28T22:30:00Z' });
    await newTask({ title: `Remplacer les ampoules ${word}`, department: 'travaux' });
    await newTask({ title: 'Une tâche que le filtre laisse de côté', department: 'travaux' });

    const page = await signedIn(AGENT, `/soignies/agents/taches/?vue=liste&mots=${word}`, DESK);
    const table = page.getByTestId('task-table');
    await table.getByRole('link', { name: title }).waitFor(WAIT);
    await expect.poll(() => table.locator('tbody tr').count(), WAIT).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('tasks-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^taches-soignies-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(text.slice(1));
    expect(header).toEqual(['Référence', 'Intitulé', 'Statut', 'Priorité', 'Échéance (jour)', 'Personnes', 'Service', 'Projet']);
    expect(rows.length).toBe(2);
    expect(rows.find((r) => r[0] === formula.id)).toEqual([
      formula.id,
      `'${title}`,
      'À faire',
      'Haute',
      '2027-03-29',
      'Agent démo',
      'Service Travaux',
      '',
    ]);
    await page.getByText(/^Fichier taches-soignies-.*\.csv téléchargé\.$/).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('permits on the task calendar', () => {
  it('a request being handled shows on each of its days, linking to its staff page; a worker does not see it', async () => {
    // Two days in one week (not starting on a Sunday).
    const first = addDays(today(), 22);
    const start = isoWeekday(first) === 7 ? addDays(first, 1) : first;
    const end = addDays(start, 1);
    const filed = await call<{ code: string }>('POST', '/api/soignies/permits', {
      kind: 'occupation',
      details: occupationDetails({ period: { start, end } }),
      requester: requester(),
    });
    const href = `/soignies/agents/autorisations/${filed.code}/`;

    const page = await signedIn(AGENT, `/soignies/agents/taches/?vue=calendrier&mode=semaine&jour=${start}`, DESK);
    const week = page.getByTestId('calendar-week');
    const onDay = (d: string) => week.locator(`[data-day="${d}"] [data-testid="calendar-permit"] a[href="${href}"]`);
    await onDay(start).waitFor(WAIT);
    expect(await onDay(end).count()).toBe(1);
    expect(await onDay(addDays(end, 1)).count()).toBe(0);
    expect(await onDay(start).textContent()).toContain(filed.code);
    expect(await violations(page)).toEqual([]);

    // The month shows it too; the link opens the permit's staff page.
    await page.getByRole('link', { name: 'Mois', exact: true }).click();
    const month = page.getByTestId('calendar-month');
    await month.locator(`[data-day="${start}"] a[href="${href}"]`).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await month.locator(`[data-day="${start}"] a[href="${href}"]`).click();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe(href);
    await page.context().close();

    const worker = await signedIn(WORKER, `/soignies/agents/taches/?vue=calendrier&mode=semaine&jour=${start}`, DESK);
    await worker.getByTestId('calendar-week').waitFor(WAIT);
    await expect.poll(() => worker.getByTestId('task-calendar').getAttribute('aria-busy'), WAIT).toBeNull();
    expect(await worker.locator(`a[href="${href}"]`).count()).toBe(0);
    await worker.context().close();
  });
});
