import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the whole file and leaves no temporary file', () => {
    const file = join(dir, 'nested', 'state.json');
    writeFileAtomic(file, '{"a":1}');
    writeFileAtomic(file, '{"b":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"b":2}');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['state.json']);
  });

  it('throws and cleans up when the file cannot be replaced', () => {
    const target = join(dir, 'a-directory');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
