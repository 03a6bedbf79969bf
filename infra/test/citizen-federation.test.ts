/**
 * eID/itsme through FAS on the citizen pool (docs/citizen-federation.md), as the commune stack synthesises it: with
 * the commune's client details, an OIDC identity provider mapping only the e-mail address and the names, its secret
 * a Secrets Manager reference, a Cognito domain, and the citizen client's authorization-code flow back to the
 * return page; without them, none of it. No unacknowledged cdk-nag finding either way.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { type CommuneConfig, CommuneConfig as CommuneConfigSchema, FAS_PROVIDER_NAME, poolName } from '@tandem/shared';
import { loadCommuneConfigs } from '../stacks/commune-files.js';
import { CommuneStack } from '../stacks/commune-stack.js';
import { resourcesOf } from './support/template-queries.js';
import { testContext } from './support/test-app.js';

const SITE = 'https://tandem.example.be';
const SECRET_NAME = 'tandem/fas/braine-le-comte';
const base = loadCommuneConfigs().find((c) => c.id === 'braine-le-comte')!;

function synth(config: CommuneConfig) {
  const app = new App({ context: testContext() });
  const env = { account: '123456789012', region: 'eu-west-1' };
  const data = new Stack(app, 'Data', { env });
  const table = new Table(data, 'Table', { partitionKey: { name: 'pk', type: AttributeType.STRING } });
  const stack = new CommuneStack(app, 'Commune', { env, config, table, mailFrom: 'no-reply@tandem.example', siteUrl: SITE });
  const template = Template.fromStack(stack);
  app.synth();
  // The commune stack's findings (the test's own table stands in for the platform's).
  const findings = new AwsSolutionsChecks(app)
    .validateScope(stack)
    .violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`));
  return { template, findings };
}

const withFas = CommuneConfigSchema.parse({
  ...base,
  citizenFederation: {
    provider: 'fas',
    issuer: 'https://idp.iamfas.belgium.be/fas/oauth2',
    clientId: 'tandem-braine-le-comte',
    clientSecretName: SECRET_NAME,
  },
});

const citizenClientOf = (template: Template) => {
  const [poolId] = resourcesOf(template, 'AWS::Cognito::UserPool').find(
    ([, p]) => p.Properties.UserPoolName === poolName(base.id, 'citizens'),
  )!;
  return resourcesOf(template, 'AWS::Cognito::UserPoolClient').find(([, x]) => x.Properties.UserPoolId.Ref === poolId)!;
};

describe('a commune that gave its FAS client details', () => {
  const { template, findings } = synth(withFas);

  it('has FAS as an OIDC provider of the citizen pool, its secret read from Secrets Manager at deploy time', () => {
    const idps = resourcesOf(template, 'AWS::Cognito::UserPoolIdentityProvider');
    expect(idps).toHaveLength(1);
    const [, idp] = idps[0];
    expect(idp.Properties.ProviderName).toBe(FAS_PROVIDER_NAME);
    expect(idp.Properties.ProviderType).toBe('OIDC');
    const details = idp.Properties.ProviderDetails;
    expect(details.oidc_issuer).toBe('https://idp.iamfas.belgium.be/fas/oauth2');
    expect(details.client_id).toBe('tandem-braine-le-comte');
    expect(details.authorize_scopes).toBe('openid profile email');
    expect(JSON.stringify(details.client_secret)).toContain(`{{resolve:secretsmanager:${SECRET_NAME}:SecretString:::}}`);
  });

  it('maps the e-mail address and the names only (never the national register number)', () => {
    const [, idp] = resourcesOf(template, 'AWS::Cognito::UserPoolIdentityProvider')[0];
    expect(idp.Properties.AttributeMapping).toEqual({ email: 'email', given_name: 'given_name', family_name: 'family_name' });
    expect(JSON.stringify(template.toJSON()).toLowerCase()).not.toMatch(/nrn|rrn|national/);
  });

  it('gives the pool a Cognito domain, registered for the sign-in function', () => {
    const domains = resourcesOf(template, 'AWS::Cognito::UserPoolDomain');
    expect(domains).toHaveLength(1);
    expect(domains[0][1].Properties.Domain).toBe('tandem-braine-le-comte-citoyens');
    const [, reg] = resourcesOf(template, 'Custom::TandemCommuneRegistration')[0];
    expect(JSON.stringify(reg.Properties)).toContain('citizenOAuthDomain');
    expect(JSON.stringify(reg.Properties)).toContain('.auth.eu-west-1.amazoncognito.com');
  });

  it('lets the citizen client use the authorization code flow back to the return page, with FAS, after the provider exists', () => {
    const [, c] = citizenClientOf(template);
    expect(c.Properties.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(c.Properties.AllowedOAuthFlows).toEqual(['code']);
    expect(c.Properties.AllowedOAuthScopes).toEqual(['openid', 'email', 'profile']);
    expect(c.Properties.CallbackURLs).toEqual([`${SITE}/braine-le-comte/mon-espace/retour/`]);
    expect(c.Properties.SupportedIdentityProviders).toEqual(['COGNITO', FAS_PROVIDER_NAME]);
    expect(c.Properties.GenerateSecret).toBe(false);
    const [idpId] = resourcesOf(template, 'AWS::Cognito::UserPoolIdentityProvider')[0];
    expect((c as unknown as { DependsOn?: string[] }).DependsOn).toContain(idpId);
  });

  it('leaves no cdk-nag finding', () => {
    expect(findings).toEqual([]);
  });
});

describe('a commune without them', () => {
  const { template, findings } = synth(base);

  it('has no identity provider, no domain, and a client without OAuth', () => {
    expect(resourcesOf(template, 'AWS::Cognito::UserPoolIdentityProvider')).toEqual([]);
    expect(resourcesOf(template, 'AWS::Cognito::UserPoolDomain')).toEqual([]);
    const [, c] = citizenClientOf(template);
    expect(c.Properties.AllowedOAuthFlowsUserPoolClient).toBe(false);
    expect(c.Properties.CallbackURLs).toBeUndefined();
    const [, reg] = resourcesOf(template, 'Custom::TandemCommuneRegistration')[0];
    expect(JSON.stringify(reg.Properties)).not.toContain('citizenOAuthDomain');
  });

  it('leaves no cdk-nag finding', () => {
    expect(findings).toEqual([]);
  });
});

describe('the config block', () => {
  it('wants the client details together, and an https issuer', () => {
    const bad = (f: Record<string, unknown>) =>
      CommuneConfigSchema.safeParse({ ...base, citizenFederation: { provider: 'fas', ...f } }).success;
    expect(bad({ localStandIn: true })).toBe(true);
    expect(bad({ issuer: 'https://idp.example', clientId: 'x' })).toBe(false);
    expect(bad({ issuer: 'http://idp.example', clientId: 'x', clientSecretName: 'y' })).toBe(false);
    expect(bad({ issuer: 'https://idp.example', clientId: 'x', clientSecretName: 'with a space' })).toBe(false);
    expect(bad({ localStandIn: true, scopes: ['email'] })).toBe(false);
  });

  it('is on for the demo commune Soignies on one machine only (no client details: no provider in its stack)', () => {
    const soignies = loadCommuneConfigs().find((c) => c.id === 'soignies')!;
    expect(soignies.citizenFederation?.localStandIn).toBe(true);
    expect(soignies.citizenFederation?.clientSecretName).toBeUndefined();
  });
});
