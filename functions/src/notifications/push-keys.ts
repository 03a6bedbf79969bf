/**
 * The Web Push VAPID key pair, behind one small interface (docs/notifications.md, "Web Push"): `pushKeys()`.
 *
 * Both places keep a random **seed**, and the P-256 key pair is derived from it (SHA-256 of the seed, the private
 * scalar): CloudFormation can make a random secret string (Secrets Manager's GenerateSecretString) but no EC key, and
 * this spares the stack a custom resource (a function, a role, a provider) near CloudFormation's 500 resources.
 *   - in the cloud, a Secrets Manager secret made by CDK (VAPID_SECRET_ARN, set only on the functions that declare
 *     `pushKeys` in shared/src/routes.ts, whose roles may GetSecretValue it and nothing else);
 *   - on one machine, a file in the local state directory (VAPID_KEY_FILE), written atomically on the first start
 *     (infra/local/services/push-keys-file.ts). Reading it is checked by the local IAM as the same GetSecretValue, so a
 *     function that does not declare `pushKeys` is refused locally as in AWS.
 * Rotating the seed invalidates every browser's subscription (they were made with the old public key): it is never
 * rotated automatically.
 */
import { createECDH, createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { checkLocalAccess, env } from '../lib/aws.js';

export interface PushKeys {
  /** base64url of the uncompressed P-256 point (65 bytes): the browser's `applicationServerKey`. */
  publicKey: string;
  /** base64url of the 32-byte private scalar. */
  privateKey: string;
}

/** The secret's name on one machine (its ARN is what the local IAM checks). */
export const LOCAL_PUSH_KEYS_SECRET = 'tandem-push-keys';
/** What the local key file holds. */
export interface PushKeysFile {
  seed: string;
}

const ORDER = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');

/** The key pair of a seed: the same seed, the same keys (SHA-256, again while outside 1…n−1, which almost never happens). */
export function pushKeysFromSeed(seed: string): PushKeys {
  if (seed.length < 32) throw new Error('the Web Push seed is too short');
  let d = createHash('sha256').update(`tandem-vapid-v1\n${seed}`).digest();
  for (;;) {
    const n = BigInt(`0x${d.toString('hex')}`);
    if (n > 0n && n < ORDER) break;
    d = createHash('sha256').update(d).digest();
  }
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  return { publicKey: ecdh.getPublicKey().toString('base64url'), privateKey: d.toString('base64url') };
}

let cached: { source: string; keys: Promise<PushKeys> } | undefined;

async function readSeed(): Promise<string> {
  const e = env();
  if (e.vapidSecretArn) {
    const client = new SecretsManagerClient({ region: e.region });
    const res = await client.send(new GetSecretValueCommand({ SecretId: e.vapidSecretArn }));
    if (!res.SecretString) throw new Error('the Web Push secret has no value');
    return res.SecretString;
  }
  if (e.vapidKeyFile) return (JSON.parse(await readFile(e.vapidKeyFile, 'utf8')) as PushKeysFile).seed;
  throw new Error('no Web Push keys: neither VAPID_SECRET_ARN nor VAPID_KEY_FILE is set');
}

/** The platform's VAPID keys (read once per container; locally, every call is still checked against the caller's grants). */
export async function pushKeys(): Promise<PushKeys> {
  const e = env();
  if (e.vapidKeyFile) await checkLocalAccess('secretsmanager', 'GetSecretValue', { SecretId: LOCAL_PUSH_KEYS_SECRET });
  const source = e.vapidSecretArn ?? e.vapidKeyFile ?? '';
  if (cached?.source !== source) {
    const keys = readSeed().then(pushKeysFromSeed);
    cached = { source, keys };
    keys.catch(() => {
      if (cached?.keys === keys) cached = undefined;
    });
  }
  return cached.keys;
}

/** Whether push can be sent here at all (keys configured). */
export const pushConfigured = (): boolean => Boolean(env().vapidSecretArn || env().vapidKeyFile);
