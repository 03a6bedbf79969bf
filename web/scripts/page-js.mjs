#!/usr/bin/env node
/**
 * What JavaScript a built page loads before any user action: the page's module scripts and islands
 * (component + renderer), followed through their static imports only (dynamic import() chunks such as the
 * map are loaded on demand and are not counted). An island hydrated on the first use of it (client:interaction,
 * web/src/directives/interaction.ts) loads nothing before that use: what it adds then is counted apart, `onFirstUse`.
 * Usage: node web/scripts/page-js.mjs [page.html …]
 * Exported for the bench: pageJs(distDir, htmlPath) → { files, bytes, gzipBytes, onFirstUse: { files, bytes, gzipBytes } }.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
/** Directives that hydrate an island only once the person uses it. */
const ON_FIRST_USE = new Set(['interaction']);

/** The files these entries load, following static imports, leaving out those already in `seen` (also web/integrations/island-preload.ts). */
export function closure(distDir, entries, seen) {
  const found = new Set();
  const queue = [...entries].filter((u) => u.startsWith('/'));
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || found.has(url)) continue;
    const file = join(distDir, url);
    if (!existsSync(file)) continue;
    found.add(url);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(posix.join(posix.dirname(url), m[1]));
  }
  return found;
}

function sizes(distDir, urls) {
  let bytes = 0,
    gzipBytes = 0;
  const files = [...urls].map((url) => {
    const buf = readFileSync(join(distDir, url));
    bytes += buf.length;
    gzipBytes += gzipSync(buf).length;
    return { url, bytes: buf.length };
  });
  return { files, bytes, gzipBytes };
}

export function pageJs(distDir, htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const entries = new Set();
  const later = new Set();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) entries.add(m[1]);
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const into = ON_FIRST_USE.has(/\sclient="([^"]*)"/.exec(tag)?.[1] ?? '') ? later : entries;
    for (const m of tag.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) into.add(m[1]);
  }
  for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    for (const i of m[1].matchAll(STATIC_IMPORT)) entries.add(i[1]);
  }
  const before = closure(distDir, entries, new Set());
  return { ...sizes(distDir, before), onFirstUse: sizes(distDir, closure(distDir, later, before)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const pages = process.argv.slice(2).length ? process.argv.slice(2) : [join(dist, 'soignies/signaler/index.html')];
  const line = (label, r) =>
    `${label}: ${r.files.length} files, ${(r.bytes / 1024).toFixed(1)} KiB raw, ${(r.gzipBytes / 1024).toFixed(1)} KiB gzip`;
  for (const p of pages) {
    const r = pageJs(dist, p);
    for (const f of r.files) console.log(`${String(f.bytes).padStart(8)}  ${f.url}`);
    console.log(line(p, r));
    if (!r.onFirstUse.files.length) continue;
    for (const f of r.onFirstUse.files) console.log(`${String(f.bytes).padStart(8)}  ${f.url}`);
    console.log(line(`${p}, more on the first use of its client:interaction islands`, r.onFirstUse));
  }
}
