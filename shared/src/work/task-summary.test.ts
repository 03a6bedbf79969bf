import { describe, expect, it } from 'vitest';
import { taskSummary } from './task-summary.js';

describe('taskSummary', () => {
  const task = {
    id: 'W88G-6D8J',
    title: 'Relever le compteur',
    department: 'environnement',
    assignees: [],
    status: 'todo' as const,
    priority: 'normal' as const,
    version: 3,
  };

  it('keeps the list fields only, with the overdue given, and leaves absent optional fields out', () => {
    const s = taskSummary({ ...task, description: 'not a list field' } as typeof task, true);
    expect(s).toEqual({ ...task, overdue: true });
    expect(Object.keys(s)).not.toContain('dueAt');
    expect(Object.keys(s)).not.toContain('description');
  });

  it('carries the due instant, the project and the place when the task has them', () => {
    const place = { geometry: { type: 'Point' as const, coordinates: [4.07, 50.58] as [number, number] }, label: 'Rue Neuve' };
    const s = taskSummary({ ...task, dueAt: '2036-01-01T08:00:00.000Z', projectId: 'FZPK-X4W4', place }, false);
    expect(s).toMatchObject({ dueAt: '2036-01-01T08:00:00.000Z', projectId: 'FZPK-X4W4', place, overdue: false });
  });
});
