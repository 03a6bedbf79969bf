/**
 * `npm start` killed with SIGKILL at several points (while provisioning, in the middle of the demo reports,
 * of the permit requests, of the map items), then started again: the last start completes the demo data,
 * every demo item of both communes exists exactly once, and the stand-ins the killed starts left behind
 * are stopped. Real `start.ts` processes on a temporary data directory, free ports and an empty site.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_REPORTS } from './seed/demo-data.js';
import { DEMO_PERMITS } from './seed/demo-permits.js';
import { DEMO_MAP_ITEMS } from './seed/demo-map.js';
import { DEMO_WORK_ORDER } from './seed/demo-work.js';
import { loadCommuneConfigs } from './provision/communes.js';
import { DEMO_PASSWORD } from './provision/identity.js';
import { dataPaths, REPO_ROOT } from './util/paths.js';
import { demoTotpCode } from './provision/demo-totp.js';
import { runs, stopStale } from './util/children.js';

const root = mkdtempSync(join(tmpdir(), 'tandem-resume-'));
const paths = dataPaths(join(root, 'data'));
const webDist = join(root, 'web');
mkdirSync(webDist);
const live = new Set<ChildProcess>();
const PID_FILES = [
  { file: join(paths.dynamodb, 'dynamodb-local.pid'), marker: 'DynamoDBLocal.jar' },
  { file: join(paths.cognito, 'cognito-local.pid'), marker: 'cognito-local' },
];

interface StartRun {
  child: ChildProcess;
  log(): string;
  /** Resolves with the first log line matching `pattern`. */
  waitFor(pattern: RegExp): Promise<string>;
  exited: Promise<void>;
}

function start(): StartRun {
  const child = spawn(process.execPath, ['--import', 'tsx', join('infra', 'local', 'start.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      TANDEM_DATA_DIR: paths.root,
      PORT: '0',
      TANDEM_WEB_DIST: webDist,
      TANDEM_LOCAL_QUIET: '',
      TANDEM_LOCAL_DEBUG: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let out = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const onData = (b: Buffer) => {
    out += b.toString();
    for (const w of [...waiters]) {
      const line = out.split('\n').find((l) => w.pattern.test(l));
      if (line) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<void>((r) =>
    child.once('exit', () => {
      live.delete(child);
      r();
    }),
  );
  return {
    child,
    exited,
    log: () => out,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        onData(Buffer.alloc(0));
        exited.then(() => reject(new Error(`start exited before ${pattern}:\n${out.slice(-3000)}`)));
      }),
  };
}

/** SIGKILLs the start as soon as it logs a line matching `pattern`; returns the stand-ins it orphaned. */
async function killAt(pattern: RegExp): Promise<{ pid: number; marker: string }[]> {
  const run = start();
  await run.waitFor(pattern);
  run.child.kill('SIGKILL');
  await run.exited;
  const orphans = PID_FILES.filter((o) => existsSync(o.file)).map((o) => ({ pid: Number(readFileSync(o.file, 'utf8')), marker: o.marker }));
  expect(orphans.some((o) => runs(o.pid, o.marker))).toBe(true); // SIGKILL leaves them running
  return orphans;
}

async function staffGet<T>(url: string, commune: string, path: string): Promise<T> {
  const admin = loadCommuneConfigs()
    .find((c) => c.id === commune)!
    .demoAccounts.find((a) => a.role === 'admin')!;
  const login = await fetch(`${url}/api/${commune}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: admin.username, password: DEMO_PASSWORD }),
  });
  let answer = (await login.json()) as { step: string; idToken?: string; session?: string };
  if (answer.step === 'totp') {
    // Demo admins pass a TOTP challenge: the code of the demo secret this start keeps in its data folder.
    const code = demoTotpCode(paths.identity, admin.username);
    const second = await fetch(`${url}/api/${commune}/auth/totp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: admin.username, session: answer.session, code }),
    });
    answer = (await second.json()) as typeof answer;
  }
  const { idToken } = answer;
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${idToken}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

const tally = (values: string[]) => {
  const t: Record<string, number> = {};
  for (const v of values) t[v] = (t[v] ?? 0) + 1;
  return t;
};
const once = (values: string[]) => Object.fromEntries(values.map((v) => [v, 1]));

afterAll(async () => {
  for (const c of live) c.kill('SIGKILL');
  await Promise.all([...live].map((c) => new Promise((r) => c.once('exit', r))));
  for (const p of PID_FILES) stopStale(p.file, p.marker); // whatever a failed run left behind
  rmSync(root, { recursive: true, force: true });
});

describe('npm start killed at any step', () => {
  it('completes the demo data at the next start, each item once, and stops the orphaned stand-ins', async () => {
    const orphans = [
      ...(await killAt(/^\[tandem\] DynamoDB Local/)), // stand-ins up, provisioning under way
      ...(await killAt(/signalement de démonstration 2\/4/)),
      ...(await killAt(/demande d’autorisation de démonstration 1\//)),
      ...(await killAt(/élément de carte de démonstration 2\/5/)),
    ];

    const last = start();
    const url = (await last.waitFor(/^Tandem tourne sur /)).match(/http:\/\/\S+/)![0];
    expect(last.log()).not.toMatch(/failed|Données de démonstration incomplètes/);
    for (const o of orphans) expect(runs(o.pid, o.marker), `orphan ${o.marker} ${o.pid}`).toBe(false);

    for (const commune of ['soignies', 'braine-le-comte']) {
      const reports = (
        await staffGet<{ items: { description: string; state: string }[] }>(url, commune, `/api/${commune}/staff/reports?limit=100`)
      ).items;
      const demoReports = DEMO_REPORTS[commune];
      // The demo reports, and the report the field app's demo work order was made from (seeded with the work).
      const workOrderReport = DEMO_WORK_ORDER[commune].report.description;
      expect(tally(reports.map((r) => r.description))).toEqual(once([...demoReports.map((r) => r.description), workOrderReport]));
      for (const d of demoReports) {
        const lastMove = d.steps.filter((s) => s.to).at(-1)?.to ?? 'new';
        expect(reports.find((r) => r.description === d.description)!.state, d.description).toBe(lastMove);
      }

      const permits = (
        await staffGet<{ items: { kind: string; placeLabel: string; state: string }[] }>(
          url,
          commune,
          `/api/${commune}/staff/permits?view=all&limit=100`,
        )
      ).items;
      const demoPermits = DEMO_PERMITS[commune];
      const place = (d: (typeof demoPermits)[number]) => `${d.kind}|${(d.details.place as { label: string }).label}`;
      expect(tally(permits.map((p) => `${p.kind}|${p.placeLabel}`))).toEqual(once(demoPermits.map(place)));
      for (const d of demoPermits) {
        expect(permits.find((p) => `${p.kind}|${p.placeLabel}` === place(d))!.state, place(d)).toBe(d.steps.at(-1)?.to ?? 'submitted');
      }

      const items = (
        await staffGet<{ items: { properties: { title: string; source: { type: string } } }[] }>(
          url,
          commune,
          `/api/${commune}/staff/map/items`,
        )
      ).items;
      const staffTitles = items.filter((i) => i.properties.source.type === 'staff').map((i) => i.properties.title);
      expect(tally(staffTitles)).toEqual(once(DEMO_MAP_ITEMS[commune].map((d) => d.title)));
    }

    last.child.kill('SIGTERM');
    await last.exited;
  }, 240_000);
});
