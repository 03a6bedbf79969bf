/**
 * A project's tasks from its process template: each step's task gets an id derived from the project's id and the
 * step's (so a retried creation, or a second pass over the chunks, writes the same tasks, never two), and is built
 * by newTaskItem. A transaction holds at most 100 items: the project's own items go first with as many tasks as fit;
 * the rest (only for templates longer than the config allows today) are put one by one if missing, idempotently.
 */
import { createHash } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { newTaskItem, newTrackingCode, type TaskItem } from '@tandem/shared';
import type { ProcessTemplate } from '@tandem/shared/work/work-config';
import { templateTasks } from '@tandem/shared/work/template-tasks';
import { ddb, env } from '../lib/aws.js';

/** DynamoDB's limit on the items of one transaction. */
export const TRANSACTION_LIMIT = 100;

/** The id of a template step's task in a project: a tracking-code-like id drawn from a hash of both. */
export function stepTaskId(commune: string, projectId: string, stepId: string): string {
  const bytes = createHash('sha256').update(`${commune}|${projectId}|${stepId}`).digest();
  let i = 0;
  return newTrackingCode((max) => bytes[i++] % max);
}

export interface TemplateRun {
  commune: string;
  projectId: string;
  anchorDay: string;
  at: string;
  by: string;
}

export function templateTaskItems(template: ProcessTemplate, run: TemplateRun): TaskItem[] {
  return templateTasks(template, {
    commune: run.commune,
    projectId: run.projectId,
    anchorDay: run.anchorDay,
    createdAt: run.at,
    createdBy: run.by,
    idOf: (step) => stepTaskId(run.commune, run.projectId, step),
  }).map(newTaskItem);
}

/** Puts the tasks that do not exist yet (an existing one, perhaps already changed by an agent, is left as it is). */
export async function putMissingTasks(tasks: TaskItem[]): Promise<void> {
  for (const Item of tasks) {
    try {
      await ddb().send(new PutCommand({ TableName: env().tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    }
  }
}
