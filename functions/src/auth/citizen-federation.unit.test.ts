/**
 * The federated sign-in's own checks (citizen-federation.ts): the PKCE challenge as RFC 7636 computes it, fresh
 * secrets, and the id_token refused when anything in it was tampered with — another key, issuer, audience or
 * nonce, expired, unsigned — or when it carries no e-mail address. Real keys and signatures (jose), no mock.
 */
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkedIdToken, federatedEmail, newFederationSecrets, pkceChallenge } from './citizen-federation.js';

const ISSUER = 'http://127.0.0.1:9999';
const CLIENT = 'tandem-soignies';
const NONCE = 'n-0S6_WzA2Mj';
let keys: ReturnType<typeof createLocalJWKSet>;
let good: CryptoKey;
let other: CryptoKey;

beforeAll(async () => {
  const a = await generateKeyPair('RS256');
  const b = await generateKeyPair('RS256');
  good = a.privateKey;
  other = b.privateKey;
  keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(a.publicKey)), kid: 'k1', alg: 'RS256' }] });
});

const token = (over: JWTPayload = {}, key = () => good, exp = '5m') =>
  new SignJWT({ nonce: NONCE, email: 'Camille.Demo@Example.org', ...over })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(String(over.iss ?? ISSUER))
    .setAudience((over.aud as string) ?? CLIENT)
    .setSubject('someone')
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(key());

const check = (jwt: string) => checkedIdToken(jwt, keys, { issuer: ISSUER, audience: CLIENT, nonce: NONCE });

describe('PKCE and the sign-in’s secrets', () => {
  it('computes the S256 challenge of RFC 7636 (appendix B)', () => {
    expect(pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('draws a new state, verifier and nonce each time (43 base64url characters)', () => {
    const a = newFederationSecrets();
    const b = newFederationSecrets();
    for (const v of [...Object.values(a), ...Object.values(b)]) expect(v).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([...Object.values(a), ...Object.values(b)]).size).toBe(6);
  });
});

describe('the provider’s id_token', () => {
  it('is taken when signed by the provider, for this client, with this sign-in’s nonce', async () => {
    const claims = await check(await token());
    expect(federatedEmail(claims)).toBe('camille.demo@example.org');
  });

  it.each([
    ['another sign-in’s nonce', () => token({ nonce: 'another' }), /nonce/],
    ['no nonce', () => token({ nonce: undefined }), /nonce/],
    ['another issuer', () => token({ iss: 'http://127.0.0.1:1' }), /iss/],
    ['another client', () => token({ aud: 'tandem-braine-le-comte' }), /aud/],
    ['another key', () => token({}, () => other), /signature/],
    ['expired', () => token({}, () => good, '-1m'), /exp/],
  ])('is refused with %s', async (_what, make, reason) => {
    const jwt = await make();
    await expect(check(jwt)).rejects.toMatchObject({ name: 'NotAuthorizedException', message: expect.stringMatching(reason) });
  });

  it('is refused when a claim was changed after signing, or unsigned', async () => {
    const [h, p, s] = (await token()).split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
    const changed = Buffer.from(JSON.stringify({ ...claims, email: 'mallory@example.org' })).toString('base64url');
    await expect(check(`${h}.${changed}.${s}`)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    await expect(check(`${none}.${p}.`)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('without an e-mail address, signs nobody in', async () => {
    const claims = await check(await token({ email: undefined }));
    expect(() => federatedEmail(claims)).toThrow(/no e-mail address/);
    expect(() => federatedEmail({ email: 'not an address' })).toThrow(/no e-mail address/);
  });
});
