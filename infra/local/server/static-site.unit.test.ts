import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { contentTypeOf, resolveSiteFile, serveStatic } from './static-site.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tandem-dist-'));
  for (const d of ['soignies/suivi', 'soignies/agents', 'soignies/signaler', 'soignies/terrain', '_astro'])
    mkdirSync(join(root, d), { recursive: true });
  for (const f of [
    'index.html',
    'soignies/suivi/index.html',
    'soignies/agents/index.html',
    'soignies/signaler/index.html',
    '_astro/app.abc.js',
    'soignies/terrain/sw.js',
    'soignies/terrain/manifest.json',
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

/** The status and headers serveStatic writes (the body is not read). */
function headersOf(path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (k: string, v: string) => (headers[k.toLowerCase()] = v),
    writeHead: (_status: number, h: Record<string, string>) => Object.assign(headers, h),
    end: () => {},
  } as unknown as ServerResponse;
  serveStatic(root, 'HEAD', path, res);
  return headers;
}

describe('the field app’s files', () => {
  it('serves the service worker and the manifest with the pages’ headers and their media types', () => {
    expect(headersOf('/soignies/terrain/sw.js')).toMatchObject({
      'cache-control': 'no-cache',
      'content-type': expect.stringMatching(/javascript/),
    });
    expect(headersOf('/soignies/terrain/manifest.json')).toMatchObject({ 'content-type': expect.stringMatching(/^application\/json/) });
    expect(headersOf('/_astro/app.abc.js')['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('lets the page register its worker and manifest under the CSP', () => {
    const csp = headersOf('/soignies/terrain/')['content-security-policy'];
    expect(csp).toMatch(/worker-src 'self'/);
    expect(csp).toMatch(/manifest-src 'self'/);
    expect(csp).toMatch(/img-src [^;]*blob:/);
  });
});
