/** Commune registrations: written by the CommuneStack (cloud) or the local seed, read by every handler. */
import { GetCommand, paginateQuery, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  communeRegistrationItem,
  keys,
  parseCommuneRegistration,
  type CommuneAuth,
  type CommuneConfig,
  type CommuneRegistration,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

export async function putCommuneRegistration(config: CommuneConfig, auth: CommuneAuth): Promise<void> {
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: communeRegistrationItem(config, auth) }));
}

const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; value: CommuneRegistration | undefined }>();

/** Reads one commune (cached for a minute per warm function); undefined when unknown. */
export async function getCommune(id: string): Promise<CommuneRegistration | undefined> {
  if (!/^[a-z][a-z0-9-]{1,40}$/.test(id)) return undefined;
  const hit = cache.get(id);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const res = await ddb().send(new GetCommand({ TableName: env().tableName, Key: keys.commune(id) }));
  const value = res.Item ? parseCommuneRegistration(res.Item) : undefined;
  cache.set(id, { at: Date.now(), value });
  return value;
}

export async function listCommunes(): Promise<CommuneRegistration[]> {
  const out: CommuneRegistration[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: env().tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.communeIndexPk },
    },
  );
  for await (const page of pages) for (const i of page.Items ?? []) out.push(parseCommuneRegistration(i));
  return out;
}

export function clearCommuneCache(): void {
  cache.clear();
}
