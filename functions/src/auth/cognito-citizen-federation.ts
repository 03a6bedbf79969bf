/**
 * The federated sign-in in the cloud (citizen-federation.ts): the commune's citizen pool has FAS as an OIDC identity
 * provider and a Cognito domain (infra/constructs/citizen-federation.ts). The citizen goes to Cognito's
 * /oauth2/authorize with `identity_provider=FAS` (Cognito sends them straight on to FAS, then back to the return
 * page with Cognito's own code); the code is exchanged at /oauth2/token with the PKCE verifier. Cognito made or
 * found the account from FAS's attributes (e-mail, names only), so the tokens are the pool's, like the e-mail
 * code's. The token comes straight from Cognito over TLS (OIDC Core 3.1.3.7: its signature need not be checked
 * here; every handler verifies it anyway); the nonce is checked.
 */
import { FAS_PROVIDER_NAME, type CommuneRegistration } from '@tandem/shared';
import type { CitizenClient } from './citizen-sign-in.js';
import {
  type CitizenFederation,
  type FederationAnswer,
  type FederationRequest,
  authorizationQuery,
  exchangeCode,
  federationRefused,
} from './citizen-federation.js';
import type { IssuedTokens } from './identity-provider.js';
import { claimsOf } from './sign-in-parts.js';

type Fetch = typeof fetch;

export class CognitoCitizenFederation implements CitizenFederation {
  constructor(private readonly http: Fetch = fetch) {}

  private domain(reg: CommuneRegistration): string {
    const d = reg.auth.citizenOAuthDomain;
    if (!d || !reg.config.citizenFederation) throw federationRefused(`${reg.config.id} has no federated sign-in`);
    return d.replace(/\/$/, '');
  }

  async authorizationUrl(client: CitizenClient, reg: CommuneRegistration, r: FederationRequest): Promise<string> {
    // The scopes of the citizen client (Cognito asks FAS for the provider's own `authorize_scopes`).
    const q = authorizationQuery(client.clientId, 'openid email profile', r, { identity_provider: FAS_PROVIDER_NAME });
    return `${this.domain(reg)}/oauth2/authorize?${q}`;
  }

  async finish(client: CitizenClient, reg: CommuneRegistration, a: FederationAnswer): Promise<IssuedTokens> {
    const body = await exchangeCode(this.http, `${this.domain(reg)}/oauth2/token`, a, { publicId: client.clientId });
    const idToken = String(body.id_token ?? '');
    if (claimsOf(idToken).nonce !== a.nonce) throw federationRefused('id_token: not this sign-in’s nonce');
    return {
      idToken,
      accessToken: String(body.access_token ?? ''),
      refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
      expiresIn: Number(body.expires_in ?? 3600),
    };
  }
}
