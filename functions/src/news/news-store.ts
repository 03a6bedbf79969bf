/** DynamoDB access for practical notices (entities/news.ts): one item each, the commune's notices on gsi1 by first day. */
import { GetCommand, QueryCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { keys, type NewsItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

const table = () => env().tableName;

export async function getNews(commune: string, id: string): Promise<NewsItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: keys.news(commune, id), ConsistentRead: true }));
  return res.Item as NewsItem | undefined;
}

/** Every notice of the commune (the staff list: one gsi1 partition, newest first day first). */
export async function allNews(commune: string): Promise<NewsItem[]> {
  const out: NewsItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.newsAll(commune) },
      ScanIndexForward: false,
    },
  );
  for await (const page of pages) out.push(...((page.Items ?? []) as NewsItem[]));
  return out;
}

/** How many items one public read looks at, at most (unpublished ones are skipped past): a bounded read. */
const PUBLIC_READ_BUDGET = 400;

/**
 * The published notices whose first day is `today` or earlier, newest first, up to `limit`: pages of gsi1 read
 * backwards from today (notices to come are not read), unpublished ones left out, within a budget of items read.
 */
export async function publicNews(commune: string, today: string, limit: number): Promise<NewsItem[]> {
  const out: NewsItem[] = [];
  let start: Record<string, unknown> | undefined;
  let read = 0;
  do {
    const res = await ddb().send(
      new QueryCommand({
        TableName: table(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :upTo',
        FilterExpression: 'published = :yes',
        ExpressionAttributeValues: { ':pk': keys.newsAll(commune), ':upTo': keys.newsUpTo(today), ':yes': true },
        ScanIndexForward: false,
        Limit: 100,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    out.push(...((res.Items ?? []) as NewsItem[]));
    read += res.ScannedCount ?? 0;
    start = res.LastEvaluatedKey;
  } while (start && out.length < limit && read < PUBLIC_READ_BUDGET);
  return out.slice(0, limit);
}
