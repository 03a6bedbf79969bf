import { RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { type CfnStage, HttpApi, type HttpRoute, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { GATEWAY_DEFAULT_THROTTLE, RATE_LIMIT_CLASSES, routeClassOf, type ApiFunctionName } from '@tandem/shared';
import { ApiFunctionStack } from './api-function-stack.js';
import { apiStackContents, type ApiStackName } from './api-stacks.js';
import type { AccessTargets } from './function-access.js';
import { LOG_RETENTION, type TandemFunction } from './tandem-function.js';

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
 * entry of ROUTES, with the exact method and path. The API, its stage (with the per-route throttles) and the functions'
 * log group are the platform stack's; the functions and routes live in nested stacks (api-stacks.ts). Authentication
 * is checked in the handlers (staff tokens of the commune named in the path), as on the local server.
 */
export class TandemHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly functions = new Map<ApiFunctionName, TandemFunction>();
  /** Every route, by its route key ("POST /api/{commune}/reports"). */
  readonly routes = new Map<string, HttpRoute>();
  /** The nested stacks of the functions and routes. */
  readonly stacks = new Map<ApiStackName, ApiFunctionStack>();

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // 'Gateway', formerly 'Api': the routes moved into nested stacks, and API Gateway refuses a second route with the
    // same key on one API while CloudFormation creates the new routes before it deletes the old. A new API (behind the
    // same CloudFront path) lets that first deployment through in one step (docs/cloud.md, "Stack sizes").
    this.api = new HttpApi(this, 'Gateway', {
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
  }

  /**
   * Adds the functions and routes, in the nested stacks of API_STACK_OF_AREA (api-stacks.ts). Separate from the
   * constructor because the functions' environment names the CloudFront URL, and CloudFront needs the API's domain first.
   */
  addFunctionsAndRoutes(props: ApiFunctionsProps): void {
    // One log group for every API function (each line names its function; Lambda names the streams after it).
    const logGroup = new LogGroup(this, 'FunctionLogs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    for (const [name, contents] of apiStackContents()) {
      const stack = new ApiFunctionStack(this, `Api${name}`, { name, contents, api: this.api, logGroup, ...props });
      this.stacks.set(name, stack);
      for (const [key, f] of stack.functions) this.functions.set(key, f);
      for (const [key, route] of stack.routes) this.routes.set(key, route);
    }
    // RouteSettings is untyped JSON in the L1: CloudFormation's own property names.
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    for (const [routeKey, route] of this.routes) {
      const routeClass = routeClassOf(routeKey);
      if (!routeClass) continue;
      // Per-route throttles of the public writes (shared/src/rate-limits.ts). The stage needs the route first: the
      // dependency on a route of a nested stack becomes the stage's DependsOn on that nested stack.
      const { gateway } = RATE_LIMIT_CLASSES[routeClass];
      routeSettings[routeKey] = { ThrottlingRateLimit: gateway.ratePerSecond, ThrottlingBurstLimit: gateway.burst };
      this.stage.node.addDependency(route);
    }
    (this.stage.node.defaultChild as CfnStage).routeSettings = routeSettings;
  }
}
