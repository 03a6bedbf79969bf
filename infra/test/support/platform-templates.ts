/**
 * The platform stack is a parent and its nested stacks (the HTTP API's functions and routes, infra/constructs/api-stacks.ts).
 * The tests check what a deployment holds wherever CDK put it: they read one template, the parent's with every nested
 * stack's resources merged in, each reference across the boundary written as it would be in one stack.
 */
import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { nestedStacksOf } from '../../stacks/stack-sizes.js';

type Json = unknown;
type TemplateJson = {
  Resources: Record<string, { Type: string; Properties?: Record<string, Json> }>;
  Parameters?: Record<string, Json>;
  Outputs?: Record<string, { Value: Json }>;
};

/** A stack's own template: the parent's, or one nested stack's, by its construct path. */
export interface StackTemplate {
  /** The stack's name (TandemPlatform) or a nested stack's construct path (TandemPlatform/Http/ApiWork). */
  stack: string;
  template: Template;
}

/** The platform stack's own template, then each nested stack's. */
export function stackTemplates(stack: Stack): StackTemplate[] {
  return [
    { stack: stack.stackName, template: Template.fromStack(stack) },
    ...nestedStacksOf(stack).map((n) => ({ stack: n.node.path, template: Template.fromStack(n) })),
  ];
}

/** Copies a JSON value, replacing every object `replace` answers for (depth first, from the top). */
function rewrite(value: Json, replace: (o: Record<string, Json>) => Json | undefined): Json {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, replace));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, Json>;
  const replaced = replace(o);
  if (replaced !== undefined) return rewrite(replaced, replace);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, rewrite(v, replace)]));
}

/**
 * One template holding the platform stack's resources and its nested stacks'. In a nested stack's resources, a
 * `Ref` to a parameter becomes the value the parent passes (the parent's own Ref or GetAtt); in every resource, a
 * GetAtt of a nested stack's `Outputs.X` becomes that output's value. So a route's ApiId is `{ Ref: <the API> }` and a
 * function's TABLE_NAME `{ Ref: <the table> }`, as before the split, and an alarm names `{ Ref: <the function> }`.
 * Logical ids are each template's own: two stacks with the same id throw (the tests could not tell them apart).
 */
export function flattenedTemplate(stack: Stack): Template {
  const parent = Template.fromStack(stack).toJSON() as TemplateJson;
  const merged: TemplateJson = structuredClone(parent);
  const outputs = new Map<string, Record<string, Json>>();
  for (const nested of nestedStacksOf(stack)) {
    if (nested.nestedStackParent !== stack) throw new Error(`${nested.node.path}: only one level of nested stacks is flattened`);
    const resourceId = stack.getLogicalId(nested.nestedStackResource!);
    const passed = (parent.Resources[resourceId]?.Properties?.Parameters ?? {}) as Record<string, Json>;
    const own = Template.fromStack(nested).toJSON() as TemplateJson;
    const resolve = (v: Json) =>
      rewrite(v, (o) => {
        const ref = Object.keys(o).length === 1 ? o.Ref : undefined;
        return typeof ref === 'string' && own.Parameters?.[ref] ? passed[ref] : undefined;
      });
    for (const [id, r] of Object.entries(own.Resources)) {
      if (merged.Resources[id]) throw new Error(`${id} is in ${nested.node.path} and in another stack of ${stack.stackName}`);
      merged.Resources[id] = resolve(r) as TemplateJson['Resources'][string];
    }
    outputs.set(resourceId, Object.fromEntries(Object.entries(own.Outputs ?? {}).map(([k, o]) => [k, resolve(o.Value)])));
  }
  merged.Resources = rewrite(merged.Resources, (o) => {
    const att = Object.keys(o).length === 1 ? o['Fn::GetAtt'] : undefined;
    if (!Array.isArray(att) || !outputs.has(att[0]) || !String(att[1]).startsWith('Outputs.')) return undefined;
    const value = outputs.get(att[0])![String(att[1]).slice('Outputs.'.length)];
    if (value === undefined) throw new Error(`no output ${att[1]} in nested stack ${att[0]}`);
    return value;
  }) as TemplateJson['Resources'];
  return Template.fromJSON(merged as Record<string, Json>);
}
