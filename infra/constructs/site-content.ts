import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { SITE_FILE_HEADERS } from '@tandem/shared';

/** Astro's build puts hashed bundles here (web/astro.config.mjs: build.assets). */
export const HASHED_ASSETS_DIR = '_assets';

/**
 * Uploads the built site (web/dist) to the site bucket: hashed bundles cached for a year, pages for five
 * minutes (pruned, so removed pages disappear), then invalidates CloudFront. The files of SITE_FILE_HEADERS (the field
 * app's service worker and manifest) are uploaded apart, each set with its own Content-Type and Cache-Control.
 */
export class SiteContent extends Construct {
  constructor(scope: Construct, id: string, props: { siteDir: string; bucket: IBucket; distribution: IDistribution }) {
    super(scope, id);
    const assets = new BucketDeployment(this, 'HashedAssets', {
      sources: [Source.asset(join(props.siteDir, HASHED_ASSETS_DIR))],
      destinationBucket: props.bucket,
      destinationKeyPrefix: `${HASHED_ASSETS_DIR}/`,
      // Old bundles stay: pages cached by browsers may still ask for them.
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.fromString('immutable')],
      memoryLimit: 512,
    });
    // One asset for the pages and the files with their own headers (same source, same hash: uploaded once).
    const site = () => Source.asset(props.siteDir, { exclude: [`${HASHED_ASSETS_DIR}/**`] });
    const ownHeaders = SITE_FILE_HEADERS.map(
      (h, i) =>
        new BucketDeployment(this, `OwnHeaders${i}`, {
          sources: [site()],
          destinationBucket: props.bucket,
          exclude: ['*'],
          include: [h.glob],
          prune: false,
          contentType: h.contentType,
          cacheControl: [CacheControl.fromString(h.cacheControl)],
          memoryLimit: 512,
        }),
    );
    const pages = new BucketDeployment(this, 'Pages', {
      sources: [site()],
      destinationBucket: props.bucket,
      // Leave the hashed bundles alone when pruning; the files with their own headers are uploaded above.
      exclude: [`${HASHED_ASSETS_DIR}/*`, ...SITE_FILE_HEADERS.map((h) => h.glob)],
      prune: true,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.minutes(5))],
      distribution: props.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    // New pages must never point at bundles that are not there yet.
    pages.node.addDependency(assets);
    // The pages' upload invalidates CloudFront: after the worker and manifest are in place.
    for (const d of ownHeaders) pages.node.addDependency(d);
  }
}
