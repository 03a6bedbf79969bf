import type { citizenFederationFr } from './fr.js';

export const citizenFederationEn: Record<keyof typeof citizenFederationFr, string> = {
  'federation.button': 'Sign in with itsme or the identity card',
  'federation.or': 'or',
  'federation.hint': 'You go through the federal government’s authentication service (CSAM), then come back here.',
  'federation.leaving': 'Taking you to the authentication service…',
  'federation.unavailable': 'Signing in with itsme or the identity card is not available at the moment. Use the code by e-mail.',
  'federation.returning': 'Signing you in…',
  'federation.title': 'Signing in to my space',
  'federation.cancelled': 'The sign-in was cancelled. You can try again or get a code by e-mail.',
  'federation.expired':
    'This sign-in is no longer valid (too old, already used, or begun in another browser). Start again from your space.',
  'federation.refused': 'The authentication service did not confirm your identity. Start again from your space.',
  'federation.noEmail': 'The authentication service gave no e-mail address: your space needs one. Get a code by e-mail instead.',
  'federation.back': 'Back to my space',
};
