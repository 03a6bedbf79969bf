import { createECDH, createSign, createVerify, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pushKeysFromSeed } from './push-keys.js';

describe('pushKeysFromSeed', () => {
  it('derives a P-256 key pair: the same seed gives the same keys, another seed others', () => {
    const a = pushKeysFromSeed('a'.repeat(64));
    expect(pushKeysFromSeed('a'.repeat(64))).toEqual(a);
    expect(pushKeysFromSeed('b'.repeat(64)).publicKey).not.toBe(a.publicKey);
    expect(Buffer.from(a.publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(a.privateKey, 'base64url')).toHaveLength(32);
    // The public key is the private scalar's point.
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(a.privateKey, 'base64url'));
    expect(ecdh.getPublicKey().toString('base64url')).toBe(a.publicKey);
  });

  it('makes keys that sign and verify as ES256 (JWK import by an independent path)', () => {
    const k = pushKeysFromSeed('seed-'.repeat(10));
    const pub = Buffer.from(k.publicKey, 'base64url');
    const jwk = { kty: 'EC', crv: 'P-256', x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') };
    const key = createPublicKey({ key: { ...jwk, d: k.privateKey }, format: 'jwk' });
    const privateKey = { key: { ...jwk, d: k.privateKey }, format: 'jwk' as const };
    const sig = createSign('SHA256').update('x').sign(privateKey);
    expect(createVerify('SHA256').update('x').verify(key, sig)).toBe(true);
  });

  it('refuses a short seed', () => {
    expect(() => pushKeysFromSeed('short')).toThrow(/too short/);
  });
});
