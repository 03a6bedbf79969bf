/**
 * Commune registrations: written by the CommuneStack (cloud) or the local seed, read by every handler with the
 * base role's client (the only items it may read; every other item is read with the commune's tenant credentials).
 */
import { GetCommand, paginateQuery, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  communeRegistrationItem,
  keys,
  parseCommuneRegistration,
  type CommuneAuth,
  type CommuneConfig,
  type CommuneRegistration,
} from '@tandem/shared';
import { baseDdb, env } from '../lib/aws.js';
import { serveCommune } from '../lib/tenant.js';

export async function putCommuneRegistration(config: CommuneConfig, auth: CommuneAuth): Promise<void> {
  await baseDdb().send(new PutCommand({ TableName: env().tableName, Item: communeRegistrationItem(config, auth) }));
}

const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; value: CommuneRegistration | undefined }>();

/** Reads one commune (cached for a minute per warm function); undefined when unknown. */
export async function getCommune(id: string): Promise<CommuneRegistration | undefined> {
  if (!/^[a-z][a-z0-9-]{1,40}$/.test(id)) return undefined;
  const hit = cache.get(id);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const res = await baseDdb().send(new GetCommand({ TableName: env().tableName, Key: keys.commune(id) }));
  const value = res.Item ? parseCommuneRegistration(res.Item) : undefined;
  cache.set(id, { at: Date.now(), value });
  return value;
}

/**
 * The registered commune with this id, from now on the commune the invocation serves: its table and bucket calls
 * are made with that commune's tenant credentials (lib/tenant.ts). Undefined when unknown (nothing is served).
 */
export async function serveCommuneById(id: string): Promise<CommuneRegistration | undefined> {
  const reg = await getCommune(id);
  if (reg) serveCommune(reg.config.id);
  return reg;
}

export async function listCommunes(): Promise<CommuneRegistration[]> {
  const out: CommuneRegistration[] = [];
  const pages = paginateQuery(
    { client: baseDdb() },
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
