import { describe, expect, it } from 'vitest';
import { isTrustableIssuerPrefix } from './pool-token.js';

describe('isTrustableIssuerPrefix: tokens signed by a published key are trusted only on loopback', () => {
  it('accepts Cognito (https) and cognito-local on a loopback origin', () => {
    for (const prefix of [
      'https://cognito-idp.eu-west-1.amazonaws.com/',
      'http://127.0.0.1:9229/',
      'http://localhost:9229/',
      'http://[::1]:9229/',
    ])
      expect(isTrustableIssuerPrefix(prefix), prefix).toBe(true);
  });

  it('refuses plain http elsewhere, other schemes, credentials and prefixes that could be extended', () => {
    for (const prefix of [
      'http://192.168.1.20:9229/',
      'http://0.0.0.0:9229/',
      'http://cognito.example.org/',
      'http://localhost.attacker.example/',
      'http://localhost',
      'http://127.0.0.1:9229',
      'http://user:pw@127.0.0.1:9229/',
      'ftp://127.0.0.1/',
      '',
      'not a url',
    ])
      expect(isTrustableIssuerPrefix(prefix), prefix).toBe(false);
  });
});

describe('requireStaff with an untrustable TRUSTED_ISSUER_PREFIX', () => {
  const unsigned = (claims: Record<string, unknown>) =>
    `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

  it('refuses every token (fails closed) when the prefix is plain http on another host', async () => {
    const { requireStaff } = await import('./staff-auth.js');
    const { resetClients } = await import('./aws.js');
    const before = process.env.TRUSTED_ISSUER_PREFIX;
    process.env.TRUSTED_ISSUER_PREFIX = 'http://192.168.1.20:9229/';
    resetClients();
    try {
      const iss = 'http://192.168.1.20:9229/pool';
      const event = { headers: { authorization: `Bearer ${unsigned({ iss, token_use: 'id' })}` } } as never;
      const commune = { config: { id: 'soignies' }, auth: { staffIssuer: iss, staffClientId: 'client' } } as never;
      await expect(requireStaff(event, commune)).rejects.toThrow(/TRUSTED_ISSUER_PREFIX .* neither https/);
    } finally {
      if (before === undefined) delete process.env.TRUSTED_ISSUER_PREFIX;
      else process.env.TRUSTED_ISSUER_PREFIX = before;
      resetClients();
    }
  });
});
