import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { SITE_TILES_DIR } from '@tandem/shared';

/** Astro's build puts hashed bundles here (web/astro.config.mjs: build.assets). */
export const HASHED_ASSETS_DIR = '_assets';

/**
 * Uploads the built site (web/dist) to the site bucket: hashed bundles cached for a year, pages for five
 * minutes (pruned, so removed pages disappear, but not the map backgrounds under tiles/), then invalidates CloudFront.
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
    const pages = new BucketDeployment(this, 'Pages', {
      sources: [Source.asset(props.siteDir, { exclude: [`${HASHED_ASSETS_DIR}/**`] })],
      destinationBucket: props.bucket,
      // Leave the hashed bundles and the map backgrounds uploaded beside the site (docs/map-backgrounds.md) alone when pruning.
      exclude: [`${HASHED_ASSETS_DIR}/*`, `${SITE_TILES_DIR}/*`],
      prune: true,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.minutes(5))],
      distribution: props.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    // New pages must never point at bundles that are not there yet.
    pages.node.addDependency(assets);
  }
}
