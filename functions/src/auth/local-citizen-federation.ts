/**
 * The federated sign-in on one machine (IDENTITY_PROVIDER=local; citizen-federation.ts). cognito-local has no
 * identity providers and no /oauth2 endpoints, so this does what Cognito does in the cloud, against the local OIDC
 * stand-in that plays FAS (infra/local/services/oidc-stand-in.ts, an `oidc-provider`):
 *
 * - the authorization URL is the stand-in's own (authorization code, PKCE S256, state, nonce);
 * - `finish` exchanges the code at its token endpoint (client secret, the verifier, the same return page), verifies
 *   the id_token (the stand-in's keys, its issuer, this client, the nonce: checkedIdToken), takes the e-mail address
 *   and the names from it — never the national register number, which the stand-in gives as FAS does — then finds
 *   or creates the person's cognito-local account by e-mail and signs it in with its service password, exactly as
 *   the e-mail code's local implementation does (LocalCitizenSignIn.tokensFor): cognito-local's own tokens.
 *
 * Where the stand-in is: LOCAL_OIDC_ISSUER and LOCAL_OIDC_CLIENT_SECRET (set by the local runtime when a commune's
 * `citizenFederation.localStandIn` is on); the client of a commune is localOidcClientId(commune).
 */
import { type CommuneRegistration, FEDERATION_ATTRIBUTES, localOidcClientId } from '@tandem/shared';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { CitizenClient } from './citizen-sign-in.js';
import {
  type CitizenFederation,
  type FederationAnswer,
  type FederationRequest,
  authorizationQuery,
  checkedIdToken,
  exchangeCode,
  federatedEmail,
  federationRefused,
} from './citizen-federation.js';
import type { IssuedTokens, UserContext } from './identity-provider.js';
import type { LocalCitizenSignIn } from './local-citizen-sign-in.js';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

export interface StandIn {
  issuer: string;
  clientSecret: string;
}

export class LocalCitizenFederation implements CitizenFederation {
  /** Per issuer (a platform started again in the same process has another port). */
  private discovered = new Map<string, Promise<Discovery>>();
  private keys = new Map<string, JWTVerifyGetKey>();

  constructor(
    private readonly signIn: LocalCitizenSignIn,
    private readonly standIn: () => StandIn | undefined = () =>
      process.env.LOCAL_OIDC_ISSUER
        ? { issuer: process.env.LOCAL_OIDC_ISSUER, clientSecret: process.env.LOCAL_OIDC_CLIENT_SECRET ?? '' }
        : undefined,
  ) {}

  private where(reg: CommuneRegistration): StandIn {
    const s = this.standIn();
    if (!s || !reg.config.citizenFederation?.localStandIn) throw federationRefused(`${reg.config.id} has no federated sign-in here`);
    return s;
  }

  private discovery(issuer: string): Promise<Discovery> {
    let d = this.discovered.get(issuer);
    if (!d) {
      d = fetch(`${issuer}/.well-known/openid-configuration`).then(async (r) => {
        if (!r.ok) throw new Error(`the OIDC stand-in answered ${r.status} to its discovery`);
        const found = (await r.json()) as Discovery;
        if (found.issuer !== issuer) throw new Error(`the OIDC stand-in calls itself ${found.issuer}, not ${issuer}`);
        return found;
      });
      this.discovered.set(issuer, d);
      d.catch(() => this.discovered.delete(issuer));
    }
    return d;
  }

  async authorizationUrl(_client: CitizenClient, reg: CommuneRegistration, r: FederationRequest): Promise<string> {
    const s = this.where(reg);
    const d = await this.discovery(s.issuer);
    const scope = reg.config.citizenFederation?.scopes.join(' ') ?? 'openid profile email';
    const q = authorizationQuery(localOidcClientId(reg.config.id), scope, r);
    return `${d.authorization_endpoint}?${q}`;
  }

  async finish(client: CitizenClient, reg: CommuneRegistration, a: FederationAnswer, context: UserContext): Promise<IssuedTokens> {
    const s = this.where(reg);
    const d = await this.discovery(s.issuer);
    const clientId = localOidcClientId(reg.config.id);
    const body = await exchangeCode(fetch, d.token_endpoint, a, { basic: { id: clientId, secret: s.clientSecret } });
    const keys = this.keys.get(s.issuer) ?? createRemoteJWKSet(new URL(d.jwks_uri));
    this.keys.set(s.issuer, keys);
    // The stand-in signs on the machine's clock (not the handlers', which tests may set): jose's default.
    const claims = await checkedIdToken(String(body.id_token ?? ''), keys, { issuer: s.issuer, audience: clientId, nonce: a.nonce });
    // The names, as the pool's attribute mapping fills them in the cloud (and nothing else).
    const names = Object.entries(FEDERATION_ATTRIBUTES)
      .filter(([claim]) => claim !== 'email' && typeof claims[claim] === 'string' && String(claims[claim]).trim())
      .map(([claim, attribute]) => ({ Name: attribute, Value: String(claims[claim]).trim().slice(0, 100) }));
    return this.signIn.tokensFor(client, federatedEmail(claims), context, names);
  }
}
