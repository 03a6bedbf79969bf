import { readdirSync } from 'node:fs';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CITIZEN_CLIENT_AUTH_FLOWS,
  CLIENT_AUTH_FLOWS,
  PASSWORD_POLICY,
  ROLE_GROUPS,
  SELF_SIGN_UP,
  STAFF_AUTHORITY_ATTRIBUTES,
  STAFF_CUSTOM_ATTRIBUTES,
  STAFF_POOL_TAGS,
  STAFF_READABLE_ATTRIBUTES,
  STAFF_SELF_WRITABLE_ATTRIBUTES,
  TOKEN_VALIDITY,
  staffInvitation,
  clientName,
  departmentGroup,
  keys,
  communeRegistrationItem,
  poolName,
} from '@tandem/shared';
import { COMMUNES_DIR } from '../constructs/paths.js';
import { communeStackName } from '../stacks/commune-stack.js';
import { buildTestApp } from './support/test-app.js';
import { joinToString, resourcesOf } from './support/template-queries.js';

let built: ReturnType<typeof buildTestApp>;
beforeAll(() => {
  built = buildTestApp();
});

describe('commune stacks', () => {
  it('one CommuneStack per infra/communes/*.json, named TandemCommune-<id>', () => {
    const files = readdirSync(COMMUNES_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(built.stacks.communes.map((s) => s.stackName).sort()).toEqual(files.map(communeStackName).sort());
  });

  describe.each(['soignies', 'braine-le-comte'])('%s', (id) => {
    const t = () => built.communeTemplates.get(id)!;
    const config = () => built.communes.find((c) => c.id === id)!;
    const pool = (kind: 'staff' | 'citizens') =>
      resourcesOf(t(), 'AWS::Cognito::UserPool').find(([, p]) => p.Properties.UserPoolName === poolName(id, kind))!;

    it('has exactly one staff pool and one citizen pool, with the shared password policy', () => {
      expect(resourcesOf(t(), 'AWS::Cognito::UserPool')).toHaveLength(2);
      for (const kind of ['staff', 'citizens'] as const) {
        const [, p] = pool(kind);
        expect(p.Properties.Policies.PasswordPolicy).toMatchObject({
          MinimumLength: PASSWORD_POLICY.minLength,
          RequireLowercase: PASSWORD_POLICY.requireLowercase,
          RequireUppercase: PASSWORD_POLICY.requireUppercase,
          RequireNumbers: PASSWORD_POLICY.requireDigits,
          RequireSymbols: PASSWORD_POLICY.requireSymbols,
        });
        expect(p.Properties.UsernameAttributes).toEqual(['email']);
        expect(p.DeletionPolicy).toBe('Retain');
      }
      const [, staff] = pool('staff');
      expect(staff.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
      expect(staff.Properties.MfaConfiguration).toBe('OPTIONAL');
      expect(staff.Properties.Schema.map((s: { Name: string }) => s.Name)).toEqual(
        expect.arrayContaining(Object.values(STAFF_CUSTOM_ATTRIBUTES)),
      );
      // Citizens create their account at their first e-mail code (docs/citizen-space.md; infra/test/citizen-pool.test.ts).
      expect(SELF_SIGN_UP.citizens).toBe(true);
      expect(pool('citizens')[1].Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(false);
    });

    it('staff groups: one per role and one dept-<code> per department', () => {
      const [staffId] = pool('staff');
      const groups = resourcesOf(t(), 'AWS::Cognito::UserPoolGroup');
      expect(groups.every(([, g]) => g.Properties.UserPoolId.Ref === staffId)).toBe(true);
      expect(groups.map(([, g]) => g.Properties.GroupName).sort()).toEqual(
        [...Object.values(ROLE_GROUPS), ...config().departments.map((d) => departmentGroup(d.code))].sort(),
      );
    });

    it('web clients: no secret, the shared auth flows and token validity, no user-existence leaks', () => {
      const clients = resourcesOf(t(), 'AWS::Cognito::UserPoolClient');
      expect(clients).toHaveLength(2);
      for (const kind of ['staff', 'citizens'] as const) {
        const [poolId] = pool(kind);
        const [, c] = clients.find(([, x]) => x.Properties.UserPoolId.Ref === poolId)!;
        expect(c.Properties).toMatchObject({
          ClientName: clientName(id, kind),
          GenerateSecret: false,
          ExplicitAuthFlows: kind === 'staff' ? [...CLIENT_AUTH_FLOWS] : [...CITIZEN_CLIENT_AUTH_FLOWS],
          PreventUserExistenceErrors: 'ENABLED',
          IdTokenValidity: TOKEN_VALIDITY.idTokenMinutes,
          AccessTokenValidity: TOKEN_VALIDITY.accessTokenMinutes,
          RefreshTokenValidity: TOKEN_VALIDITY.refreshTokenDays * 24 * 60,
          TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
        });
      }
    });

    it('staff cannot write their own name, e-mail or commune: the staff client writes only STAFF_SELF_WRITABLE_ATTRIBUTES', () => {
      const [staffId] = pool('staff');
      const [, c] = resourcesOf(t(), 'AWS::Cognito::UserPoolClient').find(([, x]) => x.Properties.UserPoolId.Ref === staffId)!;
      const writable: string[] = c.Properties.WriteAttributes;
      // Not empty: Cognito reads an empty list as unset, which lets the client write every standard attribute.
      expect(writable).toEqual([...STAFF_SELF_WRITABLE_ATTRIBUTES]);
      expect(writable.length).toBeGreaterThan(0);
      for (const a of [...STAFF_AUTHORITY_ATTRIBUTES, 'custom:display_name', 'custom:commune', 'email', 'name'])
        expect(writable, a).not.toContain(a);
      expect(writable.some((a) => a.startsWith('custom:'))).toBe(false);
      expect(c.Properties.ReadAttributes).toEqual([...STAFF_READABLE_ATTRIBUTES]);
    });

    it('the staff pool carries STAFF_POOL_TAGS (the condition of the staff-account admin grants), the citizen pool does not', () => {
      expect(pool('staff')[1].Properties.UserPoolTags).toEqual(STAFF_POOL_TAGS);
      expect(pool('citizens')[1].Properties.UserPoolTags?.['tandem:pool']).toBeUndefined();
      expect(pool('staff')[1].Properties.AdminCreateUserConfig.InviteMessageTemplate).toEqual({
        EmailSubject: staffInvitation(config().name).subject,
        EmailMessage: staffInvitation(config().name).body,
      });
    });

    it('creates no user: demo accounts stay on the local runtime', () => {
      expect(resourcesOf(t(), 'AWS::Cognito::UserPoolUser')).toEqual([]);
    });

    it('writes its registration with exactly the shape of communeRegistrationItem() (shared with the local runtime), demo accounts removed', () => {
      const regs = resourcesOf(t(), 'Custom::TandemCommuneRegistration');
      expect(regs).toHaveLength(1);
      const p = regs[0][1].Properties;
      const create = JSON.parse(joinToString(p.Create));
      const update = JSON.parse(joinToString(p.Update));
      expect(update).toEqual(create);
      expect(create).toMatchObject({ service: 'DynamoDB', action: 'PutItem', parameters: { TableName: '<Import>' } });
      const item = unmarshall(create.parameters.Item);
      const [staffPoolId] = pool('staff');
      const [citizenPoolId] = pool('citizens');
      const clientOf = (poolLogicalId: string) =>
        resourcesOf(t(), 'AWS::Cognito::UserPoolClient').find(([, c]) => c.Properties.UserPoolId.Ref === poolLogicalId)![0];
      const expected = communeRegistrationItem(config(), {
        staffPoolId: `<Ref:${staffPoolId}>`,
        staffClientId: `<Ref:${clientOf(staffPoolId)}>`,
        staffIssuer: `https://cognito-idp.eu-west-1.amazonaws.com/<Ref:${staffPoolId}>`,
        citizenPoolId: `<Ref:${citizenPoolId}>`,
        citizenClientId: `<Ref:${clientOf(citizenPoolId)}>`,
        citizenIssuer: `https://cognito-idp.eu-west-1.amazonaws.com/<Ref:${citizenPoolId}>`,
      });
      expect(item).toEqual(expected);
      expect(item.pk).toBe(keys.commune(id).pk);
      expect(config().demoAccounts.length).toBeGreaterThan(0);
      expect(JSON.stringify(item)).not.toContain('demoAccounts');
      expect(JSON.stringify(item)).not.toContain(config().demoAccounts[0].username);
    });

    it('the registration may only PutItem its own commune item', () => {
      const policies = resourcesOf(t(), 'AWS::IAM::Policy');
      expect(policies).toHaveLength(1);
      expect(policies[0][1].Properties.PolicyDocument.Statement).toEqual([
        {
          Action: 'dynamodb:PutItem',
          Effect: 'Allow',
          Resource: { 'Fn::ImportValue': expect.any(String) },
          Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [keys.commune(id).pk] } },
        },
      ]);
    });
  });
});
