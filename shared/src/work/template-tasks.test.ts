import { describe, expect, it } from 'vitest';
import { templateTasks } from './template-tasks.js';
import type { ProcessTemplate } from './work-config.js';

const template: ProcessTemplate = {
  id: 'evenement',
  version: 3,
  title: 'Évènement sur la voie publique',
  kind: 'event',
  anchorLabel: 'Jour de l’évènement',
  steps: [
    {
      id: 'barrieres',
      title: 'Poser les barrières',
      description: '',
      department: 'travaux',
      offsetDays: -2,
      time: '08:00',
      checklist: ['Charger'],
    },
    { id: 'nettoyage', title: 'Nettoyage', description: '', department: 'proprete', offsetDays: 1, time: '07:30', checklist: [] },
  ],
};

describe('templateTasks', () => {
  const ctx = {
    commune: 'soignies',
    projectId: 'P000-0001',
    createdAt: '2026-03-01T10:00:00.000Z',
    createdBy: 'sub-1',
    idOf: (s: string) => `id-${s}`,
  };

  it('dates each step from the anchor day at its Brussels time, across the DST change, in UTC', () => {
    // 29 March 2026: Brussels moves to summer time (UTC+2); J-2 is still winter time (UTC+1).
    const [barrieres, nettoyage] = templateTasks(template, { ...ctx, anchorDay: '2026-03-29' });
    expect(barrieres.dueAt).toBe('2026-03-27T07:00:00.000Z');
    expect(nettoyage.dueAt).toBe('2026-03-30T05:30:00.000Z');
  });

  it('records the template, its version and the step, and numbers the checklist', () => {
    const [barrieres] = templateTasks(template, { ...ctx, anchorDay: '2026-06-20' });
    expect(barrieres).toMatchObject({
      id: 'id-barrieres',
      projectId: 'P000-0001',
      department: 'travaux',
      origin: { kind: 'template', template: 'evenement', version: 3, step: 'barrieres' },
      checklist: [{ id: 'c1', text: 'Charger', done: false }],
    });
  });
});
