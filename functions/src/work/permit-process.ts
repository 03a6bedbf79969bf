/**
 * Event bus target (rule `start-permit-process`): a filed event permit request starts its process. The commune's
 * configured template (`permits.event.processTemplate`, one of `work.templates`) becomes a project anchored on the
 * event's first day, with the template's tasks (templateTasks: each due at its step's Brussels time), linked to the
 * permit; the permit's staff timeline gets a private item naming the project. Nothing is made for an occupation, or
 * when the commune configured no template.
 *
 * Idempotent: the project's id is derived from the permit's code, its tasks' ids from the project and the step, all
 * put only if absent. A replayed event, a resubmission after changes, or two deliveries at once find the project made
 * and only make the tasks still missing (a template longer than one transaction holds is written in parts).
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  newPermitTimelineItem,
  newWorkActivityItem,
  projectIndexes,
  projectKeys,
  type PermitEventDetail,
  type PermitItem,
  type ProjectItem,
} from '@tandem/shared';
import type { EventDetails } from '@tandem/shared/permits/permit-details';
import { derivedIds } from '@tandem/shared/work/derived-id';
import { templateTasks } from '@tandem/shared/work/template-tasks';
import type { ProcessTemplate } from '@tandem/shared/work/work-config';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { backgroundHandler } from '../lib/background-handler.js';
import { serveCommuneById } from '../communes/commune-store.js';
import { getPermit } from '../permits/permit-store.js';
import { isTransactionConflict, type TransactEntry } from '../lib/versioned-write.js';
import { newTaskWrites } from './new-task-writes.js';

export type PermitProcessResult =
  | { outcome: 'started' | 'completed'; project: string; tasks: number }
  | { outcome: 'not_an_event' | 'no_template' | 'unknown_permit' | 'not_submitted' };

/** DynamoDB's limit on a transaction's items. */
const MAX_TRANSACTION_ITEMS = 100;

export const handler = backgroundHandler(
  'work/permit-process',
  async (event: EventBridgeEvent<string, PermitEventDetail>): Promise<PermitProcessResult> => {
    const d = event.detail;
    const reg = await serveCommuneById(d.commune);
    const permit = reg && (await getPermit(d.commune, d.code));
    if (!reg || !permit) return { outcome: 'unknown_permit' };
    if (permit.kind !== 'event') return { outcome: 'not_an_event' };
    if (!permit.submittedAt) return { outcome: 'not_submitted' };
    const templateId = reg.config.permits?.event.processTemplate;
    const template = reg.config.work.templates.find((t) => t.id === templateId);
    if (!template) return { outcome: 'no_template' };
    return startProcess(permit, template, clock.iso());
  },
);

/** The project and its tasks for a filed event permit; safe to call again (it completes what is missing). */
export async function startProcess(permit: PermitItem, template: ProcessTemplate, at: string, attempt = 0): Promise<PermitProcessResult> {
  const details = permit.details as EventDetails;
  const projectId = derivedIds.permitProject(permit.code);
  const project = projectItem(permit, details, template, projectId, at);
  const projectActivity = newWorkActivityItem(project.pk, 'project', project.commune, projectId, at, {
    kind: 'created',
    public: false,
    actor: 'system',
    text: `Processus « ${template.title} » (v${template.version}) démarré par la demande ${permit.code}`,
  });
  const permitNote = newPermitTimelineItem(permit.commune, permit.code, at, {
    kind: 'private_note',
    public: false,
    actor: 'system',
    message: `Processus démarré : projet ${projectId} « ${project.title} » (${template.steps.length} tâches)`,
  });
  const tasks = templateTasks(template, {
    commune: permit.commune,
    projectId,
    anchorDay: details.period.start,
    createdAt: at,
    createdBy: 'system',
    idOf: (step) => derivedIds.projectStepTask(projectId, step),
  }).map((t) => newTaskWrites({ ...t, links: [{ kind: 'permit', id: permit.code }] }, { name: 'system' }));

  const TableName = env().tableName;
  const head: TransactEntry[] = [
    { Put: { TableName, Item: project, ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName, Item: projectActivity, ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName, Item: permitNote, ConditionExpression: 'attribute_not_exists(pk)' } },
  ];
  // As many whole tasks as one transaction holds go with the project: a usual template is one all-or-nothing write.
  let room = MAX_TRANSACTION_ITEMS - head.length;
  let split = 0;
  while (split < tasks.length && tasks[split].entries.length <= room) room -= tasks[split++].entries.length;
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: [...head, ...tasks.slice(0, split).flatMap((t) => t.entries)] }));
  } catch (e) {
    if (e instanceof TransactionCanceledException && isTransactionConflict(e) && attempt < 4) {
      // Another delivery of the same event is writing the same project: once it lands, the conditions decide.
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      return startProcess(permit, template, at, attempt + 1);
    }
    if (!(e instanceof TransactionCanceledException) || e.CancellationReasons?.[0]?.Code !== 'ConditionalCheckFailed') throw e;
    // The project is there already (a replay, a resubmission): make only the tasks still missing.
    let made = 0;
    for (const t of tasks) if (await putIfAbsent(t.entries)) made++;
    return { outcome: 'completed', project: projectId, tasks: made };
  }
  for (const t of tasks.slice(split)) await putIfAbsent(t.entries);
  return { outcome: 'started', project: projectId, tasks: tasks.length };
}

/** One task's items; false when the task is already there. */
async function putIfAbsent(entries: TransactEntry[], attempt = 0): Promise<boolean> {
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: entries }));
    return true;
  } catch (e) {
    if (e instanceof TransactionCanceledException && e.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') return false;
    if (e instanceof TransactionCanceledException && isTransactionConflict(e) && attempt < 4) {
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      return putIfAbsent(entries, attempt + 1);
    }
    throw e;
  }
}

function projectItem(permit: PermitItem, details: EventDetails, template: ProcessTemplate, id: string, at: string): ProjectItem {
  // The handling department leads; the template's departments take part.
  const departments = [...new Set([permit.handlingDepartment, ...template.steps.map((s) => s.department)])].slice(0, 10);
  const base = {
    commune: permit.commune,
    id,
    start: details.period.start,
    publication: undefined,
  };
  const idx = projectIndexes(base);
  return {
    ...projectKeys.project(permit.commune, id),
    type: 'project',
    commune: permit.commune,
    id,
    kind: template.kind,
    title: details.title,
    description: `${template.title} — demande ${permit.code}`,
    departments,
    start: details.period.start,
    end: details.period.end,
    status: 'planned',
    health: 'on-track',
    place: { ...(details.place.label ? { label: details.place.label } : {}), geometry: details.place.geometry },
    links: [{ kind: 'permit', id: permit.code }],
    template: { id: template.id, version: template.version, anchorDay: details.period.start },
    createdAt: at,
    updatedAt: at,
    createdBy: 'system',
    version: 1,
    gsi1pk: idx.gsi1pk,
    gsi1sk: idx.gsi1sk,
  };
}
