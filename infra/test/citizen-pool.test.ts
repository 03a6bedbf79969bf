/**
 * The citizen pool as the citizen space needs it (docs/citizen-space.md): choice-based sign-in with an e-mail code
 * (EMAIL_OTP) and an optional password on the Essentials plan, codes mailed through SES, self sign-up, and a web
 * client allowing USER_AUTH with a session as long as the code. cognito-local has none of this: the synthesized
 * configuration is what is tested here (the local stand-in is tested in functions/src/auth/local-citizen-sign-in.unit.test.ts).
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN_CLIENT_AUTH_FLOWS, CITIZEN_CODE, SELF_SIGN_UP, poolName } from '@tandem/shared';
import { loadCommuneConfigs } from '../stacks/commune-files.js';
import { CommuneStack } from '../stacks/commune-stack.js';
import { resourcesOf } from './support/template-queries.js';
import { testContext } from './support/test-app.js';

const MAIL_FROM = 'no-reply@tandem.example';
let template: Template;
let id: string;

beforeAll(() => {
  const app = new App({ context: testContext() });
  const env = { account: '123456789012', region: 'eu-west-1' };
  const data = new Stack(app, 'Data', { env });
  const table = new Table(data, 'Table', { partitionKey: { name: 'pk', type: AttributeType.STRING } });
  const config = loadCommuneConfigs()[0];
  id = config.id;
  template = Template.fromStack(new CommuneStack(app, 'Commune', { env, config, table, mailFrom: MAIL_FROM }));
});

const citizenPool = () =>
  resourcesOf(template, 'AWS::Cognito::UserPool').find(([, p]) => p.Properties.UserPoolName === poolName(id, 'citizens'))!;

describe('the citizen pool', () => {
  it('offers an e-mail code or a password as first factor, on the Essentials plan', () => {
    const [, p] = citizenPool();
    expect(p.Properties.UserPoolTier).toBe('ESSENTIALS');
    expect(p.Properties.Policies.SignInPolicy.AllowedFirstAuthFactors.sort()).toEqual(['EMAIL_OTP', 'PASSWORD']);
  });

  it('signs in with the e-mail address and lets people create their account themselves', () => {
    const [, p] = citizenPool();
    expect(p.Properties.UsernameAttributes).toEqual(['email']);
    expect(p.Properties.AutoVerifiedAttributes).toEqual(['email']);
    expect(SELF_SIGN_UP.citizens).toBe(true);
    expect(p.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(false);
  });

  it('mails its codes through SES from the platform sender (Cognito sends no e-mail codes with its own mail)', () => {
    const [, p] = citizenPool();
    expect(p.Properties.EmailConfiguration.EmailSendingAccount).toBe('DEVELOPER');
    expect(String(p.Properties.EmailConfiguration.From)).toContain(MAIL_FROM);
    expect(JSON.stringify(p.Properties.EmailConfiguration.SourceArn)).toContain(`identity/${MAIL_FROM}`);
  });

  it('has a web client for choice-based sign-in (USER_AUTH) and refresh, no secret, whose session lasts as long as a code', () => {
    const [poolId] = citizenPool();
    const [, c] = resourcesOf(template, 'AWS::Cognito::UserPoolClient').find(([, x]) => x.Properties.UserPoolId.Ref === poolId)!;
    expect(c.Properties.ExplicitAuthFlows).toEqual([...CITIZEN_CLIENT_AUTH_FLOWS]);
    expect(c.Properties.ExplicitAuthFlows).toContain('ALLOW_USER_AUTH');
    expect(c.Properties.ExplicitAuthFlows).toContain('ALLOW_REFRESH_TOKEN_AUTH');
    expect(c.Properties.GenerateSecret).toBe(false);
    expect(c.Properties.PreventUserExistenceErrors).toBe('ENABLED');
    expect(c.Properties.EnableTokenRevocation).toBe(true);
    expect(c.Properties.AuthSessionValidity).toBe(CITIZEN_CODE.minutes);
  });

  it('registers the citizen pool’s issuer, which the citizen routes verify tokens against', () => {
    const [poolId] = citizenPool();
    const [, reg] = resourcesOf(template, 'Custom::TandemCommuneRegistration')[0];
    const text = JSON.stringify(reg.Properties);
    expect(text).toContain('citizenIssuer');
    expect(text).toContain('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(text).toContain(poolId);
  });

  it('leaves the staff pool on passwords (no e-mail codes for staff)', () => {
    const staff = resourcesOf(template, 'AWS::Cognito::UserPool').find(([, p]) => p.Properties.UserPoolName === poolName(id, 'staff'))!;
    expect(staff[1].Properties.Policies.SignInPolicy).toBeUndefined();
  });
});
