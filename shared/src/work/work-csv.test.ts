import { describe, expect, it } from 'vitest';
import { csvFile } from '../csv.js';
import { fr, type MessageKey } from '../i18n/fr.js';
import type { ProjectView, TaskSummaryView } from '../schemas/work.js';
import { projectCsv, taskCsv } from './work-csv.js';

const names = {
  tr: (k: MessageKey) => fr[k],
  person: (id: string) => ({ 'sub-1': 'Marie Lambert', 'sub-2': 'Jean Dupuis' })[id] ?? id,
  department: (code: string) => ({ travaux: 'Travaux', evenements: 'Évènements' })[code] ?? code,
  pst: (id: string) => (id === 'os1-oo1' ? 'Rénover les voiries' : id),
};

const task = (over: Partial<TaskSummaryView> = {}): TaskSummaryView => ({
  id: 'ABCD-1234',
  title: 'Reboucher le nid-de-poule',
  department: 'travaux',
  assignees: ['sub-1', 'sub-2'],
  status: 'doing',
  priority: 'high',
  // 23:30 UTC on 31 March 2027 is 01:30 on 1 April in Brussels (summer time).
  dueAt: '2027-03-31T23:30:00.000Z',
  overdue: false,
  version: 3,
  ...over,
});

describe('the tasks list as CSV', () => {
  it('has the screen’s French headers, names people and departments, and the Brussels due day', () => {
    const t = taskCsv([task({ projectId: 'PROJ-0001' })], names);
    expect(t.header).toEqual(['Référence', 'Intitulé', 'Statut', 'Priorité', 'Échéance (jour)', 'Personnes', 'Service', 'Projet']);
    expect(t.rows).toEqual([
      ['ABCD-1234', 'Reboucher le nid-de-poule', 'En cours', 'Haute', '2027-04-01', 'Marie Lambert, Jean Dupuis', 'Travaux', 'PROJ-0001'],
    ]);
  });

  it('leaves a task without due day or project empty there, and writes a title starting with = as text', () => {
    const t = taskCsv([task({ dueAt: undefined, assignees: [], title: '=HYPERLINK("http://x","clic")' })], names);
    expect(t.rows[0][4]).toBe('');
    expect(t.rows[0][7]).toBe('');
    const line = csvFile(t.header, t.rows).split('\r\n')[1];
    expect(line).toBe('ABCD-1234,"\'=HYPERLINK(""http://x"",""clic"")",En cours,Haute,,,Travaux,');
  });
});

describe('the projects list as CSV', () => {
  const project: ProjectView = {
    id: 'PROJ-0001',
    kind: 'works',
    title: 'Réfection de la rue Neuve',
    description: '',
    departments: ['travaux', 'evenements'],
    lead: 'sub-1',
    start: '2027-03-01',
    end: '2027-04-30',
    status: 'active',
    health: 'at-risk',
    budgetLine: '421/731-60',
    pstObjective: 'os1-oo1',
    published: false,
    createdAt: '2027-01-01T10:00:00.000Z',
    updatedAt: '2027-01-01T10:00:00.000Z',
    version: 1,
  };

  it('names kind, status, health, the lead, the leading department and the others, the PST objective', () => {
    const t = projectCsv([project], names);
    expect(t.header).toEqual([
      'Référence',
      'Projet',
      'Type',
      'Statut',
      'Santé',
      'Début',
      'Fin',
      'Responsable',
      'Service pilote',
      'Services',
      'Article budgétaire',
      'Objectif opérationnel du PST',
    ]);
    expect(t.rows[0]).toEqual([
      'PROJ-0001',
      'Réfection de la rue Neuve',
      'Chantier',
      'En cours',
      'À risque',
      '2027-03-01',
      '2027-04-30',
      'Marie Lambert',
      'Travaux',
      'Évènements',
      '421/731-60',
      'Rénover les voiries',
    ]);
  });

  it('leaves what the project lacks empty', () => {
    const { lead: _l, start: _s, end: _e, budgetLine: _b, pstObjective: _p, ...bare } = project;
    const row = projectCsv([{ ...bare, departments: ['travaux'] }], names).rows[0];
    expect([row[5], row[6], row[7], row[9], row[10], row[11]]).toEqual(['', '', '', '', '', '']);
  });
});
