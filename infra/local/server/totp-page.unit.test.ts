import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalIdentityStore } from '../../../functions/src/auth/local-identity-store.js';
import { totpCode } from '../../../functions/src/auth/totp.js';
import { demoTotpCodes, totpHtml } from './totp-page.js';
import { isLoopbackOnlyPath } from './loopback.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('/_local/totp', () => {
  it('shows the current code of demo accounts only, from the secrets in the local data folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-totp-'));
    const store = new LocalIdentityStore(dir);
    store.putTotp({ sub: 'a', poolId: 'p', username: 'admin@soignies.example', secret: 'JBSWY3DPEHPK3PXP', demo: true });
    store.putTotp({ sub: 'b', poolId: 'p', username: 'someone@soignies.example', secret: 'GEZDGNBVGY3TQOJQ' });
    const at = Date.UTC(2026, 11, 1, 10, 0, 10);
    const codes = demoTotpCodes(dir, at);
    expect(codes.map((c) => c.username)).toEqual(['admin@soignies.example']);
    expect(codes[0]).toMatchObject({ code: totpCode('JBSWY3DPEHPK3PXP', at), secondsLeft: 20, secret: 'JBSWY3DPEHPK3PXP' });
    expect(totpHtml(codes)).toContain(codes[0].code);
    expect(demoTotpCodes(undefined)).toEqual([]);
  });

  it('answers only on this machine, like every /_local/ page', () => {
    expect(isLoopbackOnlyPath('/_local/totp')).toBe(true);
    expect(isLoopbackOnlyPath('/_local/totp.json')).toBe(true);
  });
});
