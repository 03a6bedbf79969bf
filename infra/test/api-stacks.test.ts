/**
 * The HTTP API's functions and routes live in nested stacks of the platform stack, placed by the one rule of
 * infra/constructs/api-stacks.ts; the API, its stage and the functions' log group stay in the platform stack.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { API_FUNCTIONS, ROUTES, routeClassOf, type ApiFunctionName } from '@tandem/shared';
import { API_STACK_OF_AREA, apiStackContents, apiStackOf } from '../constructs/api-stacks.js';
import { PLATFORM_STACK_NAME } from '../stacks/tandem-app.js';
import { stackTemplates, type StackTemplate } from './support/platform-templates.js';
import { buildTestApp } from './support/test-app.js';
import { functionLogicalId, resourcesOf } from './support/template-queries.js';

let built: ReturnType<typeof buildTestApp>;
let templates: StackTemplate[];
beforeAll(() => {
  built = buildTestApp();
  templates = stackTemplates(built.stacks.platform);
});
const templateOf = (stack: string) => templates.find((t) => t.stack === stack)!.template;
const nestedPath = (name: string) => `${PLATFORM_STACK_NAME}/Http/Api${name}`;
const descriptions = (stack: string) =>
  resourcesOf(templateOf(stack), 'AWS::Lambda::Function').map(([, f]) => String(f.Properties.Description));
const routeKeys = (stack: string) => resourcesOf(templateOf(stack), 'AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties.RouteKey);

describe('API stacks (infra/constructs/api-stacks.ts)', () => {
  it("places each function by its key's area, and every area has a stack", () => {
    expect(apiStackOf('reports/create-report')).toBe('Reports');
    expect(apiStackOf('work/write-task')).toBe('Work');
    // Every function's area names one of the stacks (the type says so; an area spelt differently at run time would not).
    const stacks = new Set(Object.values(API_STACK_OF_AREA));
    for (const key of Object.keys(API_FUNCTIONS) as ApiFunctionName[]) expect(stacks.has(apiStackOf(key)), key).toBe(true);
    const contents = apiStackContents();
    expect([...contents.values()].flatMap((c) => c.functions).sort()).toEqual(Object.keys(API_FUNCTIONS).sort());
    expect([...contents.values()].flatMap((c) => c.routes).length).toBe(ROUTES.length);
  });

  it('each nested stack holds exactly its functions and the routes they serve; the platform stack none of them', () => {
    for (const [name, contents] of apiStackContents()) {
      expect(descriptions(nestedPath(name)).sort(), name).toEqual(contents.functions.map((k) => `Tandem ${k}`).sort());
      expect(routeKeys(nestedPath(name)).sort(), name).toEqual(contents.routes.map((r) => `${r.method} ${r.path}`).sort());
      // One integration and one invoke permission per function, not per route.
      expect(resourcesOf(templateOf(nestedPath(name)), 'AWS::ApiGatewayV2::Integration'), name).toHaveLength(contents.functions.length);
      expect(resourcesOf(templateOf(nestedPath(name)), 'AWS::Lambda::Permission'), name).toHaveLength(contents.functions.length);
    }
    const own = descriptions(PLATFORM_STACK_NAME);
    for (const key of Object.keys(API_FUNCTIONS)) expect(own, key).not.toContain(`Tandem ${key}`);
    const httpApi = resourcesOf(templateOf(PLATFORM_STACK_NAME), 'AWS::ApiGatewayV2::Api').find(
      ([, a]) => a.Properties.ProtocolType === 'HTTP',
    )!;
    const httpRoutesHere = resourcesOf(templateOf(PLATFORM_STACK_NAME), 'AWS::ApiGatewayV2::Route').filter(
      ([, r]) => r.Properties.ApiId.Ref === httpApi[0],
    );
    expect(httpRoutesHere).toEqual([]);
  });

  it('the stage, in the platform stack, is created after every nested stack whose routes it throttles', () => {
    const parent = templateOf(PLATFORM_STACK_NAME);
    const [, stage] = resourcesOf(parent, 'AWS::ApiGatewayV2::Stage').find(([, s]) => s.Properties.StageName === '$default')!;
    const throttled = ROUTES.filter((r) => routeClassOf(`${r.method} ${r.path}`));
    expect(throttled.length).toBeGreaterThan(0);
    expect(Object.keys(stage.Properties.RouteSettings).sort()).toEqual(throttled.map((r) => `${r.method} ${r.path}`).sort());
    const dependsOn = (stage as { DependsOn?: string[] }).DependsOn ?? [];
    for (const route of throttled) {
      const nested = built.stacks.platform.http.stacks.get(apiStackOf(route.handler))!;
      const id = built.stacks.platform.getLogicalId(nested.nestedStackResource!);
      expect(dependsOn, `${route.method} ${route.path}`).toContain(id);
    }
  });

  it('the merged template resolves every reference across stacks (no nested parameter or output is left)', () => {
    const json = JSON.stringify(built.platform.toJSON().Resources);
    expect(json).not.toMatch(/"Ref":"referenceto/);
    expect(json).not.toMatch(/"Outputs\./);
    // A route reads the parent's API, a function the parent's table, as in one stack.
    const httpApiId = resourcesOf(built.platform, 'AWS::ApiGatewayV2::Api').find(([, a]) => a.Properties.ProtocolType === 'HTTP')![0];
    expect(resourcesOf(built.platform, 'AWS::ApiGatewayV2::Route').filter(([, r]) => r.Properties.ApiId.Ref === httpApiId)).toHaveLength(
      ROUTES.length,
    );
    const [, fn] = resourcesOf(built.platform, 'AWS::Lambda::Function').find(
      ([id]) => id === functionLogicalId(built.platform, 'work/write-task'),
    )!;
    expect(fn.Properties.Environment.Variables.TABLE_NAME).toEqual({
      Ref: Object.keys(built.platform.findResources('AWS::DynamoDB::Table'))[0],
    });
  });
});
