import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  inlineContents,
  inlineHashes,
  isEmbeddablePath,
  siteSecurityHeaders,
  type SitePolicyOptions,
} from './security-headers.js';

/** The CSP hash of a text, computed by Node's own crypto (not by the code under test). */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('inline hashes of built pages', () => {
  const page = `<!doctype html><html lang="fr" style="--brand:#0b4f8a;--x:&quot;é&quot;"><head>
<script>try { localStorage.getItem('l') } catch {}</script>
<script type="module" src="/_assets/app.js"></script>
<script type="application/json">{"data":1}</script>
<script type="module">import '/_assets/x.js';</script>
<style>astro-island{display:contents}</style></head>
<body><p>style="not an attribute"</p><div style='color:red'></div><script>var s = '<div style="x">';</script></body></html>`;

  it('finds executed inline scripts (not src, not data blocks), <style> bodies and decoded style attributes', () => {
    const c = inlineContents(page);
    expect(c.scripts).toEqual([`try { localStorage.getItem('l') } catch {}`, `import '/_assets/x.js';`, `var s = '<div style="x">';`]);
    expect(c.styles).toEqual(['astro-island{display:contents}']);
    expect(c.styleAttributes).toEqual(['--brand:#0b4f8a;--x:"é"', 'color:red']);
  });

  it('hashes them as the browser does (SHA-256 of the UTF-8 text, base64), de-duplicated and sorted', async () => {
    const h = await inlineHashes([page, page]);
    expect(h.scripts).toEqual(
      [
        sha256(`try { localStorage.getItem('l') } catch {}`),
        sha256(`import '/_assets/x.js';`),
        sha256(`var s = '<div style="x">';`),
      ].sort(),
    );
    expect(h.styles).toEqual([sha256('astro-island{display:contents}')]);
    expect(h.styleAttributes).toEqual([sha256('--brand:#0b4f8a;--x:"é"'), sha256('color:red')].sort());
  });
});

describe('contentSecurityPolicy', () => {
  const options: SitePolicyOptions = {
    hashes: { scripts: ["'sha256-AAA='"], styles: ["'sha256-BBB='"], styleAttributes: ["'sha256-CCC='"] },
    uploadsOrigins: ['https://uploads.s3.eu-west-1.amazonaws.com'],
    mapOrigins: ['https://tiles.example'],
    framing: 'self',
  };

  it('runs only the site’s scripts and the hashed inline ones; no unsafe-inline, no eval, no plugins', () => {
    const d = directives(contentSecurityPolicy(options));
    expect(d.get('script-src')).toEqual(["'self'", "'sha256-AAA='"]);
    expect(d.get('style-src')).toEqual(["'self'", "'sha256-BBB='"]);
    expect(d.get('style-src-attr')).toEqual(["'unsafe-hashes'", "'sha256-CCC='"]);
    expect(contentSecurityPolicy(options)).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });

  it('talks to the site, the uploads bucket and map styles only; maplibre’s blob: workers and images', () => {
    const d = directives(contentSecurityPolicy(options));
    expect(d.get('connect-src')).toEqual(["'self'", 'https://uploads.s3.eu-west-1.amazonaws.com', 'https://tiles.example']);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://uploads.s3.eu-west-1.amazonaws.com', 'https://tiles.example']);
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('lets any site frame the embeddable map, and only the site itself frame every other page', () => {
    expect(directives(contentSecurityPolicy(options)).get('frame-ancestors')).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy({ ...options, framing: 'any' })).get('frame-ancestors')).toEqual(['*']);
    expect(siteSecurityHeaders(options)['x-frame-options']).toBe('SAMEORIGIN');
    expect(siteSecurityHeaders({ ...options, framing: 'any' })['x-frame-options']).toBeUndefined();
    expect(siteSecurityHeaders(options)['x-content-type-options']).toBe('nosniff');
    expect(isEmbeddablePath('/soignies/carte/integrer/')).toBe(true);
    expect(isEmbeddablePath('/soignies/carte/')).toBe(false);
    expect(isEmbeddablePath('/soignies/agents/carte/integrer/')).toBe(false);
  });

  it('allows no style attribute at all when the build wrote none', () => {
    const d = directives(contentSecurityPolicy({ ...options, hashes: { ...options.hashes, styleAttributes: [] } }));
    expect(d.get('style-src-attr')).toEqual(["'none'"]);
  });
});
