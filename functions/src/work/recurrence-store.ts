/** DynamoDB access for recurrences (entities/recurrence.ts): one item each, the commune's list on gsi1. */
import { GetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { keys, type RecurrenceItem, type TaskItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

const table = () => env().tableName;

export async function getRecurrence(commune: string, id: string): Promise<RecurrenceItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: keys.recurrence(commune, id), ConsistentRead: true }));
  return res.Item as RecurrenceItem | undefined;
}

/** Every recurrence of the commune, by id (one gsi1 partition; the scheduler and the list read it). */
export async function allRecurrences(commune: string): Promise<RecurrenceItem[]> {
  const out: RecurrenceItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.recurrencesAll(commune) },
    },
  );
  for await (const page of pages) out.push(...((page.Items ?? []) as RecurrenceItem[]));
  return out;
}

/** A task as stored (no activity), read consistently: to tell a task already made from an id taken by another. */
export async function getTask(commune: string, id: string): Promise<TaskItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: keys.task(commune, id), ConsistentRead: true }));
  return res.Item as TaskItem | undefined;
}
