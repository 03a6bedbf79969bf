import { type CfnElement, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  LogGroupLogDestination,
  WebSocketApi,
  WebSocketIntegrationType,
  WebSocketRouteIntegration,
  type WebSocketRouteIntegrationConfig,
  WebSocketStage,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketLambdaAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct, type IConstruct } from 'constructs';
import {
  GATEWAY_DEFAULT_THROTTLE,
  REALTIME_AUTHORIZER,
  REALTIME_FUNCTIONS,
  REALTIME_ROUTES,
  REALTIME_ROUTE_SELECTION,
  REALTIME_STAGE,
  type RealtimeFunctionName,
} from '@tandem/shared';
import { nagAttRef, nagRef } from './nag-ref.js';
import { grantDeclaredAccess, type AccessTargets } from './function-access.js';
import { functionId } from './function-id.js';
import { LOG_RETENTION, TandemFunction } from './tandem-function.js';

export interface RealtimeFunctionsProps {
  environment: Record<string, string>;
  access: AccessTargets;
}

/** WebSocket access-log line (WebSocket $context variables). */
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  eventType: '$context.eventType',
  connectionId: '$context.connectionId',
  status: '$context.status',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
});

/**
 * The real-time WebSocket API (docs/realtime.md), built from shared/src/realtime/realtime-api.ts: the three predefined
 * routes of REALTIME_ROUTES, the route selection, the `$connect` REQUEST authorizer on the query string, and one stage
 * named REALTIME_STAGE (so the socket's path behind CloudFront is `/realtime`). The functions of REALTIME_FUNCTIONS
 * are added later, like the HTTP API's, because their environment names CloudFront's URL.
 */
export class TandemRealtimeApi extends Construct {
  readonly api: WebSocketApi;
  readonly stage: WebSocketStage;
  readonly functions = new Map<RealtimeFunctionName, TandemFunction>();

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.api = new WebSocketApi(this, 'Api', {
      description: 'Tandem real-time socket (routes from shared/src/realtime/realtime-api.ts)',
      routeSelectionExpression: REALTIME_ROUTE_SELECTION,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: LOG_RETENTION });
    this.stage = new WebSocketStage(this, 'Stage', {
      webSocketApi: this.api,
      stageName: REALTIME_STAGE,
      autoDeploy: true,
      throttle: { rateLimit: GATEWAY_DEFAULT_THROTTLE.ratePerSecond, burstLimit: GATEWAY_DEFAULT_THROTTLE.burst },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: AccessLogFormat.custom(ACCESS_LOG_FORMAT) },
    });
  }

  /** The connections' ARN pattern (`<api>/realtime/<method>/@connections/<id>`) that ManageConnections is granted on. */
  get connectionsArn(): string {
    return Stack.of(this).formatArn({
      service: 'execute-api',
      resource: this.api.apiId,
      resourceName: `${REALTIME_STAGE}/*/@connections/*`,
    });
  }

  /** `connectionsArn` as cdk-nag writes it in a finding id of a resource under `scope` (function-access.ts's IAM5 acknowledgement). */
  connectionsNagResource(scope: IConstruct): string {
    const stack = Stack.of(this);
    const api = nagAttRef(scope, this.api.node.defaultChild as CfnElement);
    return `arn:<AWS::Partition>:execute-api:${nagRef(stack.region, 'AWS::Region')}:${nagRef(stack.account, 'AWS::AccountId')}:${api}/${REALTIME_STAGE}/*/@connections/*`;
  }

  /** The management API's address, REALTIME_CONNECTIONS_URL: https://{api}.execute-api.{region}.amazonaws.com/realtime. */
  get callbackUrl(): string {
    return this.stage.callbackUrl;
  }

  /** Adds the socket's functions (with the access they declare), the authorizer and the routes. */
  addFunctionsAndRoutes(props: RealtimeFunctionsProps): void {
    const logGroup = new LogGroup(this, 'FunctionLogs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    const integrations = new Map<RealtimeFunctionName, FunctionIntegration>();
    for (const [key, access] of Object.entries(REALTIME_FUNCTIONS) as [
      RealtimeFunctionName,
      (typeof REALTIME_FUNCTIONS)[RealtimeFunctionName],
    ][]) {
      const f = new TandemFunction(this, functionId(key), { handlerKey: key, environment: props.environment, logGroup });
      grantDeclaredAccess(f.fn, access, props.access);
      this.functions.set(key, f);
    }
    const fn = (key: RealtimeFunctionName) => this.functions.get(key)!.fn;
    // No caching: a token's groups may change, and the commune is part of the identity.
    const authorizer = new WebSocketLambdaAuthorizer('ConnectAuthorizer', fn(REALTIME_AUTHORIZER.handler), {
      identitySource: [...REALTIME_AUTHORIZER.identitySource],
    });
    for (const route of REALTIME_ROUTES) {
      let integration = integrations.get(route.handler);
      if (!integration) {
        integration = new FunctionIntegration(`${functionId(route.handler)}Integration`, fn(route.handler));
        integrations.set(route.handler, integration);
        // One invoke permission per function for this API, not one per route (CloudFormation's 500 resources).
        fn(route.handler).addPermission('RealtimeInvoke', {
          principal: new ServicePrincipal('apigateway.amazonaws.com'),
          sourceArn: Stack.of(this).formatArn({ service: 'execute-api', resource: this.api.apiId, resourceName: '*' }),
        });
      }
      this.api.addRoute(route.routeKey, {
        integration,
        ...(route.routeKey === '$connect' ? { authorizer } : {}),
        ...(route.returnResponse ? { returnResponse: true } : {}),
      });
    }
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'API Gateway runs a WebSocket authorizer on $connect only: the connection is authorised there (staff ID token of the commune in the query string); $disconnect and $default belong to that authorised connection.',
    });
  }
}

/**
 * WebSocketLambdaIntegration without its permission per route: the same Lambda proxy integration, invoked under the
 * one permission per function that addFunctionsAndRoutes grants.
 */
class FunctionIntegration extends WebSocketRouteIntegration {
  constructor(
    id: string,
    private readonly handler: IFunction,
  ) {
    super(id);
  }

  bind(): WebSocketRouteIntegrationConfig {
    const stack = Stack.of(this.handler);
    return {
      type: WebSocketIntegrationType.AWS_PROXY,
      uri: stack.formatArn({
        service: 'apigateway',
        account: 'lambda',
        resource: 'path/2015-03-31/functions',
        resourceName: `${this.handler.functionArn}/invocations`,
      }),
    };
  }
}
