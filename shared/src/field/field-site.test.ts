import { describe, expect, it } from 'vitest';
import { SITE_FILE_HEADERS, fieldAppPath, siteFileHeaders } from './field-site.js';

/** The S3 glob as a regular expression (aws s3 sync: `*` matches any characters, `/` included). */
const globRegExp = (glob: string) => new RegExp(`^/${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

describe('field app site files', () => {
  it('serves the worker never from a stale cache and the manifest with its media type', () => {
    expect(siteFileHeaders('/soignies/terrain/sw.js')).toMatchObject({
      cacheControl: 'no-cache',
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(siteFileHeaders('/soignies/terrain/manifest.webmanifest')).toMatchObject({ contentType: 'application/manifest+json' });
  });

  it('leaves other files alone (the page, the icons, another folder’s sw.js)', () => {
    for (const path of [
      '/soignies/terrain/',
      '/soignies/terrain/index.html',
      '/soignies/terrain/icon-192.png',
      '/soignies/agents/sw.js',
      '/sw.js',
    ])
      expect(siteFileHeaders(path), path).toBeUndefined();
  });

  it('names the same files for the CDK upload (glob) and the local server (pattern)', () => {
    for (const h of SITE_FILE_HEADERS) {
      const file = h.glob.replace('*', 'braine-le-comte');
      expect(new RegExp(h.pattern).test(`/${file}`), h.glob).toBe(true);
      expect(globRegExp(h.glob).test(`/${file}`)).toBe(true);
      expect(new RegExp(h.pattern).test(`/${h.glob.replace('*', 'soignies/agents')}`)).toBe(false);
    }
  });

  it('puts the app at /{commune}/terrain/', () => {
    expect(fieldAppPath('soignies')).toBe('/soignies/terrain/');
  });
});
