/**
 * Build step: in each built page, a <link rel="modulepreload"> in the head for every file its islands hydrated at load
 * (`client:load`) bring through their static imports (followed as web/scripts/page-js.mjs follows them). The browser
 * then fetches them all at once with the page, rather than one level of imports after the other once the island's
 * first file has arrived (the tracking page's report drawn sooner: docs/page-budgets.md). Islands hydrated later
 * (`client:interaction`, `client:visible`…) are left alone: their files still come with their use.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// @ts-expect-error plain ES module without types, shared with `node web/scripts/page-js.mjs`
import { closure } from '../scripts/page-js.mjs';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The files the page's `client:load` islands load before they hydrate (component, renderer, their static imports). */
export function loadIslandFiles(distDir: string, html: string): string[] {
  const entries = new Set<string>();
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    if (/\sclient="([^"]*)"/.exec(tag)?.[1] !== 'load') continue;
    for (const m of tag.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) entries.add(m[1]);
  }
  return [...(closure(distDir, entries, new Set()) as Set<string>)];
}

export function islandPreload(): AstroIntegration {
  return {
    name: 'tandem-island-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const files = loadIslandFiles(root, html).filter((url) => !html.includes(`href="${url}"`));
          if (!files.length || !html.includes('</head>')) continue;
          const links = files.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
          writeFileSync(file, html.replace('</head>', `${links}</head>`));
          pages++;
        }
        logger.info(`modulepreload links for the client:load islands of ${pages} pages`);
      },
    },
  };
}
