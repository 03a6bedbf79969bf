/**
 * The permit forms load their frame and first step, and no more: zod, the shared schemas, the later steps and the
 * done screen are one chunk (web/src/components/permits/request-form-rest.ts) fetched once the form is used.
 * Measured on the built site as `node web/scripts/page-js.mjs` does (module scripts and islands, through their
 * static imports): 82.5 KiB gzip before the split, 33.9 KiB after (issue 14's goal: at most 35 KiB;
 * docs/page-budgets.md). A weight, not a timing: the same on every machine for one build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../infra/local/util/paths.js';
// @ts-expect-error plain ES module without types, shared with `node web/scripts/page-js.mjs`
import { pageJs } from '../../web/scripts/page-js.mjs';

type PageJs = { files: { url: string; bytes: number }[]; bytes: number; gzipBytes: number };
/** Issue 14's goal for a permit form's JavaScript before the map opens, gzip. */
const PERMIT_FORM_GZIP_GOAL = 35 * 1024;

describe('the permit forms’ JavaScript before the map opens', () => {
  for (const form of ['occupation', 'evenement']) {
    it(`/soignies/demandes/${form}/ is at most 35 KiB gzip, without zod nor the rest of the form`, () => {
      const html = join(WEB_DIST, `soignies/demandes/${form}/index.html`);
      expect(existsSync(html), 'web/dist is missing: run `npm run build` first').toBe(true);
      const js = pageJs(WEB_DIST, html) as PageJs;
      const names = js.files.map((f) => f.url.split('/').pop());
      expect(js.gzipBytes, names.join(', ')).toBeLessThanOrEqual(PERMIT_FORM_GZIP_GOAL);
      expect(names.filter((n) => /^(request-form-rest|request-checks|LaterSteps|PermitDone)\./.test(n ?? ''))).toEqual([]);
      // zod's parse errors name their class: no file of the first load holds zod.
      const withZod = js.files.filter((f) => readFileSync(join(WEB_DIST, f.url), 'utf8').includes('"ZodError"'));
      expect(withZod.map((f) => f.url)).toEqual([]);
    });
  }
});
