import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import {
  API_PER_CLIENT,
  API_PER_COMMUNE,
  COMMUNE_QUERY_ARGUMENT,
  RATE_LIMIT_CLASSES,
  RATE_LIMITED_PROBLEM,
  communePathPrefixes,
  routePathPattern,
  type RateLimit,
  type RouteClassName,
} from '@tandem/shared';

type Statement = CfnWebACL.StatementProperty;
const NO_TRANSFORM = [{ priority: 0, type: 'NONE' }];
export const RATE_LIMITED_BODY_KEY = 'rate-limited';

const startsWith = (field: CfnWebACL.FieldToMatchProperty, text: string): Statement => ({
  byteMatchStatement: { fieldToMatch: field, positionalConstraint: 'STARTS_WITH', searchString: text, textTransformations: NO_TRANSFORM },
});
const exactly = (field: CfnWebACL.FieldToMatchProperty, text: string): Statement => ({
  byteMatchStatement: { fieldToMatch: field, positionalConstraint: 'EXACTLY', searchString: text, textTransformations: NO_TRANSFORM },
});
const anyOf = (statements: Statement[]): Statement => (statements.length === 1 ? statements[0] : { orStatement: { statements } });

/** The routes of a class: method and whole path, as the route table matches them. */
function routeClassStatement(name: RouteClassName): Statement {
  return anyOf(
    RATE_LIMIT_CLASSES[name].routes.map((key) => {
      const [method, path] = key.split(' ');
      return {
        andStatement: {
          statements: [
            exactly({ method: {} }, method),
            {
              regexMatchStatement: {
                fieldToMatch: { uriPath: {} },
                regexString: routePathPattern(path),
                textTransformations: NO_TRANSFORM,
              },
            },
          ],
        },
      };
    }),
  );
}

/** Where a request names the commune (communePathPrefixes, or Open311's jurisdiction_id). */
function communeStatement(commune: string): Statement {
  return anyOf([
    ...communePathPrefixes(commune).map((p) => startsWith({ uriPath: {} }, p)),
    exactly({ singleQueryArgument: { Name: COMMUNE_QUERY_ARGUMENT } }, commune),
  ]);
}

export interface ApiWebAclProps {
  /** Commune ids: one per-commune rule each. */
  communes: readonly string[];
}

/**
 * AWS WAF web ACL for the CloudFront distribution (scope CLOUDFRONT, so it lives in us-east-1): rate-based
 * rules from shared/src/rate-limits.ts — every /api request per client address, each public write class per
 * client address, every request naming a commune per commune. Past a limit: 429, Retry-After (the window),
 * the shared problem body.
 */
export class ApiWebAcl extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiWebAclProps) {
    super(scope, id);
    const rules: CfnWebACL.RuleProperty[] = [];
    const rateRule = (name: string, limit: RateLimit, aggregateKeyType: 'IP' | 'CONSTANT', scopeDownStatement: Statement) => {
      rules.push({
        name,
        priority: rules.length,
        statement: {
          rateBasedStatement: { limit: limit.limit, evaluationWindowSec: limit.windowSeconds, aggregateKeyType, scopeDownStatement },
        },
        action: {
          block: {
            customResponse: {
              responseCode: 429,
              customResponseBodyKey: RATE_LIMITED_BODY_KEY,
              responseHeaders: [
                { name: 'retry-after', value: String(limit.windowSeconds) },
                { name: 'cache-control', value: 'no-store' },
              ],
            },
          },
        },
        visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: `tandem-${name}` },
      });
    };
    rateRule('api-per-client', API_PER_CLIENT, 'IP', startsWith({ uriPath: {} }, '/api/'));
    for (const name of Object.keys(RATE_LIMIT_CLASSES) as RouteClassName[]) {
      rateRule(`${name}-per-client`, RATE_LIMIT_CLASSES[name].perClient, 'IP', routeClassStatement(name));
    }
    for (const commune of props.communes) rateRule(`commune-${commune}`, API_PER_COMMUNE, 'CONSTANT', communeStatement(commune));

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Tandem abuse limits, from shared/src/rate-limits.ts',
      defaultAction: { allow: {} },
      customResponseBodies: { [RATE_LIMITED_BODY_KEY]: { contentType: 'APPLICATION_JSON', content: JSON.stringify(RATE_LIMITED_PROBLEM) } },
      visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'tandem-web-acl' },
      rules,
    });
  }
}
