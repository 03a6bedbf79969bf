/**
 * A commune config for one test's pages, without a second build of the site: the pages are pre-rendered with
 * infra/communes/*.json, and their islands receive the commune's public config in their serialized props. This
 * routes the commune's pages and swaps that prop for the test's config, as a build with it would have written it
 * (Astro's props format: [0, value] for a value or an object of such pairs, [1, [...]] for an array). Start the
 * platform with the same config (useBrowserSession({ communes })) so that the API, the CSP and /tiles/ agree.
 */
import type { Page } from 'playwright-core';
import { publicCommuneConfig, type CommuneConfig } from '@tandem/shared/commune-config';

type Serialized = [number, unknown];
export function astroProp(value: unknown): Serialized {
  if (Array.isArray(value)) return [1, value.map(astroProp)];
  if (value && typeof value === 'object') return [0, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, astroProp(v)]))];
  return [0, value];
}

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
    e[0] !== '#'
      ? (NAMED[e] ?? m)
      : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page's HTML with every island's `commune` prop replaced by this config's public part; how many were. */
export function withCommuneProp(html: string, config: CommuneConfig): { html: string; replaced: number } {
  let replaced = 0;
  const out = html.replace(/(<astro-island\b[^>]*\sprops=")([^"]*)(")/g, (whole, start: string, props: string, end: string) => {
    const parsed = JSON.parse(decode(props)) as Record<string, Serialized>;
    if (!parsed.commune) return whole;
    const current = parsed.commune[1] as { id?: Serialized };
    if (current.id?.[1] !== config.id) return whole;
    parsed.commune = astroProp(publicCommuneConfig(config));
    replaced++;
    return `${start}${encode(JSON.stringify(parsed))}${end}`;
  });
  return { html: out, replaced };
}

/** The commune's pages (/{id}/…/) in this page carry `config` instead of the built one. */
export async function useCommuneConfig(page: Page, config: CommuneConfig): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith(`/${config.id}/`) && url.pathname.endsWith('/'),
    async (route) => {
      const response = await route.fetch();
      const { html, replaced } = withCommuneProp(await response.text(), config);
      if (!replaced) throw new Error(`${route.request().url()}: no island received the commune ${config.id}`);
      await route.fulfill({ response, body: html });
    },
  );
}
