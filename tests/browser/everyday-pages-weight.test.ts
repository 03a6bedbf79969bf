/**
 * The everyday services' citizen pages (waste collections, counter appointments) load no zod: their islands read the
 * API's answers as typed data, and the few constants they need (the unsubscribe key's pattern, the longest slot search)
 * live in modules without schemas (shared/src/collections/reminder-key.ts, appointments/slot-search.ts). Importing a
 * value from an `*-api.ts` module pulls zod and the shared schemas in: 52.9 KiB and 56.0 KiB gzip before, 24.1 and
 * 25.2 KiB after (measured as `node web/scripts/page-js.mjs` does). A weight, not a timing: the same on every machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../infra/local/util/paths.js';
// @ts-expect-error plain ES module without types, shared with `node web/scripts/page-js.mjs`
import { pageJs } from '../../web/scripts/page-js.mjs';

type PageJs = { files: { url: string; bytes: number }[]; bytes: number; gzipBytes: number };
/** The permit forms' goal (issue 14), which these smaller pages keep well under. */
const PAGE_GZIP_GOAL = 30 * 1024;

describe('the everyday services’ pages’ JavaScript', () => {
  for (const page of ['collectes', 'rendez-vous']) {
    it(`/soignies/${page}/ is at most 30 KiB gzip, without zod`, () => {
      const html = join(WEB_DIST, `soignies/${page}/index.html`);
      expect(existsSync(html), 'web/dist is missing: run `npm run build` first').toBe(true);
      const js = pageJs(WEB_DIST, html) as PageJs;
      expect(js.gzipBytes, js.files.map((f) => f.url).join(', ')).toBeLessThanOrEqual(PAGE_GZIP_GOAL);
      const withZod = js.files.filter((f) => readFileSync(join(WEB_DIST, f.url), 'utf8').includes('"ZodError"'));
      expect(withZod.map((f) => f.url)).toEqual([]);
    });
  }
});
