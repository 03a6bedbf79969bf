/**
 * Bench helper: 10,000 live map items in one commune, written straight into DynamoDB Local (item + cell
 * copies, as the store writes them), spread over the commune with periods around today.
 */
import { BatchWriteCommand, DynamoDBDocumentClient, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { addDays, brusselsDate, MAP_ITEM_KINDS, type BBox, mapItemRecords } from '@tandem/shared';

export async function seedBenchMapItems(endpoint: string, table: string, commune: string, bbox: BBox, count: number): Promise<number> {
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: 'eu-west-1', endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  );
  const today = brusselsDate(Date.now());
  const kinds = MAP_ITEM_KINDS.filter((k) => k !== 'report');
  let rand = 42;
  const next = () => {
    rand = (rand * 1103515245 + 12345) % 2 ** 31;
    return rand / 2 ** 31;
  };
  const writes: Record<string, unknown>[] = [];
  const at = new Date().toISOString();
  for (let i = 0; i < count; i++) {
    const lng = bbox[0] + next() * (bbox[2] - bbox[0]);
    const lat = bbox[1] + next() * (bbox[3] - bbox[1]);
    const start = addDays(today, Math.floor(next() * 20) - 10);
    const geometry =
      i % 3 === 0
        ? {
            type: 'LineString' as const,
            coordinates: [
              [lng, lat],
              [lng + 0.002, lat + 0.001],
            ] as [number, number][],
          }
        : { type: 'Point' as const, coordinates: [lng, lat] as [number, number] };
    const { item, copies } = mapItemRecords(commune, {
      id: `bench-${i}`,
      kind: kinds[i % kinds.length],
      title: `Élément de mesure ${i}`,
      description: 'Banc de mesure',
      streets: [`Rue ${i % 97}`],
      geometry,
      period: { start, end: addDays(start, Math.floor(next() * 10)) },
      source: { type: 'staff' },
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    writes.push(item as unknown as Record<string, unknown>, ...(copies as unknown as Record<string, unknown>[]));
  }
  for (let i = 0; i < writes.length; i += 25) {
    let request: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> | undefined = {
      [table]: writes.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
    };
    while (request) {
      const res: BatchWriteCommandOutput = await doc.send(new BatchWriteCommand({ RequestItems: request }));
      const left: unknown[] | undefined = res.UnprocessedItems?.[table];
      request = left?.length ? ({ [table]: left } as typeof request) : undefined;
    }
  }
  doc.destroy();
  return writes.length;
}
