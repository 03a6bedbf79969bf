import { Annotations, Duration, Fn, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionCode,
  HeadersReferrerPolicy,
  FunctionEventType,
  Function as CfFunction,
  FunctionRuntime,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { AccessLevel } from 'aws-cdk-lib/aws-cloudfront';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { siteRewriteFunctionCode } from './site-rewrite-code.js';

/** Where the embeddable map lives (web/src/pages/[commune]/carte/integrer/): framed by communes' own websites. */
export const EMBED_PATH_PATTERN = '/*/carte/integrer/*';

export interface SiteDistributionProps {
  siteBucket: Bucket;
  logs: Bucket;
  api: HttpApi;
  /** AWS WAF web ACL with the abuse limits (ApiWebAcl, in us-east-1); absent only in a region-agnostic synthesis. */
  webAclArn?: string;
}

/**
 * One origin for everything, as on one machine: the static site from its bucket (through OAC, with the
 * rewrites of SITE_REWRITES in a CloudFront Function) and /api/* to the HTTP API, uncached, with every
 * viewer header but Host.
 */
export class SiteDistribution extends Construct {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: SiteDistributionProps) {
    super(scope, id);
    const rewrite = new CfFunction(this, 'Rewrites', {
      comment: 'Tandem static-site rewrites (shared/src/site-rewrites.ts)',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(siteRewriteFunctionCode()),
    });
    const apiDomain = Fn.select(2, Fn.split('/', props.api.apiEndpoint));
    // LIST lets S3 answer 404 (not 403) for a missing page.
    const siteOrigin = S3BucketOrigin.withOriginAccessControl(props.siteBucket, {
      originAccessLevels: [AccessLevel.READ, AccessLevel.LIST],
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Tandem (${Stack.of(this).stackName})`,
      webAclId: props.webAclArn,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        compress: true,
        functionAssociations: [{ function: rewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        // The embeddable map: a commune pastes it into its own website, so other sites may frame it.
        [EMBED_PATH_PATTERN]: {
          origin: siteOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: new ResponseHeadersPolicy(this, 'EmbedHeaders', {
            comment: 'Security headers, but any site may frame the embeddable map',
            securityHeadersBehavior: {
              contentTypeOptions: { override: true },
              referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
              strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
              contentSecurityPolicy: { contentSecurityPolicy: 'frame-ancestors *', override: true },
            },
          }),
          compress: true,
          functionAssociations: [{ function: rewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
        '/api/*': {
          origin: new HttpOrigin(apiDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          compress: true,
        },
      },
    });
    Annotations.of(this.distribution).acknowledgeWarning(
      '@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk',
      'The bucket holds only the public static site, and defaultRootObject is set: listing lets S3 answer 404 for a missing page.',
    );
    Validations.of(this.distribution).acknowledge(
      { id: 'AwsSolutions-CFR1', reason: 'Citizens may report from anywhere (travellers, border workers); no geo restriction.' },
      ...(props.webAclArn
        ? []
        : [
            {
              id: 'AwsSolutions-CFR2',
              reason:
                'Region-agnostic synthesis only: the WAF web ACL (EdgeStack) needs the platform region for its cross-region reference.',
            },
          ]),
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default *.cloudfront.net certificate until an operator attaches a custom domain; CloudFront then enforces the TLS policy of that certificate.',
      },
    );
  }
}
