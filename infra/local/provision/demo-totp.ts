/**
 * Admins must pass a TOTP challenge (docs/staff-sign-in.md), so each demo admin gets a TOTP secret from the local
 * identity provider at the first start, kept in the local data folder (never in the repository) and reused at
 * every start. `npm start` prints where to read the current code (/_local/totp); scripts and tests compute it
 * with demoTotpCode().
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdminGetUserCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CommuneConfig } from '@tandem/shared';
import { LocalIdentityStore, type TotpRecord } from '../../../functions/src/auth/local-identity-store.js';
import { totpCode } from '../../../functions/src/auth/totp.js';
import { clock } from '../../../functions/src/lib/clock.js';
import { LocalIdentityProvider } from '../../../functions/src/auth/local-identity-provider.js';

export async function enrolDemoAdmins(
  cognito: CognitoIdentityProviderClient,
  communes: readonly CommuneConfig[],
  staffPools: Record<string, string>,
  env: Record<string, string>,
): Promise<void> {
  const provider = new LocalIdentityProvider({
    stateDir: env.LOCAL_IDENTITY_DIR,
    cognitoDbDir: env.LOCAL_COGNITO_DB_DIR,
    outboxDir: env.OUTBOX_DIR,
  });
  for (const commune of communes) {
    for (const account of commune.demoAccounts.filter((a) => a.role === 'admin')) {
      const poolId = staffPools[commune.id];
      const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: account.username }));
      const sub = user.UserAttributes?.find((a) => a.Name === 'sub')?.Value;
      if (sub) provider.enrolDemo(poolId, sub, account.username);
    }
  }
}

/** The current TOTP code of a demo account (what /_local/totp shows), read from the local data folder. */
export function demoTotpCode(identityDir: string, username: string, now = clock.ms()): string {
  const store = new LocalIdentityStore(identityDir);
  const record = store.demoTotps().find((r) => r.username.toLowerCase() === username.toLowerCase());
  if (!record?.secret) throw new Error(`${username} has no demo TOTP secret in ${identityDir}`);
  return totpCode(record.secret, now);
}

/** Every TOTP record of the folder (tests). */
export function totpRecords(identityDir: string): TotpRecord[] {
  try {
    return readdirSync(join(identityDir, 'totp')).map((f) => JSON.parse(readFileSync(join(identityDir, 'totp', f), 'utf8')) as TotpRecord);
  } catch {
    return [];
  }
}
