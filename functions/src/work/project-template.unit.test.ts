import { describe, expect, it } from 'vitest';
import { CommuneConfig, TRACKING_CODE_PATTERN } from '@tandem/shared';
import soignies from '../../../infra/communes/soignies.json' with { type: 'json' };
import { stepTaskId, templateTaskItems } from './project-template.js';
import { checkProjectChange, checkProjectInput } from './project-input.js';
import { ProjectInput } from '@tandem/shared/schemas/work';

const config = CommuneConfig.parse(soignies);
const works = config.work.templates.find((t) => t.id === 'chantier-voirie')!;

describe('a project’s template tasks', () => {
  it('derive each task’s id from the commune, the project and the step: the same every time, one per step', () => {
    const a = stepTaskId('soignies', 'ABCD-1234', 'affiche');
    expect(a).toMatch(TRACKING_CODE_PATTERN);
    expect(stepTaskId('soignies', 'ABCD-1234', 'affiche')).toBe(a);
    expect(stepTaskId('soignies', 'ABCD-1235', 'affiche')).not.toBe(a);
    expect(stepTaskId('braine-le-comte', 'ABCD-1234', 'affiche')).not.toBe(a);
    const run = { commune: 'soignies', projectId: 'ABCD-1234', anchorDay: '2027-03-29', at: '2027-01-01T10:00:00.000Z', by: 'sub-1' };
    const tasks = templateTaskItems(works, run);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(works.steps.length);
    expect(templateTaskItems(works, run).map((t) => t.id)).toEqual(tasks.map((t) => t.id));
    expect(tasks[0]).toMatchObject({ status: 'todo', version: 1, projectId: 'ABCD-1234', gsi2pk: 'C#soignies#PROJECT-TASKS#ABCD-1234' });
  });
});

describe('a project’s checks against the commune', () => {
  const input = (over: Record<string, unknown>) =>
    ProjectInput.parse({ kind: 'works', title: 'Rue Neuve', departments: ['travaux'], ...over });
  const fields = (f: () => unknown) => {
    try {
      f();
      return [];
    } catch (e) {
      return (e as { params?: { name: string }[] }).params?.map((p) => p.name) ?? ['?'];
    }
  };
  it('names the field that is not the commune’s', () => {
    expect(fields(() => checkProjectInput(config, input({ departments: ['travaux', 'cuisine'] })))).toEqual(['departments']);
    expect(fields(() => checkProjectInput(config, input({ departments: ['travaux', 'travaux'] })))).toEqual(['departments']);
    expect(fields(() => checkProjectInput(config, input({ pstObjective: 'oo23-energie' })))).toEqual(['pstObjective']);
    expect(fields(() => checkProjectInput(config, input({ template: { id: 'nope', anchorDay: '2027-01-01' } })))).toEqual(['template.id']);
    expect(checkProjectInput(config, input({ template: { id: 'chantier-voirie', anchorDay: '2027-01-01' } }))?.id).toBe('chantier-voirie');
    expect(
      fields(() => checkProjectInput(config, input({ pstObjective: 'oo13-voiries', start: '2027-01-02', end: '2027-01-01' }))),
    ).toEqual(['end']);
  });
  it('checks a change on the project as it would be (a cleared start no longer bounds the end)', () => {
    const current = { departments: ['travaux'], start: '2027-05-01', end: '2027-06-01' };
    expect(fields(() => checkProjectChange(config, current, { version: 1, end: '2027-04-01' }))).toEqual(['end']);
    expect(fields(() => checkProjectChange(config, current, { version: 1, start: null, end: '2027-04-01' }))).toEqual([]);
  });
});
