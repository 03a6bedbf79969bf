import type { App, Environment } from 'aws-cdk-lib';
import { communeMapOrigins, type CommuneConfig } from '@tandem/shared';
import { CommuneStack, communeStackName } from './commune-stack.js';
import { EDGE_REGION, EDGE_STACK_NAME, EdgeStack } from './edge-stack.js';
import { PlatformStack } from './platform-stack.js';

export const PLATFORM_STACK_NAME = 'TandemPlatform';
export const DEFAULT_REGION = 'eu-west-1';
export const DEFAULT_MAIL_FROM = 'no-reply@tandem.example';

export interface TandemAppOptions {
  communes: readonly CommuneConfig[];
  env?: Environment;
  publicBaseUrl?: string;
  mailFrom?: string;
  /** Built site to upload with the platform (web/dist); undefined leaves the site bucket as it is. */
  siteDir?: string;
  /** E-mail address for the alarms (default: context alarmEmail, else none). */
  alarmEmail?: string;
}

/** Where to deploy: context (-c account=… -c region=…) first, then the CLI's environment, then eu-west-1. */
export function deploymentEnv(app: App): Environment {
  const ctx = (k: string) => app.node.tryGetContext(k) as string | undefined;
  return {
    account: ctx('account') ?? process.env.CDK_DEFAULT_ACCOUNT,
    region: ctx('region') ?? process.env.CDK_DEFAULT_REGION ?? DEFAULT_REGION,
  };
}

/** The edge limits (us-east-1), the platform stack once, then one CommuneStack per commune configuration. */
export function addTandemStacks(
  app: App,
  options: TandemAppOptions,
): { edge?: EdgeStack; platform: PlatformStack; communes: CommuneStack[] } {
  const env = options.env ?? deploymentEnv(app);
  // The web ACL lives in us-east-1 and reaches the platform by a cross-region reference, which needs the
  // platform's region: a region-agnostic synthesis (no region anywhere) has no edge limits.
  const edge = env.region
    ? new EdgeStack(app, EDGE_STACK_NAME, {
        env: { account: env.account, region: EDGE_REGION },
        crossRegionReferences: true,
        description: 'Tandem abuse limits: AWS WAF rate-based rules for the CloudFront distribution (shared/src/rate-limits.ts)',
        communes: options.communes.map((c) => c.id),
      })
    : undefined;
  // One sender address for the platform's mail and each commune stack's.
  const mailFrom = options.mailFrom ?? (app.node.tryGetContext('mailFrom') as string | undefined) ?? DEFAULT_MAIL_FROM;
  const platform = new PlatformStack(app, PLATFORM_STACK_NAME, {
    env,
    crossRegionReferences: Boolean(edge),
    webAclArn: edge?.limits.webAcl.attrArn,
    description: 'Tandem platform: table, buckets, HTTP API and functions, event bus, CloudFront',
    publicBaseUrl: options.publicBaseUrl ?? (app.node.tryGetContext('publicBaseUrl') as string | undefined),
    mailFrom,
    siteDir: options.siteDir,
    alarmEmail: options.alarmEmail ?? (app.node.tryGetContext('alarmEmail') as string | undefined),
    mapOrigins: communeMapOrigins(options.communes),
  });
  // Each commune stack references the platform table, which also makes it deploy after the platform.
  const communes = options.communes.map(
    (config) =>
      new CommuneStack(app, communeStackName(config.id), { env, config, table: platform.table, mailFrom, siteUrl: platform.publicBaseUrl }),
  );
  return { edge, platform, communes };
}
