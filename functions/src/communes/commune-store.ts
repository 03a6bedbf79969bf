/** Commune registrations: written by the CommuneStack (cloud) or the local seed, read by every handler. */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CommuneConfig, keys } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

/** How a commune's staff sign in: its Cognito staff pool and app client. */
export interface CommuneAuth {
  staffPoolId: string;
  staffClientId: string;
  /** Token issuer of the staff pool, e.g. https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc. */
  staffIssuer: string;
  citizenPoolId?: string;
  citizenClientId?: string;
}

export interface CommuneRegistration {
  config: CommuneConfig;
  auth: CommuneAuth;
}

/** The registration item as stored (CDK's custom resource writes the same shape). */
export function registrationItem(config: CommuneConfig, auth: CommuneAuth): Record<string, unknown> {
  return { ...keys.commune(config.id), ...keys.communeIndex(config.id), type: 'commune', id: config.id, config, auth };
}

export async function putCommuneRegistration(config: CommuneConfig, auth: CommuneAuth): Promise<void> {
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: registrationItem(config, auth) }));
}

const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; value: CommuneRegistration | undefined }>();

/** Reads one commune (cached for a minute per warm function); undefined when unknown. */
export async function getCommune(id: string): Promise<CommuneRegistration | undefined> {
  if (!/^[a-z][a-z0-9-]{1,40}$/.test(id)) return undefined;
  const hit = cache.get(id);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const res = await ddb().send(new GetCommand({ TableName: env().tableName, Key: keys.commune(id) }));
  const value = res.Item ? { config: CommuneConfig.parse(res.Item.config), auth: res.Item.auth as CommuneAuth } : undefined;
  cache.set(id, { at: Date.now(), value });
  return value;
}

export async function listCommunes(): Promise<CommuneRegistration[]> {
  const out: CommuneRegistration[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const res = await ddb().send(new QueryCommand({
      TableName: env().tableName, IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': keys.communeIndexPk }, ExclusiveStartKey,
    }));
    for (const i of res.Items ?? []) out.push({ config: CommuneConfig.parse(i.config), auth: i.auth as CommuneAuth });
    ExclusiveStartKey = res.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return out;
}

export function clearCommuneCache(): void {
  cache.clear();
}
