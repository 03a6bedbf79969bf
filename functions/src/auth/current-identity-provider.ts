/** The identity provider the sign-in uses: Cognito in the cloud, the local one on one machine (IDENTITY_PROVIDER=local); tests may swap it. */
import { cognito, env } from '../lib/aws.js';
import { CognitoIdentityProvider } from './cognito-identity-provider.js';
import type { IdentityProvider } from './identity-provider.js';
import { LocalIdentityProvider } from './local-identity-provider.js';

let provider: IdentityProvider | undefined;
let providerEnv: unknown;

export function currentIdentityProvider(): IdentityProvider {
  const e = env();
  // A new environment (the local runtime re-applies it) means new folders: build the provider again.
  if (provider && providerEnv === e) return provider;
  providerEnv = e;
  provider =
    e.identityProvider === 'local'
      ? new LocalIdentityProvider({
          stateDir: e.localIdentityDir ?? '.data/identity',
          cognitoDbDir: e.localCognitoDbDir ?? '.data/cognito/.cognito/db',
          outboxDir: e.outboxDir ?? '.data/outbox',
        })
      : new CognitoIdentityProvider(cognito);
  return provider;
}

export function setIdentityProvider(p: IdentityProvider | undefined): void {
  provider = p;
  providerEnv = p ? env() : undefined;
}
