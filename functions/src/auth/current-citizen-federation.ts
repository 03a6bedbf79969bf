/** The federated sign-in in use: Cognito's OAuth endpoints in the cloud, the local OIDC stand-in on one machine; tests may swap it. */
import { env } from '../lib/aws.js';
import type { CitizenFederation } from './citizen-federation.js';
import { CognitoCitizenFederation } from './cognito-citizen-federation.js';
import { currentCitizenSignIn } from './current-citizen-sign-in.js';
import { LocalCitizenFederation } from './local-citizen-federation.js';
import { LocalCitizenSignIn } from './local-citizen-sign-in.js';

let current: CitizenFederation | undefined;
let currentEnv: unknown;

export function currentCitizenFederation(): CitizenFederation {
  const e = env();
  if (current && currentEnv === e) return current;
  currentEnv = e;
  if (e.identityProvider === 'local') {
    const signIn = currentCitizenSignIn();
    // The federated sign-in ends like the local e-mail code's: the same accounts and service passwords.
    current = new LocalCitizenFederation(
      signIn instanceof LocalCitizenSignIn
        ? signIn
        : new LocalCitizenSignIn({ stateDir: e.localIdentityDir ?? '.data/identity', outboxDir: e.outboxDir ?? '.data/outbox' }),
    );
  } else {
    current = new CognitoCitizenFederation();
  }
  return current;
}

export function setCitizenFederation(f: CitizenFederation | undefined): void {
  current = f;
  currentEnv = f ? env() : undefined;
}
