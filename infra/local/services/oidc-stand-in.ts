/**
 * FAS's stand-in on one machine (docs/citizen-federation.md): an `oidc-provider` in the start's own process, on
 * loopback only, started when a commune's config has `citizenFederation.localStandIn` (the demo commune Soignies).
 * It plays the federal authentication service as the citizen sign-in sees it: authorization code with PKCE (S256,
 * required), a client with a secret per commune (localOidcClientId), a signed id_token carrying the nonce, the
 * e-mail address and the names — and the national register number in its own claim (`egovNRN`), as FAS gives it,
 * so that the tests can show Tandem neither maps nor stores it.
 *
 * Its login page is oidc-provider's development one (any login, any password): a login that is an e-mail address
 * signs in as that person, any other as the demo identity DEMO_FEDERATED_IDENTITY (« Camille Démo »). Consent is
 * taken as given (FAS asks it on its own pages).
 *
 * Surviving a killed start: it runs inside the start's process (as s3rver), so nothing of it outlives a SIGKILL; its
 * only file is its signing key (written atomically, kept so that restarts sign with the same key); its sign-ins in
 * progress are in memory, and a sign-in begun before a restart simply has to start again.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import { type CommuneConfig, federationReturnPath, localOidcClientId } from '@tandem/shared';
import { writeFileAtomic } from '../util/atomic-file.js';
import { freePort } from '../util/ports.js';
import type { RunningService } from './dynamodb-local.js';

/** The identity the stand-in signs in with by default, printed among the demo accounts. */
export const DEMO_FEDERATED_IDENTITY = {
  email: 'camille.demo@example.org',
  given_name: 'Camille',
  family_name: 'Démo',
  /** A made-up national register number (FAS's `egovNRN` claim): never mapped, never stored by Tandem. */
  egovNRN: '85073100123',
} as const;

export interface OidcStandIn extends RunningService {
  issuer: string;
  /** The secret of every commune's client (the stand-in's, not a real one). */
  clientSecret: string;
}

/** The communes the stand-in serves. */
export const standInCommunes = (communes: CommuneConfig[]) => communes.filter((c) => c.citizenFederation?.localStandIn);

/** The claims of a login typed on the development page. */
export function standInClaims(login: string): Record<string, string | boolean> {
  const l = login.trim().toLowerCase();
  if (!l.includes('@')) return { ...DEMO_FEDERATED_IDENTITY, email_verified: true };
  const local = l.split('@')[0];
  return { email: l, email_verified: true, given_name: local, family_name: 'Démo', egovNRN: '85073100123' };
}

async function signingKey(file: string): Promise<JWK> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as JWK;
    if (kept.kty === 'RSA' && kept.d) return kept;
  } catch {
    // none yet, or unreadable: a new one
  }
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), use: 'sig', alg: 'RS256', kid: randomBytes(8).toString('hex') };
  writeFileAtomic(file, JSON.stringify(jwk));
  return jwk;
}

export async function startOidcStandIn(options: {
  communes: CommuneConfig[];
  /** The site's origins the return page may be on. */
  siteOrigins: string[];
  keyFile: string;
  port?: number;
}): Promise<OidcStandIn> {
  const port = options.port ?? (await freePort());
  const issuer = `http://127.0.0.1:${port}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const configuration: Configuration = {
    clients: standInCommunes(options.communes).map((c) => ({
      client_id: localOidcClientId(c.id),
      client_secret: clientSecret,
      redirect_uris: options.siteOrigins.map((o) => `${o}${federationReturnPath(c.id)}`),
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [await signingKey(options.keyFile)] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    // The national register number comes with every id_token (as a FAS client configured for it gets it), so that
    // the tests show Tandem drops it.
    claims: {
      openid: ['sub', 'egovNRN'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name'],
    },
    // The claims go in the id_token (FAS's id_token carries them; Tandem reads nothing else).
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, ...standInClaims(sub) }),
    }),
    // FAS asks for consent on its own pages: the stand-in takes it as given.
    loadExistingGrant: async (ctx) => {
      const { client, session, params } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(String(params?.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
    pkce: { required: () => true },
    // As short as a sign-in (and said, so that oidc-provider does not warn about its defaults).
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: true } },
    renderError: async (ctx, out) => {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = `Erreur du fournisseur d’identité local : ${out.error}${out.error_description ? ` — ${out.error_description}` : ''}`;
    },
  };
  const provider = new Provider(issuer, configuration);
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: issuer,
    issuer,
    port,
    clientSecret,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
