import { describe, expect, it } from 'vitest';
import { changeActor, isNewer, mergeCard, type MergeCard } from './live-merge.js';

type Card = MergeCard & { title: string };
const card = (id: string, status: string, version = 1, department = 'travaux'): Card => ({
  id,
  status,
  department,
  version,
  title: `Tâche ${id}`,
});

/** Three columns: « todo » with two loaded pages' worth of cards, « doing » with one, « done » empty. */
const board = () => ({
  columns: { todo: [card('a', 'todo'), card('b', 'todo'), card('c', 'todo')], doing: [card('d', 'doing')], done: [] as Card[] },
  cursors: { todo: 'next-page' },
});
const ids = (b: { columns: Record<string, MergeCard[]> }) =>
  Object.fromEntries(Object.entries(b.columns).map(([s, cs]) => [s, cs.map((c) => c.id)]));

describe('merging a live change into a board', () => {
  it('a card a colleague moved leaves its column and comes first in its new one; the loaded pages and cursors stay', () => {
    const before = board();
    const r = mergeCard(before, 'travaux', 'b', card('b', 'doing', 2));
    expect(r.merge).toBe('moved');
    expect(ids(r.board)).toEqual({ todo: ['a', 'c'], doing: ['b', 'd'], done: [] });
    expect(r.board.cursors).toEqual({ todo: 'next-page' });
    expect(r.before?.status).toBe('todo');
    // The board given is not changed (the screen sets the new one).
    expect(ids(before)).toEqual({ todo: ['a', 'b', 'c'], doing: ['d'], done: [] });
  });

  it('a new card of this department comes first in its column', () => {
    const r = mergeCard(board(), 'travaux', 'n', card('n', 'done', 1));
    expect(r.merge).toBe('added');
    expect(ids(r.board).done).toEqual(['n']);
  });

  it('a card changed in its column keeps its place, with the new version', () => {
    const r = mergeCard(board(), 'travaux', 'b', { ...card('b', 'todo', 3), title: 'Nouveau titre' });
    expect(r.merge).toBe('updated');
    expect(ids(r.board).todo).toEqual(['a', 'b', 'c']);
    expect(r.board.columns.todo[1]).toMatchObject({ title: 'Nouveau titre', version: 3 });
  });

  it('a card that left the department, or was deleted, is taken out; one never shown stays out', () => {
    const moved = mergeCard(board(), 'travaux', 'd', card('d', 'doing', 2, 'proprete'));
    expect(moved.merge).toBe('removed');
    expect(ids(moved.board).doing).toEqual([]);
    expect(mergeCard(board(), 'travaux', 'a', undefined)).toMatchObject({ merge: 'removed' });
    const elsewhere = mergeCard(board(), 'travaux', 'z', card('z', 'todo', 1, 'proprete'));
    expect(elsewhere.merge).toBe('none');
    expect(ids(elsewhere.board)).toEqual(ids(board()));
    expect(mergeCard(board(), 'travaux', 'z', undefined).merge).toBe('none');
  });

  it('an answer older than the card shown, or the same version in the same column (one’s own change), changes nothing', () => {
    const b = board();
    b.columns.doing = [card('d', 'doing', 5)];
    expect(mergeCard(b, 'travaux', 'd', card('d', 'todo', 4)).merge).toBe('none');
    const same = mergeCard(b, 'travaux', 'd', card('d', 'doing', 5));
    expect(same.merge).toBe('none');
    expect(same.board).toBe(b);
  });

  it('a status the board has no column for takes the card out', () => {
    expect(mergeCard(board(), 'travaux', 'a', card('a', 'archived', 2)).merge).toBe('removed');
  });
});

describe('who made a change', () => {
  const people = [
    { id: 'sub-marie', name: 'Marie Dupont' },
    { id: 'sub-paul', name: 'Paul Martin' },
  ];
  it('names a colleague the directory knows, says « a colleague » otherwise, and recognises one’s own change', () => {
    expect(changeActor('sub-marie', 'sub-paul', people)).toEqual({ kind: 'named', name: 'Marie Dupont' });
    expect(changeActor('sub-unknown', 'sub-paul', people)).toEqual({ kind: 'colleague' });
    expect(changeActor('sub-marie', 'sub-paul', undefined)).toEqual({ kind: 'colleague' });
    expect(changeActor('sub-paul', 'sub-paul', people)).toEqual({ kind: 'own' });
    expect(changeActor(undefined, 'sub-paul', people)).toEqual({ kind: 'nobody' });
  });
});

describe('whether an item page shows an older state', () => {
  it('a higher version, or a comment added at the same version, is newer; an older read never is', () => {
    const shown = { version: 3, activity: [{ at: '2026-12-01T09:00:00.000Z' }] };
    expect(isNewer({ version: 4 }, shown)).toBe(true);
    expect(isNewer({ version: 2, activity: [{ at: 'z' }, { at: 'z' }] }, shown)).toBe(false);
    expect(isNewer({ version: 3, activity: [...shown.activity, { at: '2026-12-01T09:05:00.000Z' }] }, shown)).toBe(true);
    expect(isNewer({ version: 3, activity: [{ at: '2026-12-01T09:05:00.000Z' }] }, shown)).toBe(true);
    expect(isNewer({ version: 3, activity: [{ at: '2026-12-01T09:00:00.000Z' }] }, shown)).toBe(false);
    expect(isNewer({ version: 3 }, { version: 3 })).toBe(false);
  });
});
