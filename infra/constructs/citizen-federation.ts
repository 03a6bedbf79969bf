import { SecretValue } from 'aws-cdk-lib';
import {
  type CfnUserPoolClient,
  OidcAttributeRequestMethod,
  ProviderAttribute,
  type UserPool,
  type UserPoolClient,
  type UserPoolDomain,
  UserPoolIdentityProviderOidc,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import {
  type CitizenFederationConfig,
  FAS_PROVIDER_NAME,
  FEDERATION_ATTRIBUTES,
  federationDomainPrefix,
  federationReturnPath,
} from '@tandem/shared';

/** The Cognito scopes of the citizen client's OAuth flow: the ID token with the e-mail address and the names. */
export const CITIZEN_OAUTH_SCOPES = ['openid', 'email', 'profile'] as const;

/**
 * Signing in to « Mon espace » with eID/itsme through FAS (docs/citizen-federation.md), for a commune that gave
 * its client details (`citizenFederation` with issuer, clientId, clientSecretName):
 *
 * - FAS as an OIDC identity provider of the citizen pool; its client secret is read by CloudFormation from Secrets
 *   Manager at deploy time (a dynamic reference: never in the repository or the template); only the e-mail address
 *   and the names are mapped (FAS's national register number claim is not asked for a mapping, so Cognito keeps it
 *   nowhere);
 * - a Cognito domain for the OAuth endpoints (/oauth2/authorize, /oauth2/token);
 * - the citizen client's OAuth settings: authorization code only (PKCE: the sign-in function sends S256
 *   challenges), the return page as the one callback, FAS besides Cognito's own accounts (COGNITO stays listed so
 *   that nothing about the e-mail code sign-in through the API depends on this setting).
 */
export class CitizenFederation extends Construct {
  readonly provider: UserPoolIdentityProviderOidc;
  readonly domain: UserPoolDomain;

  constructor(
    scope: Construct,
    id: string,
    props: {
      commune: string;
      federation: CitizenFederationConfig & { issuer: string; clientId: string; clientSecretName: string };
      pool: UserPool;
      client: UserPoolClient;
      /** The public site's origin, e.g. https://tandem.example.be. */
      siteUrl: string;
    },
  ) {
    super(scope, id);
    const f = props.federation;
    this.provider = new UserPoolIdentityProviderOidc(this, 'Fas', {
      userPool: props.pool,
      name: FAS_PROVIDER_NAME,
      issuerUrl: f.issuer,
      clientId: f.clientId,
      clientSecret: SecretValue.secretsManager(f.clientSecretName).unsafeUnwrap(),
      scopes: [...f.scopes],
      attributeRequestMethod: OidcAttributeRequestMethod.GET,
      attributeMapping: {
        email: ProviderAttribute.other(FEDERATION_ATTRIBUTES.email),
        givenName: ProviderAttribute.other(FEDERATION_ATTRIBUTES.given_name),
        familyName: ProviderAttribute.other(FEDERATION_ATTRIBUTES.family_name),
      },
    });
    this.domain = props.pool.addDomain('CitizenDomain', {
      cognitoDomain: { domainPrefix: federationDomainPrefix(props.commune, f) },
    });

    const client = props.client.node.defaultChild as CfnUserPoolClient;
    client.allowedOAuthFlowsUserPoolClient = true;
    client.allowedOAuthFlows = ['code'];
    client.allowedOAuthScopes = [...CITIZEN_OAUTH_SCOPES];
    client.callbackUrLs = [`${props.siteUrl.replace(/\/$/, '')}${federationReturnPath(props.commune)}`];
    client.supportedIdentityProviders = ['COGNITO', FAS_PROVIDER_NAME];
    // The client names the provider: it must exist first.
    props.client.node.addDependency(this.provider);
  }
}
