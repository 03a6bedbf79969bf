/** The printed bill: the measured actions, then the itemised yearly bill per commune for several platform sizes. Pure. */
import type { Bill } from './model.js';
import { EUR_PER_USD, PRICES, type PriceName } from './prices-eu-west-1.js';
import type { Scenario } from './scenario.js';
import { ACTIONS } from './scenario.js';
import { type Usage, lambdaTotals } from './usage.js';

/** How a price's quantity is written: per unit, per thousand, per ten thousand, per million. */
const PER: Record<number, string> = { 1: '', 1000: '/k', 10000: '/10k', 1e6: '/M' };
const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const num = (n: number, digits = 1) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const euros = (n: number) => `€ ${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function table(head: string[], rows: string[][], left = 1): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** One row per action: how often a year, and what one occurrence consumed. */
export function actionLines(s: Scenario, measured: Record<string, Usage>): string[] {
  const rows = Object.entries(ACTIONS).map(([name, def]) => {
    const u = measured[name];
    const l = lambdaTotals(u);
    const a = u.amounts;
    return [
      name,
      int(def.perYear(s)),
      num(l.invocations),
      num(l.billedMs, 0),
      num(a.ddbReadUnits),
      num(a.ddbWriteUnits),
      num(a.s3PutRequests + a.s3GetRequests),
      num(a.events),
      num(a.mails),
      num(a.wsFanOutMessages),
      num((a.logBytes + a.logEvents * 26) / 1024),
      num(a.cdnBytes / 1024),
    ];
  });
  return table(
    ['action', 'a year', 'Lambda', 'ms billed', 'read u.', 'write u.', 'S3 req.', 'events', 'mails', 'ws posts', 'log KB', 'out KB'],
    rows,
  );
}

/** The bill for each platform size, per commune a year, in euros: one column per size. */
export function billLines(bills: Bill[]): string[] {
  const keys: { service: string; item: string; price: PriceName }[] = [];
  for (const b of bills) for (const l of b.lines) if (!keys.some((k) => k.item === l.item && k.price === l.price)) keys.push(l);
  const eur = (b: Bill, k: (typeof keys)[number]) => {
    const l = b.lines.find((x) => x.item === k.item && x.price === k.price);
    return l ? (l.usd / b.communes) * EUR_PER_USD.rate : 0;
  };
  const first = bills[0];
  // The biggest items first (on the first platform size).
  const rows = keys
    .map((k) => ({ k, size: eur(first, k) }))
    .sort((a, b) => b.size - a.size)
    .map(({ k }) => {
      const l = first.lines.find((x) => x.item === k.item && x.price === k.price);
      const units = l ? l.units / first.communes : 0;
      const p = PRICES[k.price];
      return [
        k.service,
        k.item,
        units >= 100 ? int(units) : num(units, 2),
        `$${p.usd}${PER[p.per] ?? `/${int(p.per)}`}`,
        ...bills.map((b) => euros(eur(b, k))),
      ];
    });
  const head = [
    'service',
    'item',
    `units (${first.communes === 1 ? 'a commune' : `a commune of ${first.communes}`})`,
    'price',
    ...bills.map((b) => `${b.communes} commune${b.communes > 1 ? 's' : ''}`),
  ];
  const total = ['total', 'per commune per year', '', '', ...bills.map((b) => euros(b.eurPerCommune))];
  const free = ['', 'with AWS’s always-free allowances', '', '', ...bills.map((b) => euros(b.eurPerCommuneWithFreeTiers))];
  return table(head, [...rows, total, free], 2);
}
