/** The citizen sign-in in use: Cognito in the cloud, the local stand-in on one machine (IDENTITY_PROVIDER=local); tests may swap it. */
import { cognito, env } from '../lib/aws.js';
import type { CitizenSignIn } from './citizen-sign-in.js';
import { CognitoCitizenSignIn } from './cognito-citizen-sign-in.js';
import { LocalCitizenSignIn } from './local-citizen-sign-in.js';

let current: CitizenSignIn | undefined;
let currentEnv: unknown;

export function currentCitizenSignIn(): CitizenSignIn {
  const e = env();
  if (current && currentEnv === e) return current;
  currentEnv = e;
  current =
    e.identityProvider === 'local'
      ? new LocalCitizenSignIn({ stateDir: e.localIdentityDir ?? '.data/identity', outboxDir: e.outboxDir ?? '.data/outbox' })
      : new CognitoCitizenSignIn(cognito);
  return current;
}

export function setCitizenSignIn(s: CitizenSignIn | undefined): void {
  current = s;
  currentEnv = s ? env() : undefined;
}
