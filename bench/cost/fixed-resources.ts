/**
 * What one platform and one commune deploy that AWS bills by the month or that sets a price, counted from the
 * templates CDK synthesises (offline, without bundling, as infra/bin/stack-sizes.ts does): web ACLs and their rules,
 * alarms and the metrics they read, secrets, KMS keys, each function's memory and architecture, the user pools'
 * tiers, the API stages' access-log line, the log groups' retention.
 */
import { App, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { poolName } from '@tandem/shared';
import { loadCommuneConfigs } from '../../infra/stacks/commune-files.js';
import { EdgeStack } from '../../infra/stacks/edge-stack.js';
import { SITE_FIXTURE, nestedStacksOf, unbundledContext } from '../../infra/stacks/stack-sizes.js';
import { DEFAULT_REGION, addTandemStacks } from '../../infra/stacks/tandem-app.js';

/** Items billed by the month: the web ACL's rules, alarms (by the metrics they read), secrets, customer managed keys. */
export interface MonthlyItems {
  webAcls: number;
  wafRules: number;
  alarms: number;
  /** Metrics read by the alarms (an expression alarm pays for each metric it reads). */
  alarmMetrics: number;
  secrets: number;
  kmsKeys: number;
}

export interface FixedResources {
  /** What one platform deploys whatever its communes (the edge and platform stacks). */
  platform: MonthlyItems;
  /** What each commune adds (its stack, and its rule in the platform's web ACL). */
  perCommune: MonthlyItems;
  /** Memory (MB) of each Tandem function, by its key (`reports/create-report`). */
  functionMemoryMb: Record<string, number>;
  /** Architectures of the Tandem functions (the price table has arm64's). */
  architectures: string[];
  /** Feature plan of each commune's pools. */
  poolTiers: { staff: string; citizens: string };
  /** Estimated bytes of one access-log line of the HTTP API and of the WebSocket API (their formats filled with typical values). */
  accessLogLineBytes: { http: number; websocket: number };
  /** Retention of the functions' log groups, in days. */
  logRetentionDays: number;
}

type Resource = { Type: string; Properties?: Record<string, unknown> };

function resourcesOf(stacks: Stack[]): Resource[] {
  return stacks.flatMap((s) =>
    [s, ...nestedStacksOf(s)].flatMap((t) =>
      Object.values((Template.fromStack(t).toJSON() as { Resources?: Record<string, Resource> }).Resources ?? {}),
    ),
  );
}

/** Metrics an alarm reads: one for a metric alarm, each MetricStat of an expression alarm. */
function metricsOfAlarm(r: Resource): number {
  const metrics = r.Properties?.Metrics as { MetricStat?: unknown }[] | undefined;
  return metrics ? metrics.filter((m) => m.MetricStat).length : 1;
}

/** Typical lengths of the access-log variables ($context.…) once filled; any other counts 10. */
const TYPICAL_VALUE_BYTES: Record<string, number> = {
  requestId: 16,
  'identity.sourceIp': 14,
  requestTime: 26,
  routeKey: 36,
  status: 3,
  protocol: 8,
  responseLength: 4,
  responseLatency: 3,
  integrationLatency: 3,
  integrationErrorMessage: 1,
  'identity.userAgent': 110,
  eventType: 7,
  connectionId: 16,
  'authorizer.error': 1,
};

export function accessLogLineBytes(format: string): number {
  return Buffer.byteLength(format.replace(/\$context\.([A-Za-z.]+)/g, (_m, v: string) => 'x'.repeat(TYPICAL_VALUE_BYTES[v] ?? 10)));
}

const count = <T>(xs: T[], x: T) => xs.filter((y) => y === x).length;

function webAclRules(communes: string[]): number {
  const app = new App({ context: unbundledContext() });
  const edge = new EdgeStack(app, 'CostEdge', { env: { region: 'us-east-1' }, communes });
  return edge.limits.webAcl.rules ? (edge.limits.webAcl.rules as unknown[]).length : 0;
}

/** Synthesises the app (every configured commune) and counts. Takes about a minute on a busy 2-core machine. */
export function countFixedResources(): FixedResources {
  const configs = loadCommuneConfigs();
  const app = new App({ context: unbundledContext() });
  const { edge, platform, communes } = addTandemStacks(app, { communes: configs, env: { region: DEFAULT_REGION }, siteDir: SITE_FIXTURE });
  const platformResources = resourcesOf([...(edge ? [edge] : []), platform]);
  const communeResources = resourcesOf([communes[0]]);
  const of = (rs: Resource[], type: string) => rs.filter((r) => r.Type === type);

  const functionMemoryMb: Record<string, number> = {};
  const architectures = new Set<string>();
  for (const f of of(platformResources, 'AWS::Lambda::Function')) {
    const key = /^Tandem ([a-z0-9-]+\/[a-z0-9-]+)$/.exec(String(f.Properties?.Description ?? ''))?.[1];
    if (!key) continue; // CDK's own custom resources (deploy time only)
    functionMemoryMb[key] = Number(f.Properties?.MemorySize ?? 128);
    for (const a of (f.Properties?.Architectures as string[] | undefined) ?? ['x86_64']) architectures.add(a);
  }

  const tierOf = (kind: 'staff' | 'citizens') =>
    String(
      of(communeResources, 'AWS::Cognito::UserPool').find((p) => p.Properties?.UserPoolName === poolName(configs[0].id, kind))?.Properties
        ?.UserPoolTier ?? 'ESSENTIALS',
    );

  const protocolOf = new Map<string, string>();
  for (const t of [...(edge ? [edge] : []), platform].flatMap((s) => [s, ...nestedStacksOf(s)])) {
    const json = Template.fromStack(t).toJSON() as { Resources?: Record<string, Resource> };
    for (const [id, r] of Object.entries(json.Resources ?? {}))
      if (r.Type === 'AWS::ApiGatewayV2::Api') protocolOf.set(id, String(r.Properties?.ProtocolType));
  }
  const lineBytes = { http: 0, websocket: 0 };
  for (const s of of(platformResources, 'AWS::ApiGatewayV2::Stage')) {
    const format = (s.Properties?.AccessLogSettings as { Format?: string } | undefined)?.Format;
    const api = (s.Properties?.ApiId as { Ref?: string } | undefined)?.Ref;
    if (!format || !api) continue;
    lineBytes[protocolOf.get(api) === 'WEBSOCKET' ? 'websocket' : 'http'] = accessLogLineBytes(format);
  }

  const ids = configs.map((c) => c.id);
  const rulesFor = webAclRules(ids);
  const perCommuneRules = webAclRules([...ids, 'cost-extra-commune']) - rulesFor;
  const monthly = (rs: Resource[], wafRules: number): MonthlyItems => {
    const alarms = of(rs, 'AWS::CloudWatch::Alarm');
    return {
      webAcls: of(rs, 'AWS::WAFv2::WebACL').length,
      wafRules,
      alarms: alarms.length,
      alarmMetrics: alarms.reduce((n, a) => n + metricsOfAlarm(a), 0),
      secrets: of(rs, 'AWS::SecretsManager::Secret').length,
      kmsKeys: of(rs, 'AWS::KMS::Key').length,
    };
  };
  // The functions' and the stages' groups share one retention (LOG_RETENTION); a deploy-time helper's group may differ.
  const retentions = of(platformResources, 'AWS::Logs::LogGroup').map((g) => Number(g.Properties?.RetentionInDays ?? 0));
  const commonest = [...new Set(retentions)].sort((a, b) => count(retentions, b) - count(retentions, a))[0];

  return {
    platform: monthly(platformResources, rulesFor - perCommuneRules * ids.length),
    perCommune: monthly(communeResources, perCommuneRules),
    functionMemoryMb,
    architectures: [...architectures],
    poolTiers: { staff: tierOf('staff'), citizens: tierOf('citizens') },
    accessLogLineBytes: lineBytes,
    logRetentionDays: commonest,
  };
}
