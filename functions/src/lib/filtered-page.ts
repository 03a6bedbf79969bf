/**
 * One page of an index read newest (or soonest) first, with an optional filter applied by DynamoDB after
 * the read. A filter that matches little would leave pages empty while the list goes on, so the read goes
 * on until the page is full or the index is exhausted, but never past a budget of entries read: then the
 * page is `partial` and its cursor continues the search where it stopped.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ddb } from './aws.js';

type Key = Record<string, unknown>;

/** Index entries one list request may read when a filter is set (about 2 MB of reports; a few queries). */
export const LIST_READ_BUDGET = 2000;
/** Entries read by one query when a filter is set: enough to fill a page of a filter that matches 1 in 10. */
const FILTERED_QUERY_SIZE = 250;

export interface FilteredPage<T> {
  items: T[];
  /** Where the next page starts; absent when the index is exhausted. */
  lastKey?: Key;
  /** Index entries read for this page (those the filter dropped included). */
  scanned: number;
  /** The read budget ran out before the page was full: the list is not exhausted, the cursor goes on searching. */
  partial: boolean;
}

export async function readFilteredPage<T>(
  query: Omit<QueryCommandInput, 'Limit' | 'ExclusiveStartKey'>,
  opts: { limit: number; startKey?: Key; filtered: boolean; readBudget: number; keyOf(item: T): Key },
): Promise<FilteredPage<T>> {
  const items: T[] = [];
  let scanned = 0;
  let lastKey = opts.startKey;
  while (items.length < opts.limit) {
    const room = opts.filtered ? Math.min(opts.readBudget - scanned, FILTERED_QUERY_SIZE) : opts.limit - items.length;
    if (room <= 0) break;
    const res = await ddb().send(new QueryCommand({ ...query, Limit: room, ExclusiveStartKey: lastKey }));
    scanned += res.ScannedCount ?? res.Items?.length ?? 0;
    for (const it of (res.Items ?? []) as T[]) {
      if (items.length < opts.limit) items.push(it);
      // Full: the next page starts right after the last item kept, not after the query's last read.
      else return { items, lastKey: opts.keyOf(items[items.length - 1]), scanned, partial: false };
    }
    lastKey = res.LastEvaluatedKey;
    if (!lastKey) break;
  }
  return { items, ...(lastKey ? { lastKey } : {}), scanned, partial: Boolean(lastKey) && items.length < opts.limit };
}
