/**
 * The cost model: what each action consumed (measured) × how often the scenario does it × AWS's prices, plus what is
 * billed by the month (counted from the templates), for N communes on one platform. Pure arithmetic, unit-tested in
 * model.unit.test.ts.
 */
import { UPLOADS_EXPIRE_UNUSED_DAYS } from '@tandem/shared';
import { EUR_PER_USD, FREE_EACH_MONTH, type PriceName, usdOf } from './prices-eu-west-1.js';
import {
  ACTIONS,
  ASSUMPTIONS,
  type ActionDef,
  type Scenario,
  connectionMinutes,
  followers,
  hourClasses,
  monthlyActiveUsers,
  spread,
} from './scenario.js';
import type { FixedResources, MonthlyItems } from './fixed-resources.js';
import { type Usage, addUsage, emptyUsage, lambdaTotals } from './usage.js';

const GB = 1024 ** 3;
/** CloudWatch Logs counts 26 bytes of metadata with each log event it ingests. */
export const LOG_EVENT_OVERHEAD_BYTES = 26;
/** Hours in CloudWatch's metric-month. */
export const HOURS_A_MONTH = 730;

export type HourClass = 'work' | 'dayOnly' | 'night';
const CLASSES: readonly HourClass[] = ['work', 'dayOnly', 'night'];

/** One commune's year: each action's measured use × its yearly count, in total and split by hour class. */
export interface YearOfUse {
  total: Usage;
  byClass: Record<HourClass, Usage>;
}

export function yearOfUse(s: Scenario, measured: Record<string, Usage>, actions: Record<string, ActionDef> = ACTIONS): YearOfUse {
  const total = emptyUsage();
  const byClass = { work: emptyUsage(), dayOnly: emptyUsage(), night: emptyUsage() };
  for (const [name, def] of Object.entries(actions)) {
    const u = measured[name];
    if (!u) throw new Error(`action ${name} was not measured`);
    const times = def.perYear(s);
    addUsage(total, u, times);
    const shares = spread(def.hours);
    for (const c of CLASSES) if (shares[c]) addUsage(byClass[c], u, times * shares[c]);
  }
  return { total, byClass };
}

/** Hours a year in which something happening `calls` times (at random) in `hours` hours happens at least once. */
export const activeHours = (calls: number, hours: number): number => (hours ? hours * (1 - Math.exp(-calls / hours)) : 0);

/** Of `calls` random invocations in `hours` hours, those that find no environment left warm for `warmHours`. */
export const coldStarts = (calls: number, hours: number, warmHours: number): number =>
  hours ? calls * Math.exp(-(calls / hours) * warmHours) : 0;

export interface BillLine {
  service: string;
  item: string;
  price: PriceName;
  /** Units of the price, for the whole platform, a year. */
  units: number;
  /** Billed by the month whatever the use (shared by the communes). */
  fixed?: true;
}

export interface Bill {
  communes: number;
  lines: (BillLine & { usd: number })[];
  usdPerCommune: number;
  eurPerCommune: number;
  /** The same with AWS's free monthly allowances taken off the platform's use (FREE_EACH_MONTH). */
  eurPerCommuneWithFreeTiers: number;
}

const COGNITO_PRICE: Record<string, PriceName> = { PLUS: 'cognitoPlusMau', ESSENTIALS: 'cognitoEssentialsMau' };

function monthlyLines(items: MonthlyItems, times: number): BillLine[] {
  const months = 12 * times;
  return [
    { service: 'WAF', item: 'web ACL', price: 'wafWebAcl', units: items.webAcls * months, fixed: true },
    { service: 'WAF', item: 'rules (rate limits; one a commune)', price: 'wafRule', units: items.wafRules * months, fixed: true },
    { service: 'CloudWatch', item: 'alarms (metrics they read)', price: 'alarmMetric', units: items.alarmMetrics * months, fixed: true },
    { service: 'Secrets Manager', item: 'secrets', price: 'secret', units: items.secrets * months, fixed: true },
    { service: 'KMS', item: 'customer managed keys', price: 'kmsKey', units: items.kmsKeys * months, fixed: true },
  ];
}

function addLines(into: BillLine[], lines: BillLine[]): void {
  for (const l of lines) {
    const same = into.find((x) => x.item === l.item && x.price === l.price);
    if (same) same.units += l.units;
    else into.push({ ...l });
  }
}

/** The platform's yearly bill for `communes` communes, each living the scenario's year. */
export function bill(s: Scenario, year: YearOfUse, fixed: FixedResources, communes: number): Bill {
  if (fixed.architectures.some((a) => a !== 'arm64'))
    throw new Error(`the price table has arm64's Lambda price, not ${fixed.architectures}`);
  const n = communes;
  const u = year.total.amounts;
  const hours = hourClasses();
  const memoryGb = (fn: string) => {
    const mb = fixed.functionMemoryMb[fn];
    if (mb === undefined) throw new Error(`no memory size for function ${fn} in the templates`);
    return mb / 1024;
  };

  let gbSeconds = 0;
  for (const [fn, f] of Object.entries(year.total.functions)) gbSeconds += (f.billedMs / 1000) * memoryGb(fn);
  let initGbSeconds = 0;
  for (const fn of Object.keys(year.total.functions)) {
    let cold = 0;
    for (const c of CLASSES)
      cold += coldStarts((year.byClass[c].functions[fn]?.invocations ?? 0) * n, hours[c], ASSUMPTIONS.warmMinutes / 60);
    initGbSeconds += cold * (ASSUMPTIONS.coldStartInitMs / 1000) * memoryGb(fn);
  }
  let metricHours = 0;
  for (const key of Object.keys(year.total.metrics)) {
    for (const c of CLASSES) metricHours += activeHours((year.byClass[c].metrics[key] ?? 0) * n, hours[c]);
  }

  const keptYears = ASSUMPTIONS.keptYears;
  const ddbStoredGb = (u.ddbStoredBytes * keptYears) / GB;
  const s3StoredGb = (u.s3KeptBytes * keptYears + u.s3UploadBytes * (UPLOADS_EXPIRE_UNUSED_DAYS / 365)) / GB;
  const wsAccessLines = u.wsClientMessages + u.wsConnections * 2;
  const logGb =
    (u.logBytes +
      u.logEvents * LOG_EVENT_OVERHEAD_BYTES +
      u.apiRequests * (fixed.accessLogLineBytes.http + LOG_EVENT_OVERHEAD_BYTES) +
      wsAccessLines * (fixed.accessLogLineBytes.websocket + LOG_EVENT_OVERHEAD_BYTES)) /
    GB;
  const mau = monthlyActiveUsers(s);
  const cognito = (tier: string): PriceName => {
    const p = COGNITO_PRICE[tier];
    if (!p) throw new Error(`no price for the Cognito tier ${tier}`);
    return p;
  };

  // Use, for one commune a year; multiplied by n below.
  const perCommune: BillLine[] = [
    { service: 'DynamoDB', item: 'reads (request units)', price: 'ddbReadUnit', units: u.ddbReadUnits },
    { service: 'DynamoDB', item: 'writes (request units)', price: 'ddbWriteUnit', units: u.ddbWriteUnits },
    { service: 'DynamoDB', item: `storage (${keptYears} years kept, GB-months)`, price: 'ddbStorage', units: ddbStoredGb * 12 },
    { service: 'DynamoDB', item: 'point-in-time recovery (GB-months)', price: 'ddbPitr', units: ddbStoredGb * 12 },
    { service: 'Lambda', item: 'invocations', price: 'lambdaRequest', units: lambdaTotals(year.total).invocations },
    { service: 'Lambda', item: 'duration (GB-seconds, arm64)', price: 'lambdaArmGbSecond', units: gbSeconds },
    { service: 'S3', item: 'PUT/COPY/POST/LIST requests', price: 's3Put', units: u.s3PutRequests },
    { service: 'S3', item: 'GET/HEAD requests', price: 's3Get', units: u.s3GetRequests },
    { service: 'S3', item: `storage (${keptYears} years kept, GB-months)`, price: 's3Storage', units: s3StoredGb * 12 },
    { service: 'S3', item: 'transfer out (GB)', price: 's3Out', units: u.s3OutBytes / GB },
    { service: 'API Gateway', item: 'HTTP API requests', price: 'httpApiRequest', units: u.apiRequests },
    {
      service: 'API Gateway',
      item: 'WebSocket messages',
      price: 'wsMessage',
      units: u.wsClientMessages + u.wsFanOutMessages * followers(s),
    },
    { service: 'API Gateway', item: 'WebSocket connection minutes', price: 'wsConnectionMinute', units: connectionMinutes(s) },
    { service: 'EventBridge', item: 'events', price: 'eventBridgeEvent', units: u.events },
    { service: 'Cognito', item: `staff pool MAU (${fixed.poolTiers.staff})`, price: cognito(fixed.poolTiers.staff), units: mau.staff },
    {
      service: 'Cognito',
      item: `citizen pool MAU (${fixed.poolTiers.citizens})`,
      price: cognito(fixed.poolTiers.citizens),
      units: mau.citizens,
    },
    { service: 'SES', item: 'e-mails', price: 'sesMail', units: u.mails },
    { service: 'CloudWatch', item: 'logs ingested (GB)', price: 'logIngestion', units: logGb },
    {
      service: 'CloudWatch',
      item: `logs stored (${fixed.logRetentionDays} days, GB-months)`,
      price: 'logStorage',
      units: logGb * (fixed.logRetentionDays / 365) * 12,
    },
    { service: 'CloudFront', item: 'requests', price: 'cdnRequest', units: u.cdnRequests },
    { service: 'CloudFront', item: 'transfer out (GB)', price: 'cdnOut', units: u.cdnBytes / GB },
    { service: 'CloudFront', item: 'functions (site rewrite)', price: 'cdnFunction', units: u.cdnFunctionRuns },
    { service: 'WAF', item: 'requests', price: 'wafRequest', units: u.cdnRequests },
  ].map((l) => ({ ...l, units: l.units * n }) as BillLine);

  const lines: BillLine[] = [...perCommune];
  // Shared by the platform's communes: computed on their total use.
  lines.splice(6, 0, { service: 'Lambda', item: 'cold starts (init, GB-seconds)', price: 'lambdaArmGbSecond', units: initGbSeconds });
  lines.push({ service: 'CloudWatch', item: 'custom metrics (metric-months)', price: 'customMetric', units: metricHours / HOURS_A_MONTH });
  addLines(lines, monthlyLines(fixed.platform, 1));
  addLines(lines, monthlyLines(fixed.perCommune, n));

  const priced = lines.filter((l) => l.units > 0).map((l) => ({ ...l, usd: usdOf(l.price, l.units) }));
  const usd = priced.reduce((t, l) => t + l.usd, 0);
  const unitsByPrice = new Map<PriceName, number>();
  for (const l of priced) unitsByPrice.set(l.price, (unitsByPrice.get(l.price) ?? 0) + l.units);
  let usdWithFree = 0;
  for (const [price, units] of unitsByPrice) usdWithFree += usdOf(price, Math.max(0, units - (FREE_EACH_MONTH[price]?.units ?? 0) * 12));
  return {
    communes: n,
    lines: priced,
    usdPerCommune: usd / n,
    eurPerCommune: (usd / n) * EUR_PER_USD.rate,
    eurPerCommuneWithFreeTiers: (usdWithFree / n) * EUR_PER_USD.rate,
  };
}
