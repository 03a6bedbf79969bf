import { NestedStack, Validations } from 'aws-cdk-lib';
import { type HttpApi, HttpMethod, HttpRoute, HttpRouteKey } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { API_FUNCTIONS, type ApiFunctionName } from '@tandem/shared';
import type { ApiStackContents, ApiStackName } from './api-stacks.js';
import { grantDeclaredAccess, type AccessTargets } from './function-access.js';
import { TandemFunction } from './tandem-function.js';
import { functionId } from './function-id.js';

export interface ApiFunctionStackProps {
  name: ApiStackName;
  contents: ApiStackContents;
  /** The platform's HTTP API: the routes are added to it from here (its id reaches this stack as a parameter). */
  api: HttpApi;
  /** The API functions' one log group (in the platform stack). */
  logGroup: ILogGroup;
  environment: Record<string, string>;
  access: AccessTargets;
}

/**
 * A nested stack of the platform stack holding some of the HTTP API's functions (API_STACK_OF_AREA says which), each
 * with its roles, its one integration and invoke permission, and every route it serves. What they use of the platform
 * (table, buckets, bus, API, CloudFront's URL) reaches them as the nested stack's parameters, which CDK makes.
 */
export class ApiFunctionStack extends NestedStack {
  readonly functions = new Map<ApiFunctionName, TandemFunction>();
  readonly routes = new Map<string, HttpRoute>();

  constructor(scope: Construct, id: string, props: ApiFunctionStackProps) {
    super(scope, id, { description: `Tandem HTTP API: the ${props.name} functions and their routes (infra/constructs/api-stacks.ts)` });
    const integrations = new Map<ApiFunctionName, HttpLambdaIntegration>();
    for (const key of props.contents.functions) {
      const f = new TandemFunction(this, functionId(key), { handlerKey: key, environment: props.environment, logGroup: props.logGroup });
      grantDeclaredAccess(f.fn, API_FUNCTIONS[key], props.access);
      this.functions.set(key, f);
      // One invoke permission per function (for this API), not one per route: a function serving twelve routes would
      // otherwise add twelve resources to its stack.
      integrations.set(key, new HttpLambdaIntegration(`${functionId(key)}Integration`, f.fn, { scopePermissionToRoute: false }));
    }
    // The routes are this stack's, not the API's children: the finding is acknowledged here.
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Public routes are open by design (citizens report without an account); staff routes verify the commune staff pool token in the handler, because the pool depends on the commune in the path, which a stage authorizer cannot choose.',
    });
    for (const route of props.contents.routes) {
      const routeKey = `${route.method} ${route.path}`;
      this.routes.set(
        routeKey,
        // The id HttpApi.addRoutes gives a route ("/" becomes "--").
        new HttpRoute(this, `${route.method}${route.path}`, {
          httpApi: props.api,
          routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
          integration: integrations.get(route.handler)!,
        }),
      );
    }
  }
}
