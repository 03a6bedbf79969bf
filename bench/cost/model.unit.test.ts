import { describe, expect, it } from 'vitest';
import type { FixedResources } from './fixed-resources.js';
import { HOURS_A_MONTH, LOG_EVENT_OVERHEAD_BYTES, activeHours, bill, coldStarts, yearOfUse } from './model.js';
import { EUR_PER_USD, PRICES } from './prices-eu-west-1.js';
import { ASSUMPTIONS, type ActionDef, DEFAULT_SCENARIO, type Scenario, hourClasses, parseScenario } from './scenario.js';
import { type Usage, emptyUsage } from './usage.js';

const small: Scenario = { reports: 10, permits: 0, tasks: 0, staff: 2, workers: 1, pageViews: 0, communes: 1 };

/** Two actions: one ten times a year in working hours, one a hundred times around the clock. */
const actions: Record<string, ActionDef> = {
  file: { what: 'a filing', hours: 'work', perYear: (s) => s.reports },
  poll: { what: 'a poll', hours: 'always', perYear: () => 100 },
};

function measured(): Record<string, Usage> {
  const file = emptyUsage();
  Object.assign(file.amounts, { ddbWriteUnits: 13, ddbReadUnits: 4, apiRequests: 2, cdnRequests: 2, s3KeptBytes: 1024 ** 3 / 10 });
  file.functions['reports/create-report'] = { invocations: 1, billedMs: 400 };
  file.metrics['Tandem|operation=POST|Latency'] = 1;
  const poll = emptyUsage();
  Object.assign(poll.amounts, { events: 1, logBytes: 1000, logEvents: 2 });
  return { file, poll };
}

const fixed: FixedResources = {
  platform: { webAcls: 1, wafRules: 10, alarms: 2, alarmMetrics: 3, secrets: 1, kmsKeys: 1 },
  perCommune: { webAcls: 0, wafRules: 1, alarms: 0, alarmMetrics: 0, secrets: 0, kmsKeys: 0 },
  functionMemoryMb: { 'reports/create-report': 1024 },
  architectures: ['arm64'],
  poolTiers: { staff: 'PLUS', citizens: 'ESSENTIALS' },
  accessLogLineBytes: { http: 400, websocket: 250 },
  logRetentionDays: 90,
};

const line = (b: ReturnType<typeof bill>, item: string) => {
  const l = b.lines.find((x) => x.item.startsWith(item));
  if (!l) throw new Error(`no line ${item}`);
  return l;
};

describe('yearOfUse', () => {
  const year = yearOfUse(small, measured(), actions);
  it('multiplies each action by its yearly count', () => {
    expect(year.total.amounts.ddbWriteUnits).toBe(130);
    expect(year.total.amounts.events).toBe(100);
    expect(year.total.functions['reports/create-report']).toEqual({ invocations: 10, billedMs: 4000 });
  });
  it('puts working-hours actions in working hours and spreads the others over the year', () => {
    const h = hourClasses();
    expect(year.byClass.work.amounts.ddbWriteUnits).toBe(130);
    expect(year.byClass.night.amounts.ddbWriteUnits).toBe(0);
    expect(year.byClass.work.amounts.events).toBeCloseTo((100 * h.work) / (365 * 24), 9);
    expect(year.byClass.night.amounts.events).toBeCloseTo((100 * h.night) / (365 * 24), 9);
  });
  it('refuses an action that was not measured', () => {
    expect(() => yearOfUse(small, { file: measured().file }, actions)).toThrow(/poll/);
  });
});

describe('bill', () => {
  const year = yearOfUse(small, measured(), actions);
  const one = bill(small, year, fixed, 1);
  const ten = bill(small, year, fixed, 10);

  it('prices the measured use at the table’s prices', () => {
    expect(line(one, 'writes').units).toBe(130);
    expect(line(one, 'writes').usd).toBeCloseTo((130 * PRICES.ddbWriteUnit.usd) / 1e6, 12);
    // 10 invocations of 400 ms at 1024 MB: 4 GB-seconds.
    expect(line(one, 'duration').units).toBeCloseTo(4, 12);
    expect(line(one, 'HTTP API').units).toBe(20);
    expect(line(one, 'staff pool MAU').units).toBe((small.staff + small.workers) * 12);
    expect(line(one, 'staff pool MAU').price).toBe('cognitoPlusMau');
  });

  it('keeps files for the years the scenario keeps them', () => {
    // 10 filings of 0.1 GB a year, kept 5 years: 5 GB, 12 months a year.
    expect(one.lines.some((l) => l.price === 'ddbStorage')).toBe(false); // the table's: nothing stored, no line
    const s3 = one.lines.find((l) => l.price === 's3Storage');
    expect(s3?.units).toBeCloseTo(1 * ASSUMPTIONS.keptYears * 12, 9);
  });

  it('counts every log line with its metadata and each API request’s access-log line', () => {
    const bytes = 100 * 1000 + 200 * LOG_EVENT_OVERHEAD_BYTES + 20 * (400 + LOG_EVENT_OVERHEAD_BYTES);
    expect(line(one, 'logs ingested').units).toBeCloseTo(bytes / 1024 ** 3, 15);
  });

  it('shares what is billed by the month among the communes, and adds each commune’s rule', () => {
    expect(line(one, 'rules').units).toBe((10 + 1) * 12);
    expect(line(ten, 'rules').units).toBe((10 + 10) * 12);
    expect(line(ten, 'web ACL').usd / 10).toBeCloseTo(line(one, 'web ACL').usd / 10, 12);
    expect(line(ten, 'alarms').units).toBe(3 * 12);
  });

  it('multiplies the use by the number of communes and divides the total among them', () => {
    expect(line(ten, 'writes').units).toBe(1300);
    const usd = ten.lines.reduce((t, l) => t + l.usd, 0);
    expect(ten.usdPerCommune).toBeCloseTo(usd / 10, 12);
    expect(ten.eurPerCommune).toBeCloseTo((usd / 10) * EUR_PER_USD.rate, 12);
    expect(ten.eurPerCommune).toBeLessThan(one.eurPerCommune);
  });

  it('counts a custom metric for the hours it receives data', () => {
    const h = hourClasses();
    expect(line(one, 'custom metrics').units).toBeCloseTo(activeHours(10, h.work) / HOURS_A_MONTH, 12);
  });

  it('takes the free allowances off the platform’s use', () => {
    expect(one.eurPerCommuneWithFreeTiers).toBeLessThan(one.eurPerCommune);
    // Within every allowance, what remains is what has none: the web ACL, rules, alarms past ten metrics, secret, key, staff MAU.
    const none = ['wafWebAcl', 'wafRule', 'secret', 'kmsKey', 'cognitoPlusMau', 'ddbWriteUnit', 'ddbReadUnit', 'httpApiRequest'];
    const rest = one.lines.filter(
      (l) =>
        none.includes(l.price) ||
        l.price === 's3Storage' ||
        l.price === 'ddbPitr' ||
        l.price === 'wafRequest' ||
        l.price === 'eventBridgeEvent' ||
        l.price === 'logStorage' ||
        l.price === 'wsConnectionMinute',
    );
    expect(one.eurPerCommuneWithFreeTiers).toBeCloseTo(rest.reduce((t, l) => t + l.usd, 0) * EUR_PER_USD.rate, 9);
  });

  it('refuses what the price table cannot price', () => {
    expect(() => bill(small, year, { ...fixed, architectures: ['x86_64'] }, 1)).toThrow(/arm64/);
    expect(() => bill(small, year, { ...fixed, functionMemoryMb: {} }, 1)).toThrow(/reports\/create-report/);
    expect(() => bill(small, year, { ...fixed, poolTiers: { staff: 'LITE', citizens: 'ESSENTIALS' } }, 1)).toThrow(/LITE/);
  });
});

describe('activeHours and coldStarts', () => {
  it('a rare call is active one hour and cold every time; a frequent one is active every hour and seldom cold', () => {
    expect(activeHours(1, 2000)).toBeCloseTo(1, 3);
    expect(activeHours(1_000_000, 2000)).toBeCloseTo(2000, 6);
    expect(activeHours(0, 2000)).toBe(0);
    expect(coldStarts(10, 2000, 1 / 6)).toBeCloseTo(10, 1);
    expect(coldStarts(2000 * 600, 2000, 1 / 6)).toBeLessThan(1e-30);
  });
});

describe('parseScenario', () => {
  it('is Soignies-sized by default and takes each figure from its option', () => {
    expect(parseScenario([])).toEqual(DEFAULT_SCENARIO);
    expect(parseScenario(['--reports', '12', '--page-views=5', '--communes', '200'])).toEqual({
      ...DEFAULT_SCENARIO,
      reports: 12,
      pageViews: 5,
      communes: 200,
    });
  });
  it('names what it refuses', () => {
    expect(() => parseScenario(['--citizens', '3'])).toThrow(/--citizens/);
    expect(() => parseScenario(['--tasks', 'many'])).toThrow(/--tasks needs a whole number/);
    expect(() => parseScenario(['--communes', '0'])).toThrow(/at least 1/);
    expect(() => parseScenario(['--staff'])).toThrow(/--staff/);
  });
});
