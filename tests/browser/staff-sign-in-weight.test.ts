/**
 * The staff sign-in screen loads the sign-in and no more: the screens behind it (SignedInApp: inbox, report,
 * permits, map items) are their own chunk, fetched once there is a session. Measured on the built site as
 * `node web/scripts/page-js.mjs` does (module scripts and islands, through their static imports): 84.1 KiB
 * gzip before the split, 19.7 KiB after. A weight, not a timing: the same on every machine for one build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../infra/local/util/paths.js';
// @ts-expect-error plain ES module without types, shared with `node web/scripts/page-js.mjs`
import { pageJs } from '../../web/scripts/page-js.mjs';

type PageJs = { files: { url: string; bytes: number }[]; bytes: number; gzipBytes: number };
/**
 * The sign-in screen's bound: the split's 19.7 KiB gzip, with room for the sign-in to grow a little; 25 KiB since the
 * field app (/{c}/terrain/) shares the sign-in and the session, which costs the entry a small chunk of its own (~0.3 KiB);
 * 27 KiB since the language switch and the islands' first-use loader that every page carries (issue 14) put it at 25.1.
 */
const SIGN_IN_GZIP_BOUND = 27 * 1024;

describe('the staff sign-in screen’s JavaScript', () => {
  const html = join(WEB_DIST, 'soignies/agents/index.html');

  it('stays under its bound, without the signed-in screens, which are a chunk of their own', () => {
    expect(existsSync(html), 'web/dist is missing: run `npm run build` first').toBe(true);
    const js = pageJs(WEB_DIST, html) as PageJs;
    const names = js.files.map((f) => f.url.split('/').pop());
    expect(js.gzipBytes, names.join(', ')).toBeLessThan(SIGN_IN_GZIP_BOUND);
    expect(names.filter((n) => n?.startsWith('SignedInApp.'))).toEqual([]);
    expect(readdirSync(join(WEB_DIST, '_assets')).filter((n) => /^SignedInApp\.[\w-]+\.js$/.test(n))).toHaveLength(1);
  });
});
