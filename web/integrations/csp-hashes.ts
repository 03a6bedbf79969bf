/**
 * Build step: after Astro wrote the pages, hashes every inline <script>, <style> and style="…" they carry into
 * dist/csp-hashes.json (shared/src/security-headers.ts), which CloudFront's policy and the local server read.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP_HASHES_FILE, inlineHashes } from '@tandem/shared/security-headers';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function cspHashes(): AstroIntegration {
  return {
    name: 'tandem-csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = [...htmlFiles(root)];
        const hashes = await inlineHashes(files.map((f) => readFileSync(f, 'utf8')));
        writeFileSync(join(root, CSP_HASHES_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
        logger.info(
          `${CSP_HASHES_FILE}: ${hashes.scripts.length} inline scripts, ${hashes.styles.length} styles, ` +
            `${hashes.styleAttributes.length} style attributes in ${files.length} pages`,
        );
      },
    },
  };
}
