import { beforeAll, describe, expect, it } from 'vitest';
import {
  API_FUNCTIONS,
  BACKGROUND_FUNCTIONS,
  MANAGE_CONNECTIONS_ACTION,
  REALTIME_AUTHORIZER,
  REALTIME_FUNCTIONS,
  REALTIME_PATH,
  REALTIME_ROUTES,
  REALTIME_ROUTE_SELECTION,
  REALTIME_STAGE,
} from '@tandem/shared';
import { buildTestApp } from './support/test-app.js';
import { actionsOf, functionLogicalId, joinToString, resourcesOf, statementsOf, tenantStatementsOf } from './support/template-queries.js';

type Built = ReturnType<typeof buildTestApp>;
let built: Built;
beforeAll(() => {
  built = buildTestApp();
});
const t = () => built.platform;

const socketApi = () => {
  const apis = resourcesOf(t(), 'AWS::ApiGatewayV2::Api').filter(([, a]) => a.Properties.ProtocolType === 'WEBSOCKET');
  expect(apis).toHaveLength(1);
  return apis[0];
};
const onSocketApi = (type: string) => resourcesOf(t(), type).filter(([, r]) => r.Properties.ApiId?.Ref === socketApi()[0]);
/** The function an integration or authorizer URI invokes. */
const invokedFunction = (uri: unknown) => /<GetAtt:([^.]+)\.Arn>/.exec(joinToString(uri))?.[1];

describe('real-time WebSocket API (shared/src/realtime/realtime-api.ts)', () => {
  it('selects routes by the shared expression', () => {
    expect(socketApi()[1].Properties.RouteSelectionExpression).toBe(REALTIME_ROUTE_SELECTION);
  });

  it('has exactly the routes of REALTIME_ROUTES, each integrated with its function; $default answers the client', () => {
    const routes = onSocketApi('AWS::ApiGatewayV2::Route');
    expect(routes.map(([, r]) => r.Properties.RouteKey).sort()).toEqual(REALTIME_ROUTES.map((r) => r.routeKey).sort());
    const integrations = Object.fromEntries(onSocketApi('AWS::ApiGatewayV2::Integration'));
    for (const def of REALTIME_ROUTES) {
      const [, route] = routes.find(([, r]) => r.Properties.RouteKey === def.routeKey)!;
      const integrationId = /^integrations\/<Ref:(.+)>$/.exec(joinToString(route.Properties.Target))![1];
      expect(integrations[integrationId].Properties.IntegrationType).toBe('AWS_PROXY');
      expect(invokedFunction(integrations[integrationId].Properties.IntegrationUri)).toBe(functionLogicalId(t(), def.handler));
      expect(route.Properties.RouteResponseSelectionExpression).toBe(def.returnResponse ? '$default' : undefined);
    }
    const responses = onSocketApi('AWS::ApiGatewayV2::RouteResponse');
    expect(responses).toHaveLength(REALTIME_ROUTES.filter((r) => r.returnResponse).length);
    expect(responses[0][1].Properties.RouteResponseKey).toBe('$default');
  });

  it('authorises $connect only, with the REQUEST authorizer on the query string token and commune', () => {
    const authorizers = onSocketApi('AWS::ApiGatewayV2::Authorizer');
    expect(authorizers).toHaveLength(1);
    const [authorizerId, authorizer] = authorizers[0];
    expect(authorizer.Properties.AuthorizerType).toBe('REQUEST');
    expect(authorizer.Properties.IdentitySource).toEqual([...REALTIME_AUTHORIZER.identitySource]);
    expect(invokedFunction(authorizer.Properties.AuthorizerUri)).toBe(functionLogicalId(t(), REALTIME_AUTHORIZER.handler));
    for (const [, route] of onSocketApi('AWS::ApiGatewayV2::Route')) {
      if (route.Properties.RouteKey === '$connect') {
        expect(route.Properties.AuthorizationType).toBe('CUSTOM');
        expect(route.Properties.AuthorizerId).toEqual({ Ref: authorizerId });
      } else expect(route.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
    }
  });

  it('deploys one auto-deployed stage named after the socket path, with access logs and throttling', () => {
    const stages = onSocketApi('AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(1);
    const p = stages[0][1].Properties;
    expect(p.StageName).toBe(REALTIME_STAGE);
    expect(p.AutoDeploy).toBe(true);
    expect(p.AccessLogSettings.DestinationArn).toBeDefined();
    expect(p.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
  });

  it('lets API Gateway invoke the socket functions of this API only', () => {
    const apiId = socketApi()[0];
    for (const key of Object.keys(REALTIME_FUNCTIONS)) {
      const fnId = functionLogicalId(t(), key);
      const permissions = resourcesOf(t(), 'AWS::Lambda::Permission').filter(
        ([, p]) => p.Properties.FunctionName?.['Fn::GetAtt']?.[0] === fnId,
      );
      expect(permissions.length).toBeGreaterThan(0);
      for (const [, p] of permissions) {
        expect(p.Properties.Principal).toBe('apigateway.amazonaws.com');
        expect(joinToString(p.Properties.SourceArn)).toContain(`:<Ref:${apiId}>/`);
      }
    }
  });
});

describe('real-time grants', () => {
  const connectionsArn = () => `:<Ref:${socketApi()[0]}>/${REALTIME_STAGE}/*/@connections/*`;

  it("grants ManageConnections to the fan-out only, on this API's stage connections only", () => {
    const all = { ...API_FUNCTIONS, ...REALTIME_FUNCTIONS, ...BACKGROUND_FUNCTIONS };
    const holders = Object.keys(all).filter((key) => {
      const id = functionLogicalId(t(), key);
      return actionsOf([...statementsOf(t(), id), ...tenantStatementsOf(t(), id)]).includes(MANAGE_CONNECTIONS_ACTION);
    });
    expect(holders).toEqual(['realtime/fan-out']);
    const statements = statementsOf(t(), functionLogicalId(t(), 'realtime/fan-out')).filter((s) =>
      actionsOf([s]).includes(MANAGE_CONNECTIONS_ACTION),
    );
    expect(statements).toHaveLength(1);
    expect(actionsOf(statements)).toEqual([MANAGE_CONNECTIONS_ACTION]);
    const resources = [statements[0].Resource].flat().map(joinToString);
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatch(/^arn:<Ref:AWS::Partition>:execute-api:eu-west-1:<Ref:AWS::AccountId>/);
    expect(resources[0].endsWith(connectionsArn())).toBe(true);
  });

  it('gives the socket functions their declared table access on their tenant role (connections write, authorizer read)', () => {
    const writes = actionsOf(tenantStatementsOf(t(), functionLogicalId(t(), 'realtime/connections')));
    expect(writes).toContain('dynamodb:PutItem');
    const reads = actionsOf([
      ...statementsOf(t(), functionLogicalId(t(), 'realtime/authorize-connection')),
      ...tenantStatementsOf(t(), functionLogicalId(t(), 'realtime/authorize-connection')),
    ]);
    expect(reads.some((a) => a.startsWith('dynamodb:'))).toBe(true);
    expect(reads).not.toContain('dynamodb:PutItem');
    expect(reads).not.toContain('dynamodb:DeleteItem');
  });

  it("tells the fan-out the stage's management URL (REALTIME_CONNECTIONS_URL)", () => {
    const [, fn] = resourcesOf(t(), 'AWS::Lambda::Function').find(([id]) => id === functionLogicalId(t(), 'realtime/fan-out'))!;
    expect(joinToString(fn.Properties.Environment.Variables.REALTIME_CONNECTIONS_URL)).toBe(
      `https://<Ref:${socketApi()[0]}>.execute-api.eu-west-1.<Ref:AWS::URLSuffix>/${REALTIME_STAGE}`,
    );
  });

  it("watches the socket functions' errors with the other functions'", () => {
    const descriptions = resourcesOf(t(), 'AWS::CloudWatch::Alarm').map(([, a]) => String(a.Properties.AlarmDescription ?? ''));
    for (const key of Object.keys(REALTIME_FUNCTIONS)) expect(descriptions.some((d) => d.includes(key))).toBe(true);
  });
});

describe('CloudFront', () => {
  it(`sends ${REALTIME_PATH}* to the WebSocket API, uncached, with the viewer's query string but not its Host`, () => {
    const [, dist] = resourcesOf(t(), 'AWS::CloudFront::Distribution')[0];
    const config = dist.Properties.DistributionConfig;
    const behaviour = config.CacheBehaviors.find((b: any) => b.PathPattern === `${REALTIME_PATH}*`);
    expect(behaviour).toBeDefined();
    expect(behaviour.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // CachingDisabled
    expect(behaviour.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac'); // AllViewerExceptHostHeader
    const origin = config.Origins.find((o: any) => o.Id === behaviour.TargetOriginId);
    expect(JSON.stringify(origin.DomainName)).toContain(socketApi()[0]);
    expect(origin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
  });
});
