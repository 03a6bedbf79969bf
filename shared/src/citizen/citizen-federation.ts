/**
 * Signing in to « Mon espace » through an outside identity provider: eID and itsme through the federal FAS (BOSA's
 * OpenID Connect service), optional and per commune (docs/citizen-federation.md). One definition of the commune
 * config block (CDK reads it to add the identity provider to the citizen pool; the local runtime to start its
 * OIDC stand-in), of the routes' bodies and of the values both sides need.
 *
 * The national register number FAS gives in a claim is neither asked for nor mapped nor stored: only the e-mail
 * address and the names (FEDERATION_ATTRIBUTES).
 */
import * as z from 'zod';
import { communePrefix } from '../entities/key-parts.js';

/** The identity provider's name in the citizen pool (Cognito's `identity_provider` parameter). */
export const FAS_PROVIDER_NAME = 'FAS';

/** The claims asked from the provider, and the pool attributes they fill (nothing else is mapped). */
export const FEDERATION_ATTRIBUTES = { email: 'email', given_name: 'given_name', family_name: 'family_name' } as const;

/** The scopes asked by default: FAS gives the e-mail address and the names with these. */
export const FEDERATION_DEFAULT_SCOPES = ['openid', 'profile', 'email'] as const;

/** A sign-in begun lasts as long as an e-mail code: the time to pass through itsme or the card reader. */
export const FEDERATION_MINUTES = 10;

const label = z.object({
  fr: z.string().min(1).max(80),
  nl: z.string().max(80).optional(),
  de: z.string().max(80).optional(),
  en: z.string().max(80).optional(),
});

/**
 * The commune config's `citizenFederation` block. The client details (`issuer`, `clientId`, `clientSecretName`)
 * are those BOSA gives the commune; given together, the commune stack adds the provider to the citizen pool. The
 * secret stays in Secrets Manager under `clientSecretName` (never in the repository). `localStandIn` lets the
 * one-machine runtime play FAS with its oidc-provider stand-in (the demo communes).
 */
export const CitizenFederationConfig = z
  .object({
    provider: z.literal('fas'),
    issuer: z
      .string()
      .url()
      .refine((u) => u.startsWith('https://'), 'an https:// issuer')
      .optional()
      .describe('The provider’s issuer, e.g. https://idp.iamfas.belgium.be/fas/oauth2 (production).'),
    clientId: z.string().min(1).max(200).optional(),
    clientSecretName: z
      .string()
      .regex(/^[A-Za-z0-9/_+=.@-]{1,512}$/, 'a Secrets Manager name')
      .optional()
      .describe('The Secrets Manager secret holding the client secret (its plain-text value).'),
    scopes: z
      .array(z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]{1,64}$/))
      .min(1)
      .max(10)
      .refine((s) => s.includes('openid'), 'openid is needed')
      .default([...FEDERATION_DEFAULT_SCOPES]),
    /** The Cognito domain's prefix (unique in the region); default tandem-<commune>-citoyens. */
    domainPrefix: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/)
      .refine((p) => !/aws|amazon|cognito/.test(p), 'no aws, amazon or cognito in a Cognito domain')
      .optional(),
    /** The button's words; default « Se connecter avec itsme ou la carte d’identité » (shared i18n). */
    buttonLabel: label.optional(),
    /** On one machine, the local OIDC stand-in plays FAS for this commune (docs/local-runtime.md). */
    localStandIn: z.boolean().default(false),
  })
  .refine(
    (f) =>
      [f.issuer, f.clientId, f.clientSecretName].every((x) => x === undefined) || [f.issuer, f.clientId, f.clientSecretName].every(Boolean),
    { message: 'issuer, clientId and clientSecretName go together (the client details BOSA gives)', path: ['clientSecretName'] },
  );
export type CitizenFederationConfig = z.infer<typeof CitizenFederationConfig>;

/** Whether the cloud stacks configure the provider: the commune gave its client details. */
export const federationInCloud = (
  f: CitizenFederationConfig | undefined,
): f is CitizenFederationConfig & {
  issuer: string;
  clientId: string;
  clientSecretName: string;
} => Boolean(f?.issuer && f.clientId && f.clientSecretName);

/** The Cognito domain's prefix of a commune's citizen pool. */
export const federationDomainPrefix = (commune: string, f: Pick<CitizenFederationConfig, 'domainPrefix'>) =>
  f.domainPrefix ?? `tandem-${commune}-citoyens`;

/** The page the provider sends the citizen back to (it finishes the sign-in). */
export const federationReturnPath = (commune: string) => `/${commune}/mon-espace/retour/`;

/**
 * The cookie that ties a sign-in begun to this browser (HttpOnly, SameSite=Lax, FEDERATION_MINUTES, on the
 * citizen auth path): a `state` that came back without it is refused, so nobody can finish their sign-in in
 * someone else's browser.
 */
export const FEDERATION_COOKIE = 'tandem_citizen_federation';

/** Begun: the provider's page to go to. */
export const FederationStarted = z.object({ url: z.string().url().describe('The provider’s authorization page.') });
export type FederationStarted = z.infer<typeof FederationStarted>;

/** Back from the provider: what it put in the return page's query. */
export const FederationFinishInput = z.object({
  code: z
    .string()
    .min(1)
    .max(2048)
    .regex(/^[\x21-\x7E]+$/, 'printable characters')
    .describe('The provider’s authorization code.'),
  state: z
    .string()
    .min(20)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'the state this sign-in began with')
    .describe('The state of the sign-in begun.'),
});
export type FederationFinishInput = z.infer<typeof FederationFinishInput>;

/** A sign-in begun, waiting for the provider's answer: the key holds the SHA-256 of the state. */
export const federationKeys = {
  federationState: (commune: string, stateHash: string) => ({ pk: `${communePrefix(commune)}SIGNIN`, sk: `FEDSTATE#${stateHash}` }),
};

export interface FederationStateItem {
  pk: string;
  sk: string;
  type: 'citizen-federation';
  codeVerifier: string;
  nonce: string;
  redirectUri: string;
  /** Epoch seconds (TTL). */
  expiresAt: number;
}

/** The local OIDC stand-in's client of a commune (infra/local/services/oidc-stand-in.ts). */
export const localOidcClientId = (commune: string) => `tandem-${commune}`;
