/**
 * How much minified JavaScript (index.mjs, source map excluded) each Lambda bundle may weigh. `npm run bundles` fails when one
 * is over. A budget sits ≈ 10 % above today's size, so that a regression of the kind issue 8 found (all of zod's locales,
 * all four languages' messages: +150 to +255 KiB) fails the gate, with room for a small dependency (e.g. a logger).
 *
 * Issue 8 aimed at 300 KiB. With the AWS SDK bundled (constructs/tandem-function.ts says why) that is out of reach: the
 * DynamoDB client with the SDK core weighs ≈ 330 KiB minified on its own. What is ours is small: zod ≈ 97 KiB, the rest
 * 10–60 KiB. The mailers carry only their mails' messages (≈ 5–22 KiB in four languages, shared/src/i18n/translator.ts),
 * so they fit the budget their access gives: all of the messages would be ≈ 410 KiB, the French alone ≈ 106 KiB.
 */
import {
  API_FUNCTIONS,
  BACKGROUND_FUNCTIONS,
  REALTIME_FUNCTIONS,
  type ApiFunctionName,
  type BackgroundFunctionName,
  type FunctionAccess,
  needsTenantRole,
  type RealtimeFunctionName,
} from '@tandem/shared';

export type FunctionKey = ApiFunctionName | RealtimeFunctionName | BackgroundFunctionName;

const KIB = 1024;

export interface BundleBudget {
  bytes: number;
  /** Why this function may weigh more than the default; undefined for the default. */
  reason?: string;
}

/** The DynamoDB client and the SDK core (≈ 330 KiB), zod (≈ 97 KiB), middy and our code. */
export const DEFAULT_BUNDLE_BUDGET = 550 * KIB;

/** Budgets that follow from the access a function declares in shared/src/routes.ts: each declared service bundles its client. */
const BY_ACCESS: { when: (a: FunctionAccess) => boolean; budget: BundleBudget }[] = [
  {
    when: (a) => a.files !== undefined,
    budget: { bytes: 720 * KIB, reason: 'the S3 client with its presigners and checksums (≈ +160–220 KiB)' },
  },
  { when: (a) => a.mail === true, budget: { bytes: 620 * KIB, reason: 'the SES client (≈ +60 KiB)' } },
  {
    when: (a) => a.cognitoAdmin === true || a.cognitoDirectory === true,
    budget: {
      bytes: 600 * KIB,
      reason: 'the Cognito client with the staff-account admin commands or the directory read (≈ +40 KiB; ≈ 545 KiB in all)',
    },
  },
];

/**
 * A function with a tenant role (docs/tenant-isolation.md) also bundles the STS client that assumes it per commune
 * (@aws-sdk/nested-clients/sts, ≈ +25 KiB): added to the budget its access gives.
 */
export const TENANT_CREDENTIALS_BUDGET = 30 * KIB;

/** Functions that need more than their access gives, each with the reason. Keep this list short and the reasons true. */
export const BUNDLE_BUDGET_EXCEPTIONS: Partial<Record<FunctionKey, BundleBudget>> = {
  'permits/change-permit': {
    bytes: 2300 * KIB,
    reason:
      'issues permits: the authorisation and street poster PDFs need pdf-lib (≈ 225 KiB), pako, pngjs and qrcode (≈ 130 KiB) ' +
      'and, to print every name as typed, @pdf-lib/fontkit with its Unicode tables (≈ 920 KiB, loaded on the first render only), ' +
      'on top of the S3 client. Rendering in a function of its own would take this weight off the other permit moves.',
  },
  'notifications/notify-staff': {
    bytes: 800 * KIB,
    reason:
      'the notifier mails (SES), reads the staff directory (Cognito) and sends Web Push: web-push builds the VAPID token with ' +
      'asn1.js (≈ 67 KiB) and encrypts with http_ece, jws and https-proxy-agent (≈ 30 KiB), and the Secrets Manager client ' +
      'reads the key seed (≈ 15 KiB): ≈ 742 KiB in all (docs/notifications.md, "Web Push").',
  },
  'auth/sign-in': {
    bytes: 630 * KIB,
    reason:
      'signs in both the staff (password, TOTP, first and forgotten password) and the citizens (e-mail codes, their sessions in ' +
      'the table: docs/citizen-space.md; itsme/eID through FAS with jose for the local id_token check, ≈ +27 KiB: ' +
      'docs/citizen-federation.md), each through an interface with its Cognito and its local implementation (≈ +30 KiB ' +
      'for the citizens, with their optional password and the deletion of their account), on top of the Cognito client and ' +
      'the STS client of its commune-scoped credentials: ≈ 618 KiB in all; the commune registration it parses grew by the ' +
      'appointments agendas (docs/appointments.md, ≈ +3 KiB): ≈ 622 KiB',
  },
  'worksites/works-poster': {
    bytes: 2100 * KIB,
    reason:
      "draws a works site's A4 poster on request: pdf-lib, qrcode and @pdf-lib/fontkit (loaded on the first render only), as the permit documents",
  },
};

const accessOf = (key: string): FunctionAccess | undefined =>
  (API_FUNCTIONS as Record<string, FunctionAccess>)[key] ??
  (REALTIME_FUNCTIONS as Record<string, FunctionAccess>)[key] ??
  (BACKGROUND_FUNCTIONS as Record<string, FunctionAccess>)[key];

/** The budget of one function: its exception, else what its declared access bundles, else the default. */
export function bundleBudget(key: string): BundleBudget {
  const exception = BUNDLE_BUDGET_EXCEPTIONS[key as FunctionKey];
  if (exception) return exception;
  const access = accessOf(key);
  const byAccess = (access && BY_ACCESS.find((b) => b.when(access))?.budget) || { bytes: DEFAULT_BUNDLE_BUDGET };
  if (!access || !needsTenantRole(access)) return byAccess;
  return {
    bytes: byAccess.bytes + TENANT_CREDENTIALS_BUDGET,
    reason: [byAccess.reason, 'the STS client for its commune-scoped credentials (≈ +25 KiB)'].filter(Boolean).join('; '),
  };
}
