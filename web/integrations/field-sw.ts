/**
 * Build step: the field app's service worker, one per commune at /{commune}/terrain/sw.js (docs/field-app.md).
 * After Astro wrote the pages, bundles web/src/field-sw/sw.ts once with esbuild (Vite's own, so nothing new to
 * install) and writes it into each commune's terrain/ folder, preceded by the commune, the build's version (a hash of
 * the precached files, so a new build installs a new worker) and the list of files to precache: the page, its
 * manifest and icons, and every bundle the page loads, at once or later (its islands, their chunks, the other
 * languages' messages), found by following the imports from the page's HTML.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { FIELD_APP_DIR, FIELD_ICON_SIZES, FIELD_MANIFEST_FILE, FIELD_SW_FILE, fieldAppPath } from '@tandem/shared/field/field-site';

const SW_SOURCE = fileURLToPath(new URL('../src/field-sw/sw.ts', import.meta.url));

/** Site paths (/_assets/…) an HTML page or a bundle refers to. */
export function referencedAssets(text: string, from: string): string[] {
  const found = new Set<string>();
  // Absolute references: src, href, component-url, renderer-url, and Vite's preload lists ("/_assets/x.js" or "_assets/x.js").
  for (const m of text.matchAll(/["'`(]\/?(_assets\/[^"'`)\s?#]+)/g)) found.add(`/${m[1]}`);
  // Other files of the site a page links to (the favicon, the icons).
  for (const m of text.matchAll(/\b(?:href|src)="(\/[^"/?#][^"?#]*\.(?:svg|png|ico|css|js|webmanifest|json))"/g)) found.add(m[1]);
  // Relative imports between bundles ("./chunk.js").
  for (const m of text.matchAll(/["'`](\.{1,2}\/[^"'`\s?#]+\.(?:js|mjs|css))["'`]/g)) found.add(posix.join(posix.dirname(from), m[1]));
  return [...found];
}

/** The page and everything it loads, following the bundles' imports (within the build's files). */
export function precacheList(root: string, commune: string): string[] {
  const page = fieldAppPath(commune);
  const html = readFileSync(join(root, page, 'index.html'), 'utf8');
  const files = new Set<string>();
  const queue = referencedAssets(html, page);
  while (queue.length) {
    const path = queue.pop() as string;
    if (files.has(path) || !existsSync(join(root, path))) continue;
    files.add(path);
    if (/\.(js|mjs|css)$/.test(path)) queue.push(...referencedAssets(readFileSync(join(root, path), 'utf8'), path));
  }
  const own = [FIELD_MANIFEST_FILE, ...FIELD_ICON_SIZES.flatMap((s) => [`icon-${s}.png`, `icon-maskable-${s}.png`])].map(
    (f) => `${page}${f}`,
  );
  // Once each: Cache.addAll refuses a list with the same request twice (the page also links its manifest and an icon).
  return [...new Set([page, ...own.filter((f) => existsSync(join(root, f))), ...[...files].sort()])];
}

/** The communes whose field page was built. */
function fieldCommunes(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, FIELD_APP_DIR, 'index.html')))
    .map((d) => d.name);
}

export function fieldServiceWorker(): AstroIntegration {
  return {
    name: 'tandem-field-sw',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const bundled = await build({
          entryPoints: [SW_SOURCE],
          bundle: true,
          write: false,
          format: 'iife',
          target: 'es2020',
          minify: true,
          legalComments: 'none',
          absWorkingDir: dirname(SW_SOURCE),
        });
        const code = bundled.outputFiles[0].text;
        for (const commune of fieldCommunes(root)) {
          const precache = precacheList(root, commune);
          const hash = createHash('sha256').update(code);
          for (const f of precache) hash.update(f).update(readFileSync(join(root, f.endsWith('/') ? `${f}index.html` : f)));
          const globals = {
            __FIELD_COMMUNE: commune,
            __FIELD_VERSION: hash.digest('hex').slice(0, 16),
            __FIELD_PRECACHE: precache,
          };
          const head = Object.entries(globals)
            .map(([k, v]) => `self.${k}=${JSON.stringify(v)};`)
            .join('\n');
          writeFileSync(join(root, commune, FIELD_APP_DIR, FIELD_SW_FILE), `${head}\n${code}`);
          logger.info(`${commune}/${FIELD_APP_DIR}/${FIELD_SW_FILE}: ${precache.length} files to precache`);
        }
      },
    },
  };
}
