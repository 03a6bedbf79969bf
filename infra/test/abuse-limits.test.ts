import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  API_PER_CLIENT,
  API_PER_COMMUNE,
  GATEWAY_DEFAULT_THROTTLE,
  RATE_LIMIT_CLASSES,
  RATE_LIMITED_PROBLEM,
  routePathPattern,
  type RouteClassName,
} from '@tandem/shared';
import { buildTestApp } from './support/test-app.js';
import { resourcesOf } from './support/template-queries.js';

type Built = ReturnType<typeof buildTestApp>;
let built: Built;
let edge: Template;
beforeAll(() => {
  built = buildTestApp();
  edge = Template.fromStack(built.stacks.edge!);
});

const webAcl = () => resourcesOf(edge, 'AWS::WAFv2::WebACL')[0][1].Properties;
const rule = (name: string) => webAcl().Rules.find((r: { Name: string }) => r.Name === name);

describe('abuse limits in the cloud (shared/src/rate-limits.ts)', () => {
  it('puts a CloudFront-scope web ACL in us-east-1 and attaches it to the distribution', () => {
    expect(built.stacks.edge!.region).toBe('us-east-1');
    expect(webAcl().Scope).toBe('CLOUDFRONT');
    expect(webAcl().DefaultAction).toEqual({ Allow: {} });
    const [, dist] = resourcesOf(built.platform, 'AWS::CloudFront::Distribution')[0];
    expect(dist.Properties.DistributionConfig.WebACLId).toBeDefined();
  });

  it('limits every /api request per client address, and answers 429 with Retry-After and the shared problem', () => {
    const r = rule('api-per-client');
    expect(r.Statement.RateBasedStatement).toMatchObject({
      Limit: API_PER_CLIENT.limit,
      EvaluationWindowSec: API_PER_CLIENT.windowSeconds,
      AggregateKeyType: 'IP',
      ScopeDownStatement: { ByteMatchStatement: { SearchString: '/api/', PositionalConstraint: 'STARTS_WITH' } },
    });
    const response = r.Action.Block.CustomResponse;
    expect(response.ResponseCode).toBe(429);
    expect(response.ResponseHeaders).toContainEqual({ Name: 'retry-after', Value: String(API_PER_CLIENT.windowSeconds) });
    const body = webAcl().CustomResponseBodies[response.CustomResponseBodyKey];
    expect(JSON.parse(body.Content)).toEqual(RATE_LIMITED_PROBLEM);
  });

  it('limits each public write class per client on the methods and paths of its routes', () => {
    for (const [name, c] of Object.entries(RATE_LIMIT_CLASSES)) {
      const s = rule(`${name as RouteClassName}-per-client`).Statement.RateBasedStatement;
      expect(s).toMatchObject({ Limit: c.perClient.limit, EvaluationWindowSec: c.perClient.windowSeconds, AggregateKeyType: 'IP' });
      const text = JSON.stringify(s.ScopeDownStatement);
      for (const key of c.routes) {
        const [method, path] = key.split(' ');
        expect(text).toContain(JSON.stringify(routePathPattern(path)));
        expect(text).toContain(`"SearchString":"${method}"`);
      }
    }
  });

  it('limits every commune for all clients together, by path and by Open311 jurisdiction', () => {
    for (const commune of built.communes) {
      const s = rule(`commune-${commune.id}`).Statement.RateBasedStatement;
      expect(s).toMatchObject({
        Limit: API_PER_COMMUNE.limit,
        EvaluationWindowSec: API_PER_COMMUNE.windowSeconds,
        AggregateKeyType: 'CONSTANT',
      });
      const searched = s.ScopeDownStatement.OrStatement.Statements.map((x: any) => x.ByteMatchStatement.SearchString);
      expect(searched).toEqual([`/api/${commune.id}/`, `/api/feeds/${commune.id}/`, commune.id]);
    }
  });

  it('throttles the HTTP API stage and each public write route from the same definition', () => {
    const [, stage] = resourcesOf(built.platform, 'AWS::ApiGatewayV2::Stage')[0];
    expect(stage.Properties.DefaultRouteSettings).toMatchObject({
      ThrottlingRateLimit: GATEWAY_DEFAULT_THROTTLE.ratePerSecond,
      ThrottlingBurstLimit: GATEWAY_DEFAULT_THROTTLE.burst,
    });
    const expected = Object.fromEntries(
      Object.values(RATE_LIMIT_CLASSES).flatMap((c) =>
        c.routes.map((k) => [k, { ThrottlingRateLimit: c.gateway.ratePerSecond, ThrottlingBurstLimit: c.gateway.burst }]),
      ),
    );
    expect(stage.Properties.RouteSettings).toEqual(expected);
  });
});
