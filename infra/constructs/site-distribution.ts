import { Annotations, Duration, Fn, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionCode,
  HeadersReferrerPolicy,
  FunctionEventType,
  HeadersFrameOption,
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
import type { HttpApi, WebSocketApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { AccessLevel } from 'aws-cdk-lib/aws-cloudfront';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import {
  REALTIME_PATH,
  CSP_MAX_LENGTH,
  EMBED_PATH_PATTERN,
  SITE_HEADER_VALUES,
  contentSecurityPolicy,
  type InlineHashes,
  type SitePolicyOptions,
} from '@tandem/shared';
import { siteRewriteFunctionCode } from './site-rewrite-code.js';

export interface SiteDistributionProps {
  siteBucket: Bucket;
  logs: Bucket;
  api: HttpApi;
  /** The real-time WebSocket API, served at /realtime (its stage's name, shared/src/realtime/realtime-api.ts). */
  realtimeApi?: WebSocketApi;
  /** AWS WAF web ACL with the abuse limits (ApiWebAcl, in us-east-1); absent only in a region-agnostic synthesis. */
  webAclArn?: string;
  /** Hashes of the built pages' inline scripts and styles (web/dist/csp-hashes.json; none without a built site). */
  hashes: InlineHashes;
  /** The uploads bucket's origin (https://<bucket>.s3.<region>.amazonaws.com): presigned POSTs and reads. */
  uploadsOrigin: string;
  /** Origins of communes' map styles. */
  mapOrigins: string[];
}

/** What a site page may load and who may frame it (shared/src/security-headers.ts), for a policy of this stack. */
export function sitePolicyOptions(props: SiteDistributionProps, framing: SitePolicyOptions['framing']): SitePolicyOptions {
  return { hashes: props.hashes, uploadsOrigins: [props.uploadsOrigin], mapOrigins: props.mapOrigins, framing };
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
    const siteHeaders = (id: string, framing: SitePolicyOptions['framing'], comment: string) => {
      const options = sitePolicyOptions(props, framing);
      // The bucket's name is a token here: measure with the longest name S3 allows.
      const longest = contentSecurityPolicy({ ...options, uploadsOrigins: [`https://${'b'.repeat(63)}.s3.ap-southeast-5.amazonaws.com`] });
      if (longest.length > CSP_MAX_LENGTH)
        Annotations.of(this).addError(
          `The Content-Security-Policy may reach ${longest.length} characters; CloudFront allows ${CSP_MAX_LENGTH}.`,
        );
      return new ResponseHeadersPolicy(this, id, {
        comment,
        securityHeadersBehavior: {
          contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(options), override: true },
          contentTypeOptions: { override: true },
          ...(framing === 'self' ? { frameOptions: { frameOption: HeadersFrameOption.SAMEORIGIN, override: true } } : {}),
          referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
          strictTransportSecurity: {
            accessControlMaxAge: Duration.seconds(SITE_HEADER_VALUES.hstsMaxAgeSeconds),
            includeSubdomains: true,
            override: true,
          },
        },
      });
    };
    const pageHeaders = siteHeaders(
      'SiteHeaders',
      'self',
      'Tandem site: strict CSP (shared/src/security-headers.ts), no framing by other sites',
    );
    const embedHeaders = siteHeaders('EmbedHeaders', 'any', 'Tandem embeddable map: the same CSP, but any site may frame it');
    const apiHeaders = new ResponseHeadersPolicy(this, 'ApiHeaders', {
      comment: "Tandem API: nosniff on every answer, API Gateway's own included",
      securityHeadersBehavior: {
        contentTypeOptions: { override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(SITE_HEADER_VALUES.hstsMaxAgeSeconds),
          includeSubdomains: true,
          override: true,
        },
      },
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
        responseHeadersPolicy: pageHeaders,
        compress: true,
        functionAssociations: [{ function: rewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        // The embeddable map: a commune pastes it into its own website, so other sites may frame it.
        [EMBED_PATH_PATTERN]: {
          origin: siteOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: embedHeaders,
          compress: true,
          functionAssociations: [{ function: rewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
        '/api/*': {
          origin: new HttpOrigin(apiDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
          compress: true,
        },
        // The socket: CloudFront passes the WebSocket upgrade through, uncached, with the query string (token,
        // commune) and without the Host header (API Gateway needs its own). The path is the stage's name.
        ...(props.realtimeApi
          ? {
              [`${REALTIME_PATH}*`]: {
                origin: new HttpOrigin(Fn.select(2, Fn.split('/', props.realtimeApi.apiEndpoint)), {
                  protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
                }),
                viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
                cachePolicy: CachePolicy.CACHING_DISABLED,
                originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
              },
            }
          : {}),
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
