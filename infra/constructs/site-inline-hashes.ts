/** Reads the hashes the web build wrote beside the pages (shared/src/security-headers.ts); CDK and the local server use it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP_HASHES_FILE, NO_INLINE_HASHES, type InlineHashes } from '@tandem/shared';

/** The built site's inline hashes; none when the site (or its hashes file) is absent: then no inline code may run. */
export function readInlineHashes(siteDir: string | undefined): InlineHashes {
  if (!siteDir) return NO_INLINE_HASHES;
  let raw: string;
  try {
    raw = readFileSync(join(siteDir, CSP_HASHES_FILE), 'utf8');
  } catch {
    return NO_INLINE_HASHES;
  }
  const parsed = JSON.parse(raw) as Partial<InlineHashes>;
  const sources = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)) : [];
  return { scripts: sources(parsed.scripts), styles: sources(parsed.styles), styleAttributes: sources(parsed.styleAttributes) };
}
