import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { type CfnStage, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_FUNCTIONS, GATEWAY_DEFAULT_THROTTLE, RATE_LIMIT_CLASSES, ROUTES, routeClassOf, type ApiFunctionName } from '@tandem/shared';
import { grantDeclaredAccess, type AccessTargets } from './function-access.js';
import { LOG_RETENTION, TandemFunction } from './tandem-function.js';

export interface ApiFunctionsProps {
  environment: Record<string, string>;
  access: AccessTargets;
}

/** HTTP API access-log line (HTTP API $context variables). */
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  userAgent: '$context.identity.userAgent',
});

/**
 * The HTTP API: one Lambda function per key of API_FUNCTIONS (with the access it declares) and one route per
 * entry of ROUTES, with the exact method and path. Authentication is checked in the handlers (staff tokens of
 * the commune named in the path), as on the local server.
 */
export class TandemHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly functions = new Map<ApiFunctionName, TandemFunction>();

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      description: 'Tandem API (routes from shared/src/routes.ts)',
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: LOG_RETENTION });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: GATEWAY_DEFAULT_THROTTLE.ratePerSecond, burstLimit: GATEWAY_DEFAULT_THROTTLE.burst },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: AccessLogFormat.custom(ACCESS_LOG_FORMAT) },
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Public routes are open by design (citizens report without an account); staff routes verify the commune staff pool token in the handler, because the pool depends on the commune in the path, which a stage authorizer cannot choose.',
    });
  }

  /**
   * Adds the functions and routes. Separate from the constructor because the functions' environment names
   * the CloudFront URL, and CloudFront needs the API's domain first.
   */
  addFunctionsAndRoutes(props: ApiFunctionsProps): void {
    const integrations = new Map<ApiFunctionName, HttpLambdaIntegration>();
    // One log group for every API function (each line names its function; Lambda names the streams after it).
    const logGroup = new LogGroup(this, 'FunctionLogs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    for (const [key, access] of Object.entries(API_FUNCTIONS) as [ApiFunctionName, (typeof API_FUNCTIONS)[ApiFunctionName]][]) {
      const f = new TandemFunction(this, functionId(key), { handlerKey: key, environment: props.environment, logGroup });
      grantDeclaredAccess(f.fn, access, props.access);
      this.functions.set(key, f);
      // One invoke permission per function (for this API), not one per route: a function serving twelve routes would
      // otherwise add twelve resources, and the platform stack must stay under CloudFormation's 500.
      integrations.set(key, new HttpLambdaIntegration(`${functionId(key)}Integration`, f.fn, { scopePermissionToRoute: false }));
    }
    // RouteSettings is untyped JSON in the L1: CloudFormation's own property names.
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    for (const route of ROUTES) {
      const added = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: integrations.get(route.handler)!,
      });
      const routeKey = `${route.method} ${route.path}`;
      const routeClass = routeClassOf(routeKey);
      if (!routeClass) continue;
      // Per-route throttles of the public writes (shared/src/rate-limits.ts); the stage needs the route first.
      const { gateway } = RATE_LIMIT_CLASSES[routeClass];
      routeSettings[routeKey] = { ThrottlingRateLimit: gateway.ratePerSecond, ThrottlingBurstLimit: gateway.burst };
      for (const r of added) this.stage.node.addDependency(r);
    }
    (this.stage.node.defaultChild as CfnStage).routeSettings = routeSettings;
  }
}

/** "reports/create-report" → "ReportsCreateReport". */
export function functionId(key: string): string {
  return key
    .split(/[/-]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}
