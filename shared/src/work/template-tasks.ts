/**
 * A process template's steps as dated tasks: each step is due `offsetDays` from the anchor day, at its time, in
 * Brussels (stored in UTC, as every instant) (so "J-2 at 08:00" is 08:00 in Brussels whatever the season). Pure: the project handler and the permit
 * process starter both call it; the ids are given by the caller (derived from the project, so a retry makes the same).
 */
import { addDays } from '../permits/calendar.js';
import { brusselsWallToMs } from '../brussels-time.js';
import type { NewTask } from '../entities/task.js';
import type { ProcessTemplate } from './work-config.js';

export interface TemplateTaskContext {
  commune: string;
  projectId: string;
  anchorDay: string;
  createdAt: string;
  createdBy: string;
  /** The id of the step's task (e.g. derived from the project id and the step). */
  idOf(stepId: string): string;
}

export function templateTasks(template: ProcessTemplate, ctx: TemplateTaskContext): NewTask[] {
  return template.steps.map((step) => ({
    commune: ctx.commune,
    id: ctx.idOf(step.id),
    title: step.title,
    description: step.description,
    department: step.department,
    dueAt: new Date(brusselsWallToMs(addDays(ctx.anchorDay, step.offsetDays), step.time)).toISOString(),
    checklist: step.checklist.map((text, i) => ({ id: `c${i + 1}`, text, done: false })),
    projectId: ctx.projectId,
    origin: { kind: 'template', template: template.id, version: template.version, step: step.id },
    createdAt: ctx.createdAt,
    createdBy: ctx.createdBy,
  }));
}
