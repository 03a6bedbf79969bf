/**
 * DynamoDB access for projects (shared/src/entities/project.ts): a project with its activity (one partition), every
 * project of the commune (gsi1), a project's tasks (gsi2 of the tasks), and the views the staff app reads.
 */
import { GetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { projectKeys, taskKeys, type ProjectItem, type TaskItem, type WorkActivityItem } from '@tandem/shared';
import type { ActivityView, ProjectView } from '@tandem/shared/schemas/work';
import { ddb, env } from '../lib/aws.js';

const table = () => env().tableName;
/** A commune keeps a few hundred projects at most: the list reads them all, in pages, up to this bound. */
const MAX_PROJECTS = 2000;
/** A template makes at most 50 tasks; agents add a few more. */
const MAX_PROJECT_TASKS = 1000;

export async function getProject(commune: string, id: string): Promise<ProjectItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: projectKeys.project(commune, id), ConsistentRead: true }));
  return res.Item as ProjectItem | undefined;
}

/** The project and its activity items (oldest first), from its partition. */
export async function getProjectWithActivity(
  commune: string,
  id: string,
): Promise<{ project: ProjectItem; activity: WorkActivityItem[] } | undefined> {
  let project: ProjectItem | undefined;
  const activity: WorkActivityItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': projectKeys.projectPk(commune, id) },
      ConsistentRead: true,
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      if (item.type === 'project') project = item as ProjectItem;
      else if (item.type === 'activity') activity.push(item as WorkActivityItem);
    }
  }
  return project ? { project, activity } : undefined;
}

/** Every project of the commune, by start day (those without one last). */
export async function allProjects(commune: string): Promise<ProjectItem[]> {
  const out: ProjectItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': projectKeys.projectsAll(commune) },
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) if (item.type === 'project') out.push(item as ProjectItem);
    if (out.length >= MAX_PROJECTS) break;
  }
  return out;
}

/** A project's tasks, by due instant (those without one last). */
export async function projectTasks(commune: string, projectId: string): Promise<TaskItem[]> {
  const out: TaskItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': taskKeys.projectTasks(commune, projectId) },
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) if (item.type === 'task') out.push(item as TaskItem);
    if (out.length >= MAX_PROJECT_TASKS) break;
  }
  return out;
}

export function toActivityView(a: WorkActivityItem): ActivityView {
  return {
    at: a.at,
    kind: a.kind,
    actor: a.actor,
    public: a.public,
    ...(a.text !== undefined ? { text: a.text } : {}),
    ...(a.changes ? { changes: a.changes } : {}),
    ...(a.mentions ? { mentions: a.mentions } : {}),
  };
}

export function toProjectView(p: ProjectItem, extra: { activity?: WorkActivityItem[]; tasks?: TaskItem[] } = {}): ProjectView {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    description: p.description,
    departments: p.departments,
    ...(p.lead ? { lead: p.lead } : {}),
    ...(p.start ? { start: p.start } : {}),
    ...(p.end ? { end: p.end } : {}),
    status: p.status,
    health: p.health,
    ...(p.budgetLine ? { budgetLine: p.budgetLine } : {}),
    ...(p.place ? { place: p.place } : {}),
    ...(p.pstObjective ? { pstObjective: p.pstObjective } : {}),
    ...(p.template ? { template: p.template } : {}),
    published: Boolean(p.publication),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    version: p.version,
    ...(extra.tasks
      ? {
          progress: {
            done: extra.tasks.filter((t) => t.status === 'done').length,
            total: extra.tasks.filter((t) => t.status !== 'cancelled').length,
          },
        }
      : {}),
    ...(extra.activity ? { activity: extra.activity.map(toActivityView) } : {}),
  };
}
