/**
 * A department's board with a column longer than its first page, in a real browser: « Afficher plus » adds the
 * column's next pages (how many is said in the board's live region; once the last page is in, the button is gone and
 * focus is on the first card it added), a card of a later page moves from the keyboard to a column whose later pages
 * were never loaded and shows there once, and the board passes axe-core (WCAG 2.1 AA) with its paged columns.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOARD_FIRST_PAGE } from '@tandem/shared/schemas/work-lists';
import { DESK, WAIT, call, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();
const AGENT = 'agent@soignies.example';

describe('board paging', () => {
  it('« Afficher plus » loads the rest of a column, says how many; a later card still moves from the keyboard; axe clean', async () => {
    // Due years from now, so that they come after the demo data's tasks in the column (open columns: by due instant).
    const stamp = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < BOARD_FIRST_PAGE.todo + 5; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const t = await call<{ id: string }>(
        'POST',
        '/api/soignies/staff/tasks',
        {
          title: `Relever le compteur n° ${i} (${stamp})`,
          department: 'environnement',
          dueAt: `2036-${i < 28 ? '01' : '02'}-${day}T09:00:00+01:00`,
        },
        { ...(await token(AGENT)), 'idempotency-key': randomUUID() },
      );
      ids.push(t.id);
    }
    const page = await signedIn(AGENT, '/soignies/agents/taches/?vue=tableau&service=environnement', DESK);
    const todo = page.getByTestId('board-column-todo');
    await todo.locator('.board-card').first().waitFor(WAIT);
    expect(await todo.locator('.board-card').count()).toBe(BOARD_FIRST_PAGE.todo);
    expect(await todo.locator('h2 .count').textContent()).toBe(`(${BOARD_FIRST_PAGE.todo} et plus)`);
    const more = page.getByTestId('board-more-todo');
    expect(await more.textContent()).toBe('Afficher plus de tâches « À faire »');
    expect(await violations(page)).toEqual([]);

    // The last of ours is past the first page; it comes with « Afficher plus » (pressed until the column is whole).
    const last = ids[ids.length - 1];
    expect(await todo.getByTestId(`board-card-${last}`).count()).toBe(0);
    for (let pages = 0; (await more.count()) > 0 && pages < 10; pages++) {
      const before = await todo.locator('.board-card').count();
      await more.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => todo.locator('.board-card').count(), WAIT).toBeGreaterThan(before);
      const added = (await todo.locator('.board-card').count()) - before;
      await expect
        .poll(() => page.getByTestId('board-live').textContent(), WAIT)
        .toBe(added === 1 ? 'Une tâche de plus dans « À faire ».' : `${added} tâches de plus dans « À faire ».`);
      if ((await more.count()) === 0) {
        // The button is gone: focus is on the first card the last page added.
        const firstAdded = todo.locator('.board-card h3 a').nth(before);
        await expect.poll(() => firstAdded.evaluate((a) => a === document.activeElement), WAIT).toBe(true);
      }
    }
    expect(await more.count()).toBe(0);
    const shown = await todo.locator('.board-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')));
    expect(new Set(shown).size).toBe(shown.length);
    for (const id of ids) expect(shown).toContain(`board-card-${id}`);
    expect(await todo.locator('h2 .count').textContent()).toBe(`(${shown.length})`);

    // A card of a later page moves from the keyboard to « Fait », whose later pages were never loaded: it shows there once.
    await page.getByTestId(`move-${last}`).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId(`board-card-${last}`).getByRole('button', { name: 'Fait', exact: true }).press('Enter');
    // What the board said first (a refusal or a conflict names itself here), then where the card is.
    const outcome = /déplacée vers|n’a pas été déplacée|rien n’a été déplacé/;
    await expect.poll(() => page.getByTestId('board-live').textContent(), WAIT).toMatch(outcome);
    expect(await page.getByTestId('board-live').textContent()).toContain('déplacée vers « Fait »');
    await page.getByTestId('board-column-done').getByTestId(`board-card-${last}`).waitFor(WAIT);
    expect(await page.getByTestId(`board-card-${last}`).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
