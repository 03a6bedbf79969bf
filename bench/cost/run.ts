/**
 * `npm run cost` (docs/cost.md): what a commune's year costs on AWS. Counts what the templates deploy by the month,
 * measures each user action on the one-machine platform, multiplies by the scenario (Soignies-sized by default; `--reports
 * N`, `--permits N`, `--tasks N`, `--staff N`, `--workers N`, `--page-views N`, `--communes N`) and by the prices of
 * prices-eu-west-1.ts, and prints the itemised yearly bill per commune for 1, 10 and 200 communes on one platform.
 * COST_SAMPLES (default 3): measured runs of each action. Uses web/dist for the page views when it is built.
 */
import { actionLines, billLines, euros } from './bill-table.js';
import { countFixedResources } from './fixed-resources.js';
import { measureActions } from './measure.js';
import { bill, yearOfUse } from './model.js';
import { EUR_PER_USD, PRICES_AS_OF, PRICES_REGION, PRICES_TAKEN_ON } from './prices-eu-west-1.js';
import { ASSUMPTIONS, parseScenario } from './scenario.js';

const SIZES = [1, 10, 200];

async function main() {
  const scenario = parseScenario(process.argv.slice(2));
  const samples = Number(process.env.COST_SAMPLES ?? 3);
  const t0 = Date.now();
  const say = (m: string) => process.stderr.write(`[cost ${((Date.now() - t0) / 1000).toFixed(0)} s] ${m}\n`);
  say('synthesising the templates to count what is billed by the month…');
  const fixed = countFixedResources();
  say('measuring each action on the local platform…');
  const measured = await measureActions({ samples, log: say });
  const year = yearOfUse(scenario, measured.actions);
  const sizes = [...new Set([...SIZES, scenario.communes])].sort((a, b) => a - b);
  const bills = sizes.map((n) => bill(scenario, year, fixed, n));
  const asked = bills.find((b) => b.communes === scenario.communes)!;

  const p = fixed.platform;
  const out = [
    `Tandem on AWS — a commune's year, measured ${new Date().toISOString()} on this machine (Node ${process.version})`,
    `Prices: ${PRICES_REGION}, ${PRICES_AS_OF}, written down on ${PRICES_TAKEN_ON} without internet (bench/cost/prices-eu-west-1.ts: re-check them); $1 = €${EUR_PER_USD.rate}; VAT excluded.`,
    '',
    `Scenario (a commune a year): ${scenario.reports} reports, ${scenario.permits} permit requests, ${scenario.tasks} tasks, ${scenario.staff} staff and ${scenario.workers} workers active ${ASSUMPTIONS.workingDays} days, ${scenario.pageViews} page views, 3 feeds polled every ${ASSUMPTIONS.feedPollMinutes} min, files and items kept ${ASSUMPTIONS.keptYears} years.`,
    `Assumptions (scenario.ts): ${Object.entries(ASSUMPTIONS)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    `From the templates: ${p.webAcls} web ACL with ${p.wafRules} rules + ${fixed.perCommune.wafRules} a commune, ${p.alarms} alarms reading ${p.alarmMetrics} metrics, ${p.secrets} secret, ${p.kmsKeys} KMS key; ${Object.keys(fixed.functionMemoryMb).length} functions on ${fixed.architectures.join(', ')} with ${[...new Set(Object.values(fixed.functionMemoryMb))].join(', ')} MB; user pools: staff ${fixed.poolTiers.staff}, citizens ${fixed.poolTiers.citizens}; logs kept ${fixed.logRetentionDays} days.`,
    `Measured: each action once to warm up, then ${measured.samples} times (averages below); DynamoDB transactions counted by AWS's rule (meter.ts); page views ${measured.pageViewSource}.`,
    '',
    'One occurrence of each action:',
    ...actionLines(scenario, measured.actions),
    '',
    'The yearly bill per commune, in euros, the platform shared by 1, 10 or 200 communes (fixed items divided among them):',
    ...billLines(bills),
    '',
    `total: ${euros(asked.eurPerCommune)} per commune per year (${scenario.communes} commune${scenario.communes > 1 ? 's' : ''})`,
  ];
  console.log(out.join('\n'));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
