import { afterEach, describe, expect, it } from 'vitest';
import {
  baseDdb,
  ddb,
  ddbFor,
  installTenantCredentials,
  resetClients,
  s3,
  s3For,
  tenantSessionFor,
  TENANT_SESSION_MARGIN_MS,
} from './aws.js';
import { asCommune, inInvocation, serveCommune, servedCommune } from './tenant.js';

afterEach(() => {
  installTenantCredentials(undefined);
  resetClients();
});

describe('the commune an invocation serves', () => {
  it("is pinned once; ddb()/s3() are then that commune's clients, the base client before", async () => {
    await inInvocation(async () => {
      expect(servedCommune()).toBeUndefined();
      expect(ddb()).toBe(baseDdb());
      serveCommune('soignies');
      await Promise.resolve();
      expect(servedCommune()).toBe('soignies');
      expect(ddb()).toBe(ddbFor('soignies'));
      expect(s3()).toBe(s3For('soignies'));
      expect(ddb()).not.toBe(ddbFor('braine-le-comte'));
      serveCommune('soignies');
      expect(() => serveCommune('braine-le-comte')).toThrow(/serves soignies/);
    });
  });

  it('concurrent invocations do not share it; asCommune scopes one piece of work', async () => {
    const seen: (string | undefined)[] = [];
    await Promise.all(
      ['soignies', 'braine-le-comte'].map((c) =>
        inInvocation(async () => {
          serveCommune(c);
          await new Promise((r) => setTimeout(r, 5));
          seen.push(servedCommune());
        }),
      ),
    );
    expect(seen.sort()).toEqual(['braine-le-comte', 'soignies']);
    expect(await asCommune('soignies', async () => servedCommune())).toBe('soignies');
    expect(servedCommune()).toBeUndefined();
    expect(() => serveCommune('soignies')).toThrow(/outside an invocation/);
  });
});

describe('tenant sessions', () => {
  it('one per commune until shortly before expiry, then renewed; a failed one is asked again', async () => {
    const calls: string[] = [];
    let lifetime = 3600_000;
    let fail = false;
    installTenantCredentials(async (commune) => {
      calls.push(commune);
      if (fail) throw new Error('STS unavailable');
      return { sessionTags: { commune }, expiration: new Date(Date.now() + lifetime) };
    });
    await tenantSessionFor('soignies');
    await tenantSessionFor('soignies');
    await tenantSessionFor('braine-le-comte');
    expect(calls).toEqual(['soignies', 'braine-le-comte']);

    lifetime = TENANT_SESSION_MARGIN_MS - 1000; // the next session is already within the renewal margin
    resetClients();
    await tenantSessionFor('soignies');
    await tenantSessionFor('soignies');
    expect(calls.filter((c) => c === 'soignies')).toHaveLength(3);

    resetClients();
    fail = true;
    await expect(tenantSessionFor('soignies')).rejects.toThrow('STS unavailable');
    fail = false;
    lifetime = 3600_000;
    expect((await tenantSessionFor('soignies'))?.sessionTags).toEqual({ commune: 'soignies' });
  });

  it('off Lambda without a provider there is none (base credentials); in Lambda without a role it is an error', () => {
    expect(tenantSessionFor('soignies')).toBeUndefined();
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'tandem-test';
    try {
      resetClients();
      expect(() => tenantSessionFor('soignies')).toThrow(/TENANT_ROLE_ARN/);
    } finally {
      delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    }
  });
});
