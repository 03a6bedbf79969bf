/**
 * A citizen page view through CloudFront: the page and every file it loads before it is usable (stylesheets, scripts,
 * the islands' components and the modules they import statically, icons, images), fetched from the local server's
 * copy of the built site. Each view counted as a first visit (nothing in the browser's cache): an upper bound. Bytes as
 * CloudFront sends them (it compresses text types). Without a built site (web/dist), the fallback figures below.
 */
import { gzipSync } from 'node:zlib';
import type { Meter } from './meter.js';

/** The citizen pages averaged: home, the report form, the tracking page, the map. */
export const VIEWED_PAGES = ['/soignies/', '/soignies/signaler/', '/soignies/suivi/', '/soignies/carte/'] as const;

/** Measured with this module on a build of 2026-12-02 (`npm run build`), for a run without web/dist. */
export const FALLBACK_PAGE_VIEW = { requests: 18, bytes: 35_000 } as const;

const COMPRESSED = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;

/** Same-origin files a page or a module names: tags' src/href (not links to other pages), islands, static imports. */
export function referencedFiles(text: string, isHtml: boolean): string[] {
  const found = new Set<string>();
  const add = (path: string) => {
    if (path.startsWith('/') && !path.startsWith('//')) found.add(path.split('#')[0]);
  };
  if (isHtml) {
    for (const m of text.matchAll(/<(script|img|link)\b[^>]*>/g)) {
      const tag = m[0];
      if (m[1] === 'link' && !/rel="(stylesheet|modulepreload|icon|preload|manifest)"/.test(tag)) continue;
      const at = /\b(?:src|href)="([^"]+)"/.exec(tag);
      if (at) add(at[1]);
    }
    for (const m of text.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)) add(m[1]);
  }
  return [...found];
}

/** Static imports of a built module (`from"./x.js"`, `import"./x.js"`), as paths next to `path`. */
export function staticImports(code: string, path: string): string[] {
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) out.push(new URL(m[1], `http://x${dir}`).pathname);
  return out;
}

/** Requests and bytes of one view of each page, averaged. */
export async function pageViewFigures(base: string, pages: readonly string[] = VIEWED_PAGES): Promise<{ requests: number; bytes: number }> {
  let requests = 0;
  let bytes = 0;
  for (const page of pages) {
    const seen = new Set<string>();
    const queue = [page];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await fetch(`${base}${path}`);
      const body = Buffer.from(await res.arrayBuffer());
      const type = res.headers.get('content-type') ?? '';
      requests += 1;
      bytes += COMPRESSED.test(type) ? gzipSync(body).length : body.length;
      if (!res.ok) continue;
      if (type.startsWith('text/html')) queue.push(...referencedFiles(body.toString('utf8'), true));
      else if (type.includes('javascript')) queue.push(...staticImports(body.toString('utf8'), path));
    }
  }
  return { requests: requests / pages.length, bytes: bytes / pages.length };
}

/** Counts one page view on the meter: measured from the built site when there is one, else the fallback figures. */
export async function measurePageView(base: string, meter: Meter, site: string | undefined): Promise<void> {
  const f = site ? await pageViewFigures(base) : FALLBACK_PAGE_VIEW;
  meter.add('cdnRequests', f.requests);
  meter.add('cdnFunctionRuns', f.requests);
  meter.add('cdnBytes', f.bytes);
}
