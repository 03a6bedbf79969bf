/**
 * The tracking page asks for its report before its island has loaded (docs/page-budgets.md): an inline script in the
 * head starts the read of the address's report, the island takes its answer (web/src/lib/early-answer.ts), and the
 * head preloads the island's files (web/integrations/island-preload.ts). Checked by who sent the request (Chromium's
 * initiator), not by timings; the report read once, a code in another form read by the island.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WEB_DIST } from '../../infra/local/util/paths.js';
// @ts-expect-error plain ES module without types, shared with `node web/scripts/page-js.mjs`
import { pageJs } from '../../web/scripts/page-js.mjs';
import { WAIT, call, newPage, platform, useBrowserSession } from './browser-session.js';

useBrowserSession();
let code = '';

beforeAll(async () => {
  code = (
    await call<{ code: string }>('POST', '/api/soignies/reports', {
      category: 'voirie',
      location: { lat: 50.5832, lng: 4.0648 },
      address: 'Rue de Mons 22, 7060 Soignies',
      description: 'Un nid-de-poule devant le n° 22',
      answers: { taille: 'petit' },
    })
  ).code;
});

/** The paths the page asks for, in the order Chromium sends them. */
function requestsOf(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

describe('the tracking page reads its report early', () => {
  it('asks for the report from the page itself, not from its island’s files, once, and shows it', async () => {
    const page = await newPage();
    const paths = requestsOf(page);
    // Who sent each request: Chromium's initiator (the script's URL, for a request a script sent).
    const initiators = new Map<string, string[]>();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      const url = new URL(e.request.url).pathname;
      const frames = e.initiator.stack?.callFrames ?? [];
      initiators.set(url, [
        ...(initiators.get(url) ?? []),
        e.initiator.type,
        ...frames.map((f) => new URL(f.url || 'about:blank').pathname),
      ]);
    });
    await page.goto(`${platform.url}/soignies/suivi/${code}/`);
    await page.getByTestId('tracking').waitFor(WAIT);
    expect(await page.getByTestId('report-state').textContent()).toBe('Nouveau');
    const report = `/api/soignies/reports/${code}`;
    expect(paths.filter((p) => p === report)).toHaveLength(1);
    // The page's inline script sent it (its frames are the page's own address), none of the island's modules.
    const by = initiators.get(report) ?? [];
    expect(by[0]).toBe('script');
    expect(by).toContain(`/soignies/suivi/${code}/`);
    expect(by.filter((u) => u.startsWith('/_assets/'))).toEqual([]);
    await cdp.detach();
    await page.close();
  });

  it('reads a code written otherwise in the address through the island, once', async () => {
    const page = await newPage();
    const paths = requestsOf(page);
    await page.goto(`${platform.url}/soignies/suivi/${code.toLowerCase()}/`);
    await page.getByTestId('tracking').waitFor(WAIT);
    // Not the address's form of the code: the island alone asks, once, for the normalised code.
    expect(paths.filter((p) => p.startsWith('/api/soignies/reports/'))).toEqual([`/api/soignies/reports/${code}`]);
    expect(page.url()).toBe(`${platform.url}/soignies/suivi/${code}/`);
    await page.close();
  });

  it('preloads from the head the files of its island, and the report form none of its island’s (used first)', () => {
    const track = join(WEB_DIST, 'soignies/suivi/index.html');
    expect(existsSync(track), 'web/dist is missing: run `npm run build` first').toBe(true);
    const preloaded = (file: string) => {
      const head = readFileSync(file, 'utf8').split('</head>')[0];
      return [...head.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]).sort();
    };
    // Every file page-js.mjs counts but the page's own module scripts (the layout's, fetched from the body at once).
    const scripts = [...readFileSync(track, 'utf8').matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
    const files = (pageJs(WEB_DIST, track) as { files: { url: string }[] }).files.map((f) => f.url);
    expect(files.some((u) => u.includes('/TrackPage.'))).toBe(true);
    expect(preloaded(track)).toEqual(files.filter((u) => !scripts.includes(u)).sort());
    expect(preloaded(join(WEB_DIST, 'soignies/signaler/index.html'))).toEqual([]);
  });
});
