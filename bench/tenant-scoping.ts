/**
 * What tenant isolation costs on one machine (docs/tenant-isolation.md), side by side in one run, through the
 * local API: a staff read (GET staff/reports/{code}) and a report creation, with commune-scoped credentials (the
 * local IAM evaluating the tenant statements, LeadingKeys on every key) and without (no local IAM and no tenant
 * sessions: the clients the handlers used before). Blocks of each mode alternate, so drift of the machine hits both.
 * And the first request after a container's clients are new (cold per commune: new clients, new connections,
 * and with scoping the commune's tenant session). There is no STS locally: the cloud's AssumeRole is estimated in
 * the docs, not measured here.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { installLocalAccessCheck, installTenantCredentials, resetClients } from '../functions/src/lib/aws.js';
import { installLocalIam } from '../infra/local/iam/local-iam.js';
import { localTenantSessions } from '../infra/local/iam/tenant-credentials.js';
import { startPlatform } from '../infra/local/platform.js';
import { ms, pct } from './stats.js';

type Mode = 'scoped' | 'unscoped';

function setMode(mode: Mode): void {
  if (mode === 'scoped') installLocalIam();
  else {
    installLocalAccessCheck(undefined);
    installTenantCredentials(undefined);
  }
}

export interface ScopingFigures {
  read: Record<Mode, number[]>;
  create: Record<Mode, number[]>;
  firstRead: Record<Mode, number[]>;
  /** Tenant sessions the local provider issued for the cold samples (one per commune per fresh container). */
  coldSessions: number;
}

export async function benchTenantScoping(base: string, demoPassword: string, n: number): Promise<ScopingFigures> {
  const login = await fetch(`${base}/api/soignies/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'agent@soignies.example', password: demoPassword }),
  });
  const { idToken } = (await login.json()) as { idToken: string };
  const staff = { authorization: `Bearer ${idToken}` };
  const report = (i: number) =>
    JSON.stringify({
      category: 'voirie',
      location: { lat: 50.5794 + (i % 50) * 1e-5, lng: 4.0714 },
      description: `Banc de mesure (isolation) numéro ${i}, trou dans la chaussée`,
      answers: { taille: 'petit' },
      email: 'bench@example.org',
    });
  const create = async (i: number) => {
    const r = await fetch(`${base}/api/soignies/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: report(i),
    });
    return ((await r.json()) as { code: string }).code;
  };
  const codes: string[] = [];
  for (let i = 0; i < 20; i++) codes.push(await create(i));
  const read = (i: number) =>
    fetch(`${base}/api/soignies/staff/reports/${codes[i % codes.length]}`, { headers: staff }).then((r) => r.text());

  const out: ScopingFigures = {
    read: { scoped: [], unscoped: [] },
    create: { scoped: [], unscoped: [] },
    firstRead: { scoped: [], unscoped: [] },
    coldSessions: 0,
  };
  const BLOCK = 50;
  const rounds = Math.max(1, Math.ceil(n / BLOCK));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const mode of ['scoped', 'unscoped'] as const) {
        setMode(mode);
        for (let i = 0; i < 5; i++) await read(i); // warm this mode's clients
        for (let i = 0; i < BLOCK; i++) {
          const t0 = performance.now();
          await read(i);
          out.read[mode].push(performance.now() - t0);
        }
        for (let i = 0; i < BLOCK; i++) {
          const t0 = performance.now();
          await create(round * BLOCK + i);
          out.create[mode].push(performance.now() - t0);
        }
      }
    }
    // Cold per commune: a fresh container's first staff read (the commune's registration stays cached, as in a warm
    // container whose tenant session has just been renewed).
    for (let i = 0; i < 20; i++) {
      for (const mode of ['scoped', 'unscoped'] as const) {
        setMode(mode);
        resetClients();
        const before = localTenantSessions();
        const t0 = performance.now();
        await read(i);
        out.firstRead[mode].push(performance.now() - t0);
        if (mode === 'scoped') out.coldSessions += localTenantSessions() - before;
      }
    }
  } finally {
    setMode('scoped');
  }
  return out;
}

/** The bench's lines for these figures; `row` formats one measurement (label, p50, p99). */
export function scopingLines(f: ScopingFigures, row: (label: string, samples: number[]) => string): string[] {
  return [
    '',
    'Tenant isolation (local: the local IAM and tenant sessions on, or both off; no STS on one machine)',
    '                              p50         p99',
    row('staff read, scoped', f.read.scoped),
    row('staff read, unscoped', f.read.unscoped),
    row('create-report, scoped', f.create.scoped),
    row('create-report, unscoped', f.create.unscoped),
    `${row('first read, scoped', f.firstRead.scoped)}   (fresh clients; ${f.coldSessions} tenant sessions for ${f.firstRead.scoped.length} reads)`,
    row('first read, unscoped', f.firstRead.unscoped),
    'In Lambda, add one STS AssumeRole per commune per container per hour: an estimate, see docs/tenant-isolation.md.',
  ];
}

/** `tsx bench/tenant-scoping.ts`: this part alone (the whole bench builds the site and the bundles first). */
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const n = Number(process.env.BENCH_N ?? 300);
  const platform = await startPlatform({ quiet: true, streams: false, rateLimits: 'test' });
  try {
    const f = await benchTenantScoping(platform.url, platform.demoPassword, n);
    console.log(`Tandem bench (tenant isolation) — ${new Date().toISOString()} — Node ${process.version}, N=${n}`);
    console.log(
      scopingLines(f, (label, xs) => `${label.padEnd(28)}${ms(pct(xs, 50)).padStart(10)}  ${ms(pct(xs, 99)).padStart(10)}`).join('\n'),
    );
  } finally {
    await platform.stop();
  }
}
