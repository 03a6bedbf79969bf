/**
 * CloudFront sends the site's security headers from the one definition (shared/src/security-headers.ts), with the
 * built pages' inline hashes (the fixture's csp-hashes.json, as `npm run build` writes it into web/dist).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSP_MAX_LENGTH, MapBackground, SITE_TILES_DIR, communeMapOrigins, contentSecurityPolicy } from '@tandem/shared';
import { uploadsBucketName, uploadsBucketOrigin } from '../constructs/buckets.js';
import { readInlineHashes } from '../constructs/site-inline-hashes.js';
import { loadCommuneConfigs } from '../stacks/commune-files.js';
import { addTandemStacks } from '../stacks/tandem-app.js';
import type { PlatformStack } from '../stacks/platform-stack.js';
import { testContext } from './support/test-app.js';

const SITE_FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/site');

let platform: PlatformStack;
let t: Template;
beforeAll(() => {
  const app = new App({ context: testContext() });
  ({ platform } = addTandemStacks(app, { communes: loadCommuneConfigs(), env: { region: 'eu-west-1' }, siteDir: SITE_FIXTURE }));
  t = Template.fromStack(platform);
});

const distribution = () => Object.values(t.findResources('AWS::CloudFront::Distribution'))[0].Properties.DistributionConfig;
const policyConfig = (id: { Ref: string }) =>
  t.findResources('AWS::CloudFront::ResponseHeadersPolicy')[id.Ref].Properties.ResponseHeadersPolicyConfig;

describe('the site’s response headers on CloudFront', () => {
  const expected = (framing: 'self' | 'any') =>
    platform.resolve(
      contentSecurityPolicy({
        hashes: readInlineHashes(SITE_FIXTURE),
        uploadsOrigins: [uploadsBucketOrigin(platform, uploadsBucketName(platform))],
        mapOrigins: communeMapOrigins(loadCommuneConfigs()),
        framing,
      }),
    );

  it('every page carries the shared CSP with the built inline hashes, and nosniff, referrer and HSTS headers', () => {
    const headers = policyConfig(distribution().DefaultCacheBehavior.ResponseHeadersPolicyId).SecurityHeadersConfig;
    expect(headers.ContentSecurityPolicy).toEqual({ ContentSecurityPolicy: expected('self'), Override: true });
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const hash of Object.values(readInlineHashes(SITE_FIXTURE)).flat()) expect(csp).toContain(hash);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ReferrerPolicy.ReferrerPolicy).toBe('strict-origin-when-cross-origin');
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBe(31_536_000);
  });

  it('the embeddable map carries the same CSP, framable by any site', () => {
    const embed = distribution().CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/*/carte/integrer/*');
    const headers = policyConfig(embed.ResponseHeadersPolicyId).SecurityHeadersConfig;
    expect(headers.ContentSecurityPolicy.ContentSecurityPolicy).toEqual(expected('any'));
    expect(headers.FrameOptions).toBeUndefined();
  });

  it('the CSP names the uploads bucket that exists, by its regional origin', () => {
    const [bucket] = Object.values(t.findResources('AWS::S3::Bucket')).filter((b) => b.Properties.CorsConfiguration);
    expect(bucket.Properties.BucketName).toEqual(platform.resolve(uploadsBucketName(platform)));
    const csp = JSON.stringify(policyConfig(distribution().DefaultCacheBehavior.ResponseHeadersPolicyId).SecurityHeadersConfig);
    expect(csp).toContain('-uploads-');
    expect(csp).toContain('.s3.eu-west-1.');
  });

  it('every API answer (API Gateway’s own too) carries nosniff', () => {
    const api = distribution().CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/api/*');
    const headers = policyConfig(api.ResponseHeadersPolicyId).SecurityHeadersConfig;
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ContentSecurityPolicy).toBeUndefined();
  });

  it('fits CloudFront’s limit on the CSP value, even with the built site’s hashes', () => {
    const value = JSON.stringify(expected('self'));
    expect(value.length).toBeLessThan(CSP_MAX_LENGTH);
  });
});

describe('a commune’s map background on CloudFront', () => {
  const WMS =
    'https://geoservices.wallonie.be/arcgis/services/IMAGERIE/ORTHO_LAST/MapServer/WMSServer?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=0&STYLES=&FORMAT=image/jpeg&SRS=EPSG:3857&WIDTH=256&HEIGHT=256&BBOX={bbox-epsg-3857}';
  let configured: Template;
  let stack: PlatformStack;
  beforeAll(() => {
    const [first, second, ...rest] = loadCommuneConfigs();
    const communes = [
      { ...first, map: { ...first.map, background: MapBackground.parse({ type: 'raster', tiles: WMS, attribution: '© SPW' }) } },
      {
        ...second,
        map: {
          ...second.map,
          background: MapBackground.parse({
            type: 'style',
            url: 'https://api.maps.example/style.json',
            origins: ['https://tiles.maps.example'],
            attribution: '© OSM',
          }),
        },
      },
      ...rest,
    ];
    const app = new App({ context: testContext() });
    ({ platform: stack } = addTandemStacks(app, { communes, env: { region: 'eu-west-1' }, siteDir: SITE_FIXTURE }));
    configured = Template.fromStack(stack);
  });

  it('the CSP lets the pages fetch tiles, styles and images from the configured origins, and no more', () => {
    const d = Object.values(configured.findResources('AWS::CloudFront::Distribution'))[0].Properties.DistributionConfig;
    const id = d.DefaultCacheBehavior.ResponseHeadersPolicyId.Ref;
    const csp = JSON.stringify(
      configured.findResources('AWS::CloudFront::ResponseHeadersPolicy')[id].Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig
        .ContentSecurityPolicy.ContentSecurityPolicy,
    );
    const directive = (name: string) => csp.split('; ').find((x) => x.startsWith(name)) ?? '';
    for (const origin of ['https://geoservices.wallonie.be', 'https://api.maps.example', 'https://tiles.maps.example']) {
      expect(directive('img-src')).toContain(origin);
      expect(directive('connect-src')).toContain(origin);
    }
    expect(directive('script-src')).not.toContain('maps.example');
  });

  it('the site’s upload leaves the archives under tiles/ in the bucket (pruned pages, kept backgrounds)', () => {
    const pages = Object.values(configured.findResources('Custom::CDKBucketDeployment'))
      .map((r) => (r as { Properties: Record<string, unknown> }).Properties)
      .find((p) => p.Prune === true);
    expect(pages?.Exclude).toEqual(['_assets/*', `${SITE_TILES_DIR}/*`]);
  });
});
