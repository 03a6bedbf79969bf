import { SITE_REWRITES, type SiteRewrite } from '@tandem/shared';

/**
 * Source of the CloudFront Function (cloudfront-js-2.0) that serves the static site: the rewrites of
 * SITE_REWRITES first, then directory indexes, exactly as rewriteSitePath() does for the local server.
 */
export function siteRewriteFunctionCode(rewrites: readonly SiteRewrite[] = SITE_REWRITES): string {
  const rules = rewrites.map((r) => `{ re: new RegExp(${JSON.stringify(r.pattern)}), target: ${JSON.stringify(r.target)} }`).join(',\n  ');
  return `var REWRITES = [
  ${rules}
];
function rewrite(path) {
  for (var i = 0; i < REWRITES.length; i++) {
    var r = REWRITES[i];
    if (r.re.test(path)) return path.replace(r.re, r.target);
  }
  if (path.endsWith('/')) return path + 'index.html';
  var last = path.split('/').pop() || '';
  if (!/\\.[a-z0-9]+$/i.test(last)) return path + '/index.html';
  return path;
}
function handler(event) {
  var request = event.request;
  request.uri = rewrite(request.uri);
  return request;
}
`;
}
