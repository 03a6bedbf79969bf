/**
 * DynamoDB access for map items. An item is written with one copy of its public feature per geohash cell
 * it covers (sorted by last day), in one transaction; a viewport query reads only its cells, from the
 * first day asked: items that ended drop out by key. The feeds read the commune's live list (gsi2).
 */
import { GetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { cellCopyKeys, keys, type MapCellItem, type MapFeature, type MapItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import type { TransactEntry } from '../lib/versioned-write.js';

const table = () => env().tableName;

export async function getMapItem(commune: string, id: string): Promise<MapItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: keys.mapItem(commune, id), ConsistentRead: true }));
  return res.Item as MapItem | undefined;
}

/** Transaction entries that replace an item's cell copies (removing the old ones that are not rewritten). */
export function cellEntries(
  previous: Pick<MapItem, 'cells' | 'period' | 'id' | 'commune'> | undefined,
  copies: MapCellItem[],
): TransactEntry[] {
  const TableName = table();
  const fresh = new Set(copies.map((c) => `${c.pk}|${c.sk}`));
  const stale = (previous ? cellCopyKeys(previous) : []).filter((k) => !fresh.has(`${k.pk}|${k.sk}`));
  return [...stale.map((Key) => ({ Delete: { TableName, Key } })), ...copies.map((Item) => ({ Put: { TableName, Item } }))];
}

/** Every copy in the given cells whose last day is `from` or later. */
export async function featuresInCells(commune: string, cells: string[], from: string): Promise<MapFeature[]> {
  const pages = await Promise.all(
    cells.map(async (cell) => {
      const out: MapFeature[] = [];
      const pages = paginateQuery(
        { client: ddb() },
        {
          TableName: table(),
          KeyConditionExpression: 'pk = :pk AND sk >= :from',
          ExpressionAttributeValues: { ':pk': keys.mapCell(commune, cell).pk, ':from': from },
        },
      );
      for await (const page of pages) for (const i of (page.Items ?? []) as MapCellItem[]) out.push(i.feature);
      return out;
    }),
  );
  const byId = new Map<string, MapFeature>();
  for (const f of pages.flat()) byId.set(f.id, f);
  return [...byId.values()];
}

/** The commune's items whose last day is `from` or later (the feeds' read). */
export async function liveItems(commune: string, from: string): Promise<MapItem[]> {
  const out: MapItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk >= :from',
      ExpressionAttributeValues: { ':pk': keys.mapLive(commune), ':from': from },
    },
  );
  for await (const page of pages) out.push(...((page.Items ?? []) as MapItem[]));
  return out;
}

/** Every item, last changed first (the staff list; expired ones go with their TTL). */
export async function allItems(commune: string, limit = 500): Promise<MapItem[]> {
  const out: MapItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ScanIndexForward: false,
      ExpressionAttributeValues: { ':pk': keys.mapItemsAll(commune) },
      Limit: limit,
    },
  );
  for await (const page of pages) {
    out.push(...((page.Items ?? []) as MapItem[]));
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}
