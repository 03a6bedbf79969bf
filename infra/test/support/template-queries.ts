import type { Template } from 'aws-cdk-lib/assertions';

export type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };

export function resourcesOf(t: Template, type: string): [string, Resource][] {
  return Object.entries(t.findResources(type)) as [string, Resource][];
}

/** Logical id of the Lambda function of a function key (its description is "Tandem <key>"). */
export function functionLogicalId(t: Template, key: string): string {
  const hits = resourcesOf(t, 'AWS::Lambda::Function').filter(([, r]) => r.Properties.Description === `Tandem ${key}`);
  if (hits.length !== 1) throw new Error(`expected one function for ${key}, found ${hits.length}`);
  return hits[0][0];
}

export interface Statement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
  Condition?: unknown;
}

/** Every IAM statement attached (inline) to the role of a function. */
export function statementsOf(t: Template, fnLogicalId: string): Statement[] {
  const fn = t.findResources('AWS::Lambda::Function')[fnLogicalId] as Resource;
  return roleStatements(t, fn.Properties.Role['Fn::GetAtt'][0] as string);
}

/** A role's statements: its inline policy (infra/constructs/inline-role-policy.ts) and any policy attached to it. */
function roleStatements(t: Template, roleId: string): Statement[] {
  const role = t.findResources('AWS::IAM::Role')[roleId] as Resource | undefined;
  const inline = ((role?.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).flatMap(
    (p) => p.PolicyDocument.Statement,
  );
  const attached = resourcesOf(t, 'AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Statement[]);
  return [...inline, ...attached];
}

/** Logical id of a function's tenant role (the role its TENANT_ROLE_ARN names), if it has one. */
export function tenantRoleLogicalId(t: Template, fnLogicalId: string): string | undefined {
  const fn = t.findResources('AWS::Lambda::Function')[fnLogicalId] as Resource;
  const arn = fn.Properties.Environment?.Variables?.TENANT_ROLE_ARN as { 'Fn::GetAtt'?: [string, string] } | undefined;
  return arn?.['Fn::GetAtt']?.[0];
}

/** Every IAM statement attached (inline) to a function's tenant role. */
export function tenantStatementsOf(t: Template, fnLogicalId: string): Statement[] {
  const roleId = tenantRoleLogicalId(t, fnLogicalId);
  return roleId ? roleStatements(t, roleId) : [];
}

export function actionsOf(statements: Statement[]): string[] {
  return statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
}

/** Renders an Fn::Join (with Ref / GetAtt / ImportValue parts) as a string with readable placeholders. */
export function joinToString(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, any>;
  if (v['Fn::Join']) return (v['Fn::Join'][1] as unknown[]).map(joinToString).join(v['Fn::Join'][0]);
  if (v.Ref) return `<Ref:${v.Ref}>`;
  if (v['Fn::GetAtt']) return `<GetAtt:${v['Fn::GetAtt'].join('.')}>`;
  if (v['Fn::ImportValue']) return '<Import>';
  throw new Error(`cannot render ${JSON.stringify(value)}`);
}
