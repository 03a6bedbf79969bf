import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushKeysFromSeed } from '../../../functions/src/notifications/push-keys.js';
import { ensurePushKeysFile } from './push-keys-file.js';

const dir = () => mkdtempSync(join(tmpdir(), 'push-keys-'));

describe('the local Web Push key file', () => {
  it('is made on the first start and kept after', () => {
    const file = join(dir(), 'push-keys.json');
    expect(ensurePushKeysFile(file)).toBe(true);
    const first = readFileSync(file, 'utf8');
    expect(ensurePushKeysFile(file)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(Buffer.from(pushKeysFromSeed(JSON.parse(first).seed).publicKey, 'base64url')).toHaveLength(65);
  });

  it('recovers from a start killed while writing: a leftover temporary file, or a half-written file, is replaced', () => {
    const d = dir();
    const file = join(d, 'push-keys.json');
    writeFileSync(`${file}.12345.tmp`, '{"se');
    expect(ensurePushKeysFile(file)).toBe(true);
    writeFileSync(file, '{"seed":"ab');
    const said: string[] = [];
    expect(ensurePushKeysFile(file, (m) => said.push(m))).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).seed.length).toBeGreaterThanOrEqual(32);
    expect(said.join()).toMatch(/unreadable/);
    expect(readdirSync(d).filter((f) => f.startsWith('push-keys.json.') && !f.includes('12345'))).toEqual([]);
  });
});
