/**
 * DynamoDB access for works sites: the project item, the published sites (the projects' sparse gsi2), a site's public
 * progress updates (its public `progress` activity items) and its watchers (entities/works-watcher.ts). Every read is
 * by key: one GetItem, or one Query of a partition or of the gsi2 partition.
 */
import { GetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import {
  TIMELINE_PREFIX,
  WORKS_WATCHER_PREFIX,
  projectKeys,
  worksWatcherKeys,
  type ProjectItem,
  type WorkActivityItem,
  type WorksWatcherItem,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

const table = () => env().tableName;

/** A project that is published has its public page's fields. */
export type PublishedProject = ProjectItem & { publication: NonNullable<ProjectItem['publication']> };
export const isPublished = (p: ProjectItem | undefined): p is PublishedProject => p?.publication !== undefined;

export async function getProject(commune: string, id: string): Promise<ProjectItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: projectKeys.project(commune, id), ConsistentRead: true }));
  return res.Item as ProjectItem | undefined;
}

/** The commune's published works sites, by start day. */
export async function publishedProjects(commune: string): Promise<PublishedProject[]> {
  const out: PublishedProject[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': projectKeys.worksSites(commune) },
    },
  );
  for await (const page of pages) out.push(...((page.Items ?? []) as ProjectItem[]).filter(isPublished));
  return out;
}

/** A site's public progress updates, newest first (its other activity is internal and never read here). */
export async function progressUpdates(commune: string, id: string, limit = 100): Promise<WorkActivityItem[]> {
  const out: WorkActivityItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :tl)',
      FilterExpression: '#public = :yes AND #kind = :progress',
      ExpressionAttributeNames: { '#public': 'public', '#kind': 'kind' },
      ExpressionAttributeValues: {
        ':pk': projectKeys.projectPk(commune, id),
        ':tl': TIMELINE_PREFIX,
        ':yes': true,
        ':progress': 'progress',
      },
      ScanIndexForward: false,
    },
  );
  for await (const page of pages) {
    out.push(...((page.Items ?? []) as WorkActivityItem[]));
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}

/** One activity item of a project, by its sort key. */
export async function getActivity(commune: string, id: string, sk: string): Promise<WorkActivityItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: { pk: projectKeys.projectPk(commune, id), sk } }));
  return res.Item as WorkActivityItem | undefined;
}

export async function getWatcher(commune: string, id: string, addressHash: string): Promise<WorksWatcherItem | undefined> {
  const res = await ddb().send(
    new GetCommand({ TableName: table(), Key: worksWatcherKeys.watcher(commune, id, addressHash), ConsistentRead: true }),
  );
  return res.Item as WorksWatcherItem | undefined;
}

/** Everyone following a site by e-mail (confirmed or not: the mail gate decides what each one gets). */
export async function watchersOf(commune: string, id: string): Promise<WorksWatcherItem[]> {
  const out: WorksWatcherItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :w)',
      ExpressionAttributeValues: { ':pk': projectKeys.projectPk(commune, id), ':w': WORKS_WATCHER_PREFIX },
    },
  );
  for await (const page of pages) out.push(...((page.Items ?? []) as WorksWatcherItem[]));
  return out;
}
