import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { ROLE_GROUPS, departmentGroup } from '@tandem/shared';
import { provisionPlatform } from './provision.js';
import { loadCommuneConfigs } from './communes.js';
import { readState } from './state.js';
import { DEMO_PASSWORD, signInClaims } from './identity.js';
import { LOCAL_CREDENTIALS } from '../services/dynamodb-local.js';
import { clearCommuneCache, getCommune } from '../../../functions/src/communes/commune-store.js';
import { localDataDir, localEnv } from '../../../tests/support/local-env.js';

describe('provisioning', () => {
  it('is idempotent: a rerun reuses the pools and clients recorded in the state file', async () => {
    const stateFile = join(localDataDir(), 'local-state.json');
    const before = readState(stateFile);
    const again = await provisionPlatform({
      env: localEnv(),
      stateFile,
      communes: loadCommuneConfigs(),
      siteOrigins: ['http://localhost:4321'],
    });
    expect(Object.keys(before.communes).sort()).toEqual(['braine-le-comte', 'soignies']);
    for (const [id, ids] of Object.entries(before.communes)) {
      expect(again.identities[id]).toMatchObject(ids);
    }
    expect(readState(stateFile).communes).toEqual(before.communes);
  });

  it('finds the pools and clients by name when the state file lost them (a start killed before writing it)', async () => {
    const stateFile = join(localDataDir(), 'local-state.json');
    const before = readState(stateFile);
    const lost = join(mkdtempSync(join(tmpdir(), 'tandem-state-')), 'local-state.json');
    const again = await provisionPlatform({
      env: localEnv(),
      stateFile: lost,
      communes: loadCommuneConfigs(),
      siteOrigins: ['http://localhost:4321'],
    });
    for (const [id, ids] of Object.entries(before.communes)) expect(again.identities[id]).toMatchObject(ids);
    expect(readState(lost).communes).toEqual(before.communes);
    rmSync(dirname(lost), { recursive: true, force: true });
  });

  it('creates demo staff who sign in with USER_PASSWORD_AUTH, with their groups, commune and the registered issuer', async () => {
    const env = localEnv();
    const commune = loadCommuneConfigs().find((c) => c.id === 'soignies')!;
    const agent = commune.demoAccounts.find((a) => a.role === 'agent')!;
    clearCommuneCache();
    const reg = await getCommune('soignies');
    expect(reg).toBeDefined();
    const cognito = new CognitoIdentityProviderClient({
      region: env.AWS_REGION,
      endpoint: env.COGNITO_ENDPOINT,
      credentials: LOCAL_CREDENTIALS,
    });
    const claims = await signInClaims(cognito, reg!.auth.staffClientId, agent.username, DEMO_PASSWORD);
    cognito.destroy();
    expect(claims.iss).toBe(reg!.auth.staffIssuer);
    expect(String(claims.iss).startsWith(env.TRUSTED_ISSUER_PREFIX)).toBe(true);
    expect(claims.aud).toBe(reg!.auth.staffClientId);
    expect(claims.email).toBe(agent.username);
    expect(claims['custom:commune']).toBe('soignies');
    expect(claims['custom:display_name']).toBe(agent.name);
    expect(claims['cognito:groups']).toEqual(expect.arrayContaining([ROLE_GROUPS.agent, ...agent.departments.map(departmentGroup)]));
  });

  it('keeps the two communes apart: one pool each, distinct issuers', async () => {
    clearCommuneCache();
    const [a, b] = await Promise.all([getCommune('soignies'), getCommune('braine-le-comte')]);
    expect(a!.auth.staffPoolId).not.toBe(b!.auth.staffPoolId);
    expect(a!.auth.staffIssuer).not.toBe(b!.auth.staffIssuer);
    expect(a!.auth.citizenPoolId).toBeTruthy();
  });
});
