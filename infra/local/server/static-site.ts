/** Serves the built Astro site (web/dist) with the shared rewrites, as CloudFront does in the cloud. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { CSP_HASHES_FILE, isEmbeddablePath, rewriteSitePath, siteSecurityHeaders, type InlineHashes } from '@tandem/shared';
import { readInlineHashes } from '../../constructs/site-inline-hashes.js';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};
export const contentTypeOf = (file: string) => CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Maps a request path to a file under root, or undefined when it escapes root or is not a file. */
export function resolveSiteFile(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const rewritten = rewriteSitePath(decoded);
  const base = resolve(root);
  const file = resolve(base, `.${rewritten.startsWith('/') ? rewritten : `/${rewritten}`}`);
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

const NOT_BUILT = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Site non construit — Tandem</title>
<main><h1>Le site n’est pas encore construit</h1><p>Lancez <code>npm run build</code> (ou <code>npm start</code>, qui le fait), puis rechargez cette page. L’API répond déjà sous <a href="/api/communes">/api/communes</a>.</p></main></html>`;

/** Origins the site's pages talk to besides their own (see SitePolicyOptions in shared/src/security-headers.ts). */
export interface SiteOrigins {
  uploadsOrigins: string[];
  mapOrigins?: string[];
}

const hashesByDir = new Map<string, { mtimeMs: number; hashes: InlineHashes }>();
/** The build's hashes, re-read when a new build replaced the file. */
function currentHashes(root: string): InlineHashes {
  let mtimeMs = -1;
  try {
    mtimeMs = statSync(join(root, CSP_HASHES_FILE)).mtimeMs;
  } catch {
    // no build yet: no inline code may run
  }
  const cached = hashesByDir.get(root);
  if (cached && cached.mtimeMs === mtimeMs) return cached.hashes;
  const hashes = readInlineHashes(root);
  hashesByDir.set(root, { mtimeMs, hashes });
  return hashes;
}

/** The headers of every site answer, as CloudFront's response headers policies send them (CSP, nosniff, framing). */
export function siteHeaders(root: string, requestPath: string, origins: SiteOrigins): Record<string, string> {
  return siteSecurityHeaders({
    hashes: currentHashes(root),
    uploadsOrigins: origins.uploadsOrigins,
    mapOrigins: origins.mapOrigins,
    framing: isEmbeddablePath(requestPath) ? 'any' : 'self',
  });
}

export function serveStatic(
  root: string,
  method: string,
  requestPath: string,
  res: ServerResponse,
  origins: SiteOrigins = { uploadsOrigins: [] },
): void {
  for (const [name, value] of Object.entries(siteHeaders(root, requestPath, origins))) res.setHeader(name, value);
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Méthode non autorisée');
    return;
  }
  if (!existsSync(root)) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8' });
    res.end(NOT_BUILT);
    return;
  }
  const file = resolveSiteFile(root, requestPath);
  if (!file) {
    const notFound = join(root, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    if (existsSync(notFound)) createReadStream(notFound).pipe(res);
    else
      res.end(
        '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Page introuvable</title><h1>Page introuvable</h1><p><a href="/">Accueil</a></p></html>',
      );
    return;
  }
  const size = statSync(file).size;
  // Astro puts content-hashed bundles under one folder (/_astro/ by default, /_assets/ in this build).
  const immutable = /^\/_(astro|assets)\//.test(requestPath);
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-length': String(size),
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
