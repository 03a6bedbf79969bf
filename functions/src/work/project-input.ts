/**
 * What the schema cannot check about a project: its departments are the commune's, its PST objective is one of the
 * commune's plan (config `work.pst`), its template one of the commune's (`work.templates`), and it ends after it
 * starts. Each failure is a 422 naming the field.
 */
import type { CommuneConfig } from '@tandem/shared';
import type { ProcessTemplate } from '@tandem/shared/work/work-config';
import type { ProjectChange, ProjectInput } from '@tandem/shared/schemas/work';
import { unprocessable } from '../lib/http.js';

type Checked = Pick<ProjectInput, 'departments' | 'pstObjective' | 'start' | 'end'>;

/** The operational objectives of the commune's PST, by id. */
export function pstObjectiveIds(config: CommuneConfig): Set<string> {
  return new Set(config.work.pst.flatMap((s) => s.operational.map((o) => o.id)));
}

export function checkProjectFields(config: CommuneConfig, p: Partial<Checked>): void {
  const known = new Set(config.departments.map((d) => d.code));
  const unknown = (p.departments ?? []).filter((d) => !known.has(d));
  if (unknown.length)
    throw unprocessable(`unknown department(s): ${unknown.join(', ')}`, [
      { name: 'departments', reason: 'not a department of this commune' },
    ]);
  if (p.departments && new Set(p.departments).size !== p.departments.length)
    throw unprocessable('a department is named twice', [{ name: 'departments', reason: 'named twice' }]);
  if (p.pstObjective && !pstObjectiveIds(config).has(p.pstObjective))
    throw unprocessable(`no operational objective "${p.pstObjective}" in the commune's PST`, [
      { name: 'pstObjective', reason: 'not an operational objective of the commune’s PST' },
    ]);
  if (p.start && p.end && p.end < p.start) throw unprocessable('a project ends after it starts', [{ name: 'end', reason: 'before start' }]);
}

/** A new project's checks, and its template (with a department of the commune for each step). */
export function checkProjectInput(config: CommuneConfig, input: ProjectInput): ProcessTemplate | undefined {
  checkProjectFields(config, input);
  if (!input.template) return undefined;
  const template = config.work.templates.find((t) => t.id === input.template?.id);
  if (!template)
    throw unprocessable(`no process template "${input.template.id}"`, [{ name: 'template.id', reason: 'not a template of this commune' }]);
  return template;
}

/** A change's checks, on the project as it would be. */
export function checkProjectChange(config: CommuneConfig, current: Checked, change: ProjectChange): void {
  checkProjectFields(config, {
    departments: change.departments ?? current.departments,
    pstObjective: change.pstObjective === null ? undefined : (change.pstObjective ?? current.pstObjective),
    start: change.start === null ? undefined : (change.start ?? current.start),
    end: change.end === null ? undefined : (change.end ?? current.end),
  });
}
