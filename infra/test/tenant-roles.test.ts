/**
 * Tenant isolation in the synthesized stack (docs/tenant-isolation.md): every function that touches the table or
 * the bucket has a tenant role whose policy allows its table actions only where dynamodb:LeadingKeys match the
 * commune tagged on the session, and its objects only under that commune's part of each folder; the role trusts
 * the function's own role only, for AssumeRole and TagSession with exactly the commune tag. The function's own role
 * keeps no table or bucket access but the registration reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  API_FUNCTIONS,
  BACKGROUND_FUNCTIONS,
  REALTIME_FUNCTIONS,
  BUCKET_FOLDER_NAMES,
  COMMUNES_INDEX_PK,
  TENANT_TAG_VARIABLE,
  keys,
  needsTenantRole,
  type FunctionAccess,
} from '@tandem/shared';
import { buildTestApp } from './support/test-app.js';
import {
  actionsOf,
  functionLogicalId,
  joinToString,
  resourcesOf,
  statementsOf,
  tenantRoleLogicalId,
  tenantStatementsOf,
  type Resource,
} from './support/template-queries.js';

/** An object resource under one bucket folder's commune part (every folder of BUCKET_FOLDERS). */
const FOLDER_PART = new RegExp(`\\.Arn>/(${BUCKET_FOLDER_NAMES.join('|')})/\\$\\{aws:PrincipalTag/commune\\}/\\*$`);

let built: ReturnType<typeof buildTestApp>;
beforeAll(() => {
  built = buildTestApp();
});
const t = () => built.platform;
const ALL: Record<string, FunctionAccess> = { ...API_FUNCTIONS, ...REALTIME_FUNCTIONS, ...BACKGROUND_FUNCTIONS };
const LEADING_KEYS = {
  'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`C#${TENANT_TAG_VARIABLE}#*`] },
  Null: { 'dynamodb:LeadingKeys': 'false' },
};
const resourcesIn = (s: { Resource: unknown }) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]).map(joinToString);

/** The tenant role's own tests exist only for the functions that have one (not registered, rather than skipped, for the others). */
const itWhenScoped = (access: FunctionAccess): typeof it => (needsTenantRole(access) ? it : ((() => undefined) as unknown as typeof it));

describe.each(Object.entries(ALL))('%s', (key, access) => {
  const fnId = () => functionLogicalId(t(), key);
  const fnRoleId = () => (t().findResources('AWS::Lambda::Function')[fnId()] as Resource).Properties.Role['Fn::GetAtt'][0] as string;

  it(
    needsTenantRole(access) ? 'has a tenant role named in TENANT_ROLE_ARN' : 'has no tenant role (it touches neither table nor bucket)',
    () => {
      expect(Boolean(tenantRoleLogicalId(t(), fnId()))).toBe(needsTenantRole(access));
    },
  );

  itWhenScoped(access)(
    "tenant policy: table and indexes only on the session commune's leading keys, objects only under its folder part",
    () => {
      const statements = tenantStatementsOf(t(), fnId());
      expect(statements.length).toBeGreaterThan(0);
      for (const s of statements) {
        const actions = actionsOf([s]);
        expect(actions).not.toContain('dynamodb:Scan');
        if (actions.some((a) => a.startsWith('dynamodb:'))) expect(s.Condition).toEqual(LEADING_KEYS);
        if (actions.some((a) => a.startsWith('s3:'))) {
          expect(s.Condition).toBeUndefined();
          for (const r of resourcesIn(s)) expect(r).toMatch(FOLDER_PART);
        }
        expect(actions.every((a) => a.startsWith('dynamodb:') || a.startsWith('s3:'))).toBe(true);
      }
    },
  );

  itWhenScoped(access)("trust: the function's own role only, AssumeRole and TagSession, with exactly the commune tag", () => {
    const role = t().findResources('AWS::IAM::Role')[tenantRoleLogicalId(t(), fnId())!] as Resource;
    const trust = role.Properties.AssumeRolePolicyDocument.Statement as {
      Action: string | string[];
      Principal: any;
      Condition?: unknown;
      Effect: string;
    }[];
    expect(trust).toHaveLength(1);
    const [s] = trust;
    expect(s.Effect).toBe('Allow');
    expect([s.Action].flat().sort()).toEqual(['sts:AssumeRole', 'sts:TagSession']);
    expect(s.Principal).toEqual({ AWS: { 'Fn::GetAtt': [fnRoleId(), 'Arn'] } });
    expect(s.Condition).toEqual({
      StringLike: { 'aws:RequestTag/commune': '?*' },
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['commune'] },
    });
  });

  it('own role: no table or bucket access but the registration reads; AssumeRole/TagSession on its tenant role only', () => {
    // stream-to-bus reads the table's stream (its event source): streams have no leading keys.
    const streamRead = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'];
    const own = statementsOf(t(), fnId()).filter(
      (s) => !(key === 'events/stream-to-bus' && actionsOf([s]).every((a) => streamRead.includes(a))),
    );
    expect(actionsOf(own).filter((a) => a.startsWith('s3:'))).toEqual([]);
    const ddb = own.filter((s) => actionsOf([s]).some((a) => a.startsWith('dynamodb:')));
    if (!access.table) expect(ddb).toEqual([]);
    else {
      expect(
        ddb.map((s) => ({
          actions: actionsOf([s]),
          keys: (s.Condition as typeof LEADING_KEYS)['ForAllValues:StringLike']['dynamodb:LeadingKeys'],
        })),
      ).toEqual([
        { actions: ['dynamodb:GetItem'], keys: [keys.commune('*').pk] },
        { actions: ['dynamodb:Query'], keys: [COMMUNES_INDEX_PK] },
      ]);
      expect(resourcesIn(ddb[1])[0]).toMatch(/\/index\/gsi1$/);
    }
    const sts = own.filter((s) => actionsOf([s]).some((a) => a.startsWith('sts:')));
    if (!needsTenantRole(access)) expect(sts).toEqual([]);
    else {
      expect(sts).toHaveLength(1);
      expect(actionsOf(sts).sort()).toEqual(['sts:AssumeRole', 'sts:TagSession']);
      expect(sts[0].Resource).toEqual({ 'Fn::GetAtt': [tenantRoleLogicalId(t(), fnId()), 'Arn'] });
    }
  });
});

it('one tenant role per function that needs one, and no other role trusts a function role with session tags', () => {
  const expected = Object.values(ALL).filter(needsTenantRole).length;
  const tagged = resourcesOf(t(), 'AWS::IAM::Role').filter(([, r]) =>
    JSON.stringify(r.Properties.AssumeRolePolicyDocument).includes('sts:TagSession'),
  );
  expect(tagged).toHaveLength(expected);
});
