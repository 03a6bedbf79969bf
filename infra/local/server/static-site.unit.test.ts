import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentTypeOf, resolveSiteFile } from './static-site.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tandem-dist-'));
  for (const d of ['soignies/suivi', 'soignies/agents', 'soignies/signaler', '_astro']) mkdirSync(join(root, d), { recursive: true });
  for (const f of [
    'index.html',
    'soignies/suivi/index.html',
    'soignies/agents/index.html',
    'soignies/signaler/index.html',
    '_astro/app.abc.js',
  ])
    writeFileSync(join(root, f), f);
  writeFileSync(join(tmpdir(), 'tandem-secret.txt'), 'secret');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('static site paths', () => {
  it('serves directory indexes with and without the trailing slash', () => {
    expect(resolveSiteFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveSiteFile(root, '/soignies/signaler/')).toBe(join(root, 'soignies/signaler/index.html'));
    expect(resolveSiteFile(root, '/soignies/signaler')).toBe(join(root, 'soignies/signaler/index.html'));
  });

  it('applies the shared rewrites: tracking pages and the staff SPA', () => {
    expect(resolveSiteFile(root, '/soignies/suivi/ABCD-1234/')).toBe(join(root, 'soignies/suivi/index.html'));
    expect(resolveSiteFile(root, '/soignies/agents/signalements/ABCD-1234')).toBe(join(root, 'soignies/agents/index.html'));
  });

  it('refuses to leave the site directory and reports missing files', () => {
    expect(resolveSiteFile(root, '/../tandem-secret.txt')).toBeUndefined();
    expect(resolveSiteFile(root, '/%2e%2e/tandem-secret.txt')).toBeUndefined();
    expect(resolveSiteFile(root, '/soignies/%2e%2e/%2e%2e/tandem-secret.txt')).toBeUndefined();
    expect(resolveSiteFile(root, '/%E0%A4%A')).toBeUndefined();
    expect(resolveSiteFile(root, '/nope/')).toBeUndefined();
  });

  it('knows the content types a built Astro site needs', () => {
    expect(contentTypeOf('a.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('app.abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('manifest.webmanifest')).toBe('application/manifest+json');
    expect(contentTypeOf('x.woff2')).toBe('font/woff2');
    expect(contentTypeOf('x.unknown')).toBe('application/octet-stream');
  });
});
