/**
 * Static-site rewrites, defined once: the CloudFront function and the local server both apply them,
 * so that /{commune}/suivi/ABCD-1234/ (and /{commune}/demandes/suivi/ABCD-1234/ for permits) serves the
 * pre-rendered tracking page shell, and every path under
 * the staff SPA serves the SPA's index.
 */
export interface SiteRewrite {
  /** Regular expression source matched against the request path. */
  pattern: string;
  /** Replacement, with $1… for captured groups. */
  target: string;
}

export const SITE_REWRITES: readonly SiteRewrite[] = [
  { pattern: '^/([a-z][a-z0-9-]+)/suivi/[^/]+/?$', target: '/$1/suivi/index.html' },
  { pattern: '^/([a-z][a-z0-9-]+)/demandes/suivi/[^/]+/?$', target: '/$1/demandes/suivi/index.html' },
  // A works site's page: the id's shape only, so that the list (/{c}/chantiers/index.html) is served as itself.
  {
    pattern: '^/([a-z][a-z0-9-]+)/chantiers/[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/?$',
    target: '/$1/chantiers/site/index.html',
  },
  { pattern: '^/([a-z][a-z0-9-]+)/agents/.+$', target: '/$1/agents/index.html' },
];

/** Returns the file path to serve for a request path ("/x/" → "/x/index.html"). */
export function rewriteSitePath(path: string): string {
  for (const r of SITE_REWRITES) {
    const re = new RegExp(r.pattern);
    if (re.test(path)) return path.replace(re, r.target);
  }
  if (path.endsWith('/')) return `${path}index.html`;
  if (!/\.[a-z0-9]+$/i.test(path.split('/').pop() ?? '')) return `${path}/index.html`;
  return path;
}
