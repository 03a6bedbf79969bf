/**
 * AWS's public prices in Europe (Ireland), eu-west-1, the deployment's default region (infra/stacks/tandem-app.ts), in US
 * dollars as AWS lists them, each with the page it comes from. `npm run cost` multiplies the measured use by these.
 *
 * Taken on 2026-12-02 on a machine without internet: these are the prices as last published on AWS's pricing pages to the
 * author's knowledge (2025, after DynamoDB's on-demand price cut of November 2024 and Cognito's tiers of November 2024).
 * Figures marked `check` are the least certain (regional prices that differ from us-east-1's). Re-check every figure on
 * its page before quoting the result; a change is one line here.
 */

export interface Price {
  /** US dollars per `per` units of `unit`. */
  usd: number;
  per: number;
  unit: string;
  source: string;
  /** The author is unsure of the regional figure: verify it first. */
  check?: true;
  note?: string;
}

const p = (usd: number, per: number, unit: string, source: string, extra: Partial<Price> = {}): Price => ({
  usd,
  per,
  unit,
  source,
  ...extra,
});

const DDB = 'https://aws.amazon.com/dynamodb/pricing/on-demand/';
const LAMBDA = 'https://aws.amazon.com/lambda/pricing/';
const S3 = 'https://aws.amazon.com/s3/pricing/';
const APIGW = 'https://aws.amazon.com/api-gateway/pricing/';
const CW = 'https://aws.amazon.com/cloudwatch/pricing/';
const CF = 'https://aws.amazon.com/cloudfront/pricing/';
const COGNITO = 'https://aws.amazon.com/cognito/pricing/';

/** When the table was written, and from what: there was no internet to read the pages again that day. */
export const PRICES_TAKEN_ON = '2026-12-02';
export const PRICES_AS_OF = 'AWS’s pricing pages as last known to the author (2025)';
export const PRICES_REGION = 'eu-west-1';

export const PRICES = {
  ddbWriteUnit: p(0.7068, 1e6, 'write request unit (on-demand, Standard table class)', DDB, { check: true }),
  ddbReadUnit: p(0.1415, 1e6, 'read request unit (on-demand, Standard table class)', DDB, { check: true }),
  ddbStorage: p(0.283, 1, 'GB-month stored (Standard table class)', DDB),
  ddbPitr: p(0.2264, 1, 'GB-month of continuous backup (point-in-time recovery)', DDB, { check: true }),
  lambdaRequest: p(0.2, 1e6, 'invocation', LAMBDA),
  lambdaArmGbSecond: p(0.0000133334, 1, 'GB-second on arm64 (the functions run on arm64)', LAMBDA),
  s3Storage: p(0.023, 1, 'GB-month in S3 Standard (first 50 TB)', S3),
  s3Put: p(0.005, 1000, 'PUT, COPY, POST or LIST request', S3),
  s3Get: p(0.0004, 1000, 'GET or HEAD request', S3),
  s3Out: p(0.09, 1, 'GB out of S3 to the internet (first 10 TB)', S3),
  httpApiRequest: p(1.11, 1e6, 'HTTP API request (first 300 million a month)', APIGW, { check: true }),
  wsMessage: p(1.14, 1e6, 'WebSocket message (32 KB units, first billion a month)', APIGW, { check: true }),
  wsConnectionMinute: p(0.285, 1e6, 'WebSocket connection minute', APIGW, { check: true }),
  eventBridgeEvent: p(1.0, 1e6, 'custom event put on a bus (64 KB units)', 'https://aws.amazon.com/eventbridge/pricing/'),
  cognitoPlusMau: p(0.02, 1, 'monthly active user of a Plus-tier pool (the staff pools)', COGNITO),
  cognitoEssentialsMau: p(0.015, 1, 'monthly active user of an Essentials-tier pool (the citizen pools)', COGNITO),
  sesMail: p(0.1, 1000, 'e-mail sent', 'https://aws.amazon.com/ses/pricing/'),
  logIngestion: p(0.57, 1, 'GB of logs ingested (Standard log class)', CW, { check: true }),
  logStorage: p(0.03, 1, 'GB-month of logs stored', CW),
  customMetric: p(0.3, 1, 'custom metric-month (first 10,000; prorated by the hour a metric receives data)', CW),
  alarmMetric: p(0.1, 1, 'standard-resolution alarm metric-month (an expression alarm pays each metric it reads)', CW),
  wafWebAcl: p(5, 1, 'web ACL-month', 'https://aws.amazon.com/waf/pricing/'),
  wafRule: p(1, 1, 'rule-month in a web ACL', 'https://aws.amazon.com/waf/pricing/'),
  wafRequest: p(0.6, 1e6, 'request inspected', 'https://aws.amazon.com/waf/pricing/'),
  secret: p(0.4, 1, 'secret-month', 'https://aws.amazon.com/secrets-manager/pricing/'),
  kmsKey: p(1, 1, 'customer managed key-month', 'https://aws.amazon.com/kms/pricing/', {
    note: 'a rotated key adds $1 a month for each of its first two rotations',
  }),
  cdnRequest: p(0.012, 10000, 'HTTPS request (Europe)', CF),
  cdnOut: p(0.085, 1, 'GB out to the internet (Europe, first 10 TB)', CF),
  cdnFunction: p(0.1, 1e6, 'CloudFront Functions invocation', CF),
} as const satisfies Record<string, Price>;
export type PriceName = keyof typeof PRICES;

/** Euros per US dollar: AWS lists in dollars; ECB reference rate of late 2025 (about 0.86), to re-check. */
export const EUR_PER_USD = {
  rate: 0.86,
  source: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/',
  check: true,
} as const;

/**
 * AWS's free monthly allowances that do not expire (per account, shared by every commune of the platform). The bill is
 * printed without them (a platform's account may use them elsewhere); `npm run cost` prints the total with them too.
 */
export const FREE_EACH_MONTH: Partial<Record<PriceName, { units: number; source: string }>> = {
  lambdaRequest: { units: 1e6, source: LAMBDA },
  lambdaArmGbSecond: { units: 400_000, source: LAMBDA },
  ddbStorage: { units: 25, source: 'https://aws.amazon.com/dynamodb/pricing/' },
  cognitoEssentialsMau: { units: 10_000, source: COGNITO },
  customMetric: { units: 10, source: CW },
  alarmMetric: { units: 10, source: CW },
  logIngestion: { units: 5, source: CW },
  s3Out: { units: 100, source: 'https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer' },
  cdnRequest: { units: 10e6, source: CF },
  cdnOut: { units: 1000, source: CF },
  cdnFunction: { units: 2e6, source: CF },
};

/** Dollars for `units` of a price. */
export const usdOf = (name: PriceName, units: number): number => (PRICES[name].usd * units) / PRICES[name].per;
