/**
 * The site's security headers, defined once: CloudFront's response headers policies (infra/constructs/
 * site-distribution.ts) and the local static server (infra/local/server/static-site.ts) both send these.
 *
 * The Content-Security-Policy allows no inline script but the ones the build produced: web's build step
 * (web/integrations/csp-hashes.ts, `astro:build:done`) hashes every inline <script>, <style> and style="…"
 * of the built pages into CSP_HASHES_FILE, and both servers read that file.
 */

/** Written by the web build beside the pages (web/dist/csp-hashes.json), read by CDK and the local server. */
export const CSP_HASHES_FILE = 'csp-hashes.json';

/** CSP hash sources ('sha256-…', quotes included) of what the built pages carry inline. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
  /** style="…" attributes (allowed with 'unsafe-hashes': only these exact values). */
  styleAttributes: string[];
}

export const NO_INLINE_HASHES: InlineHashes = { scripts: [], styles: [], styleAttributes: [] };

/**
 * Pages a commune's own website may frame (the embeddable map, web/src/pages/[commune]/carte/integrer/):
 * CloudFront's path pattern and the same test for the local server.
 */
export const EMBED_PATH_PATTERN = '/*/carte/integrer/*';
export const isEmbeddablePath = (path: string) => /^\/[^/]+\/carte\/integrer\//.test(path);

/** CloudFront's limit on a response headers policy's Content-Security-Policy value. */
export const CSP_MAX_LENGTH = 1783;

export interface SitePolicyOptions {
  hashes: InlineHashes;
  /**
   * Origins the browser talks to besides the site's own (which also serves /api/*): the uploads bucket, which
   * receives presigned POSTs of photos and files and serves presigned reads of them (e.g.
   * https://<bucket>.s3.<region>.amazonaws.com, or s3rver's http://127.0.0.1:<port> on one machine).
   */
  uploadsOrigins: string[];
  /** Origins of communes' map backgrounds (communeMapOrigins(): config map.background): styles, tiles, glyphs, archives. */
  mapOrigins?: string[];
  /** 'self': only the site may frame the page; 'any': any website may (the embeddable map). */
  framing: 'self' | 'any';
}

const list = (...sources: (string | string[] | undefined)[]) => [...new Set(sources.flat().filter((s): s is string => !!s))].join(' ');

/**
 * The site's Content-Security-Policy. Scripts: the site's own bundles and the hashed inline scripts, nothing
 * else (no 'unsafe-inline', no eval). Styles: the site's stylesheets and the hashed inline <style> elements;
 * style attributes only with the exact values the build wrote (the commune's colours on <html>); styles set
 * from scripts through the CSSOM (Preact's style props, maplibre's positioning) are not governed by CSP.
 * Images: photos come from the uploads bucket (presigned reads), previews of chosen photos are blob: URLs,
 * maplibre draws its symbols into data:/blob: images. maplibre starts its worker from a blob: URL when it
 * cannot load the worker file directly, hence worker-src blob:.
 */
export function contentSecurityPolicy(o: SitePolicyOptions): string {
  const { scripts, styles, styleAttributes } = o.hashes;
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', list("'self'", scripts)],
    ['style-src', list("'self'", styles)],
    ['style-src-attr', styleAttributes.length ? list("'unsafe-hashes'", styleAttributes) : "'none'"],
    ['img-src', list("'self'", 'data:', 'blob:', o.uploadsOrigins, o.mapOrigins)],
    ['font-src', "'self'"],
    ['connect-src', list("'self'", o.uploadsOrigins, o.mapOrigins)],
    ['worker-src', "'self' blob:"],
    ['manifest-src', "'self'"],
    ['frame-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', o.framing === 'any' ? '*' : "'self'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The other security headers of every site answer (values CloudFront's policy sets too). */
export const SITE_HEADER_VALUES = {
  contentTypeOptions: 'nosniff',
  referrerPolicy: 'strict-origin-when-cross-origin',
  /** Sent by CloudFront (HTTPS); meaningless on the local http:// origin. */
  hstsMaxAgeSeconds: 365 * 24 * 3600,
  /** For browsers without frame-ancestors; left out on embeddable pages. */
  frameOptions: 'SAMEORIGIN',
} as const;

/** The headers the local static server sends with every site answer (HSTS aside: it is plain http). */
export function siteSecurityHeaders(o: SitePolicyOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(o),
    'x-content-type-options': SITE_HEADER_VALUES.contentTypeOptions,
    'referrer-policy': SITE_HEADER_VALUES.referrerPolicy,
    ...(o.framing === 'any' ? {} : { 'x-frame-options': SITE_HEADER_VALUES.frameOptions }),
  };
}

// ---- Build step: what a built page carries inline -----------------------------------------------------

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Script types a browser executes (CSP governs them); JSON data blocks and the like are skipped. */
const EXECUTED = /^(|module|text\/javascript|application\/javascript)$/i;

/** The inline scripts, <style> elements and style attributes of one page, as the browser hashes them. */
export function inlineContents(html: string): { scripts: string[]; styles: string[]; styleAttributes: string[] } {
  const scripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1];
    if (/\ssrc\s*=/i.test(` ${attrs}`)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (EXECUTED.test(type)) scripts.push(m[2]);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
  const styleAttributes: string[] = [];
  // Attributes inside tags only (not in scripts or text): strip script and style bodies first.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  for (const m of markup.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi))
    styleAttributes.push(decodeAttribute(m[1] ?? m[2]));
  return { scripts, styles, styleAttributes };
}

async function sha256Source(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** The CSP hash sources of everything the pages carry inline, de-duplicated and sorted (stable output). */
export async function inlineHashes(pages: Iterable<string>): Promise<InlineHashes> {
  const found = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: new Set<string>() };
  for (const html of pages) {
    const c = inlineContents(html);
    for (const k of ['scripts', 'styles', 'styleAttributes'] as const) for (const text of c[k]) found[k].add(text);
  }
  const hash = async (set: Set<string>) => [...new Set(await Promise.all([...set].map(sha256Source)))].sort();
  return { scripts: await hash(found.scripts), styles: await hash(found.styles), styleAttributes: await hash(found.styleAttributes) };
}
