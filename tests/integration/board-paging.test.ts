/**
 * A department's board pages its columns: each column answers its first page (50 open cards, by due instant) and a
 * cursor when it holds more; `?status=&cursor=` answers the next page of that one column, which continues the first
 * without a duplicate or a gap. A cursor that is not this column's (another column, another commune, garbage, or
 * without its status) is a 400 naming the field; another commune's staff are refused the board itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BOARD_FIRST_PAGE, BOARD_NEXT_PAGE, BoardColumnPage, BoardView } from '@tandem/shared/schemas/work-lists';
import { api, auth, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { as, newTask } from './task-fixtures.js';

const DEPARTMENT = 'environnement';
type Card = { id: string; dueAt?: string };
const created: string[] = [];

beforeAll(async () => {
  // More than a first page and a next page together, so that the second page has a cursor too; some share a due
  // instant (the id breaks the tie in the index's sort key).
  for (let i = 0; i < BOARD_FIRST_PAGE.todo + BOARD_NEXT_PAGE + 3; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const r = await newTask('agent', {
      title: `Vider la poubelle n° ${i}`,
      department: DEPARTMENT,
      dueAt: `2035-03-${day}T09:00:00+01:00`,
    });
    created.push(r.body.id);
  }
}, 120_000);

const page = async (query = '') => {
  const r = await as('agent', 'GET', `boards/${DEPARTMENT}${query}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};

describe('board paging', () => {
  it('a column answers its first page and a cursor; the next pages continue it without duplicates or gaps', async () => {
    const board = await page();
    expect(BoardView.safeParse(board).success).toBe(true);
    expect(board.columns.todo).toHaveLength(BOARD_FIRST_PAGE.todo);
    expect(typeof board.cursors.todo).toBe('string');
    const cards: Card[] = [...board.columns.todo];
    let cursor: string | undefined = board.cursors.todo;
    let pages = 1;
    while (cursor) {
      const next = await page(`?status=todo&cursor=${encodeURIComponent(cursor)}`);
      expect(BoardColumnPage.safeParse(next).success).toBe(true);
      expect(next).toMatchObject({ department: DEPARTMENT, status: 'todo' });
      expect(next.cards.length).toBeGreaterThan(0); // a cursor never leads to an empty page
      expect(next.cards.length).toBeLessThanOrEqual(BOARD_NEXT_PAGE);
      if (next.cursor) expect(next.cards).toHaveLength(BOARD_NEXT_PAGE);
      cards.push(...next.cards);
      cursor = next.cursor;
      pages++;
    }
    expect(pages).toBeGreaterThanOrEqual(3);
    const ids = cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of created) expect(ids).toContain(id);
    // In due order across the pages (the column's order: the index's sort key, due instant then id).
    const dues = cards.map((c) => c.dueAt ?? '9999');
    expect(dues).toEqual([...dues].sort());
  });

  it('a column without more cards has no cursor', async () => {
    const board = await page();
    for (const s of ['doing', 'waiting', 'done', 'cancelled'] as const)
      if (board.columns[s].length < BOARD_FIRST_PAGE[s]) expect(board.cursors[s]).toBeUndefined();
  });

  it('refuses a bad cursor naming the field: garbage, another column’s, one without its status', async () => {
    const board = await page();
    const refused = async (query: string, field: string) => {
      const r = await as('agent', 'GET', `boards/${DEPARTMENT}${query}`);
      expect(r.status, query).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body['invalid-params'].map((p: { name: string }) => p.name)).toContain(field);
    };
    await refused('?status=todo&cursor=not-a-cursor', 'cursor');
    await refused(`?status=doing&cursor=${encodeURIComponent(board.cursors.todo)}`, 'cursor');
    await refused(`?cursor=${encodeURIComponent(board.cursors.todo)}`, 'status');
    await refused('?status=flying', 'status');
    // The same column of another department's board.
    const travaux = await as('agent', 'GET', `boards/travaux?status=todo&cursor=${encodeURIComponent(board.cursors.todo)}`);
    expect(travaux.status).toBe(400);
    expect(travaux.body['invalid-params'].map((p: { name: string }) => p.name)).toContain('cursor');
  });

  it('another commune: its staff are refused this board, and this board’s cursor is refused on theirs', async () => {
    const board = await page();
    const braine = auth(await signIn('braine-le-comte', 'agent@braine-le-comte.example', demoPassword()));
    const cursor = encodeURIComponent(board.cursors.todo);
    const theirs = await api('GET', `/api/soignies/staff/boards/${DEPARTMENT}?status=todo&cursor=${cursor}`, { headers: braine });
    expect([401, 403]).toContain(theirs.status);
    const own = await api('GET', '/api/braine-le-comte/staff/boards/travaux', { headers: braine });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    const crossed = await api('GET', `/api/braine-le-comte/staff/boards/travaux?status=todo&cursor=${cursor}`, { headers: braine });
    expect(crossed.status).toBe(400);
    expect(crossed.body['invalid-params'].map((p: { name: string }) => p.name)).toContain('cursor');
  });
});
