/**
 * Checks of what a task names against the commune: its department (the commune config's, not an outside body that
 * only reviews permits), its assignees (enabled staff members, from the people directory), its project (exists).
 * Each failure is a 422 naming the field.
 */
import type { CommuneRegistration } from '@tandem/shared';
import { unprocessable } from '../lib/http.js';
import { unknownPeople } from './people-directory.js';
import { getProject } from './work-store.js';

export function checkDepartment(reg: CommuneRegistration, department: string, field = 'department'): void {
  const d = reg.config.departments.find((x) => x.code === department);
  if (!d) throw unprocessable('unknown department', [{ name: field, reason: `no department "${department}" in ${reg.config.id}` }]);
  if (d.reviewOnly)
    throw unprocessable('this department reviews permits and does no tasks', [{ name: field, reason: `"${department}" is review-only` }]);
}

/** `subs`: the assignees to check; `all`: the list sent, whose indexes name the fields (default: `subs`). */
export async function checkAssignees(reg: CommuneRegistration, subs: readonly string[], all: readonly string[] = subs): Promise<void> {
  const unknown = await unknownPeople(reg, subs);
  if (unknown.length)
    throw unprocessable(
      'an assignee is no staff member of this commune',
      unknown.map((s) => ({ name: `assignees.${all.indexOf(s)}`, reason: 'not an enabled staff member (GET …/staff/people)' })),
    );
}

export async function checkProject(commune: string, projectId: string): Promise<void> {
  if (!(await getProject(commune, projectId)))
    throw unprocessable('no such project', [{ name: 'projectId', reason: `no project ${projectId} in ${commune}` }]);
}

/** An instant as the indexes sort it: UTC ISO with Z (clients may send any offset). */
export const utcInstant = (at: string) => new Date(at).toISOString();
