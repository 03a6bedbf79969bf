/**
 * Files the demo reports through the local HTTP API, as a citizen and an agent would, so that every
 * report has its real timeline (and the stream, bus and notifier see the same events as in use).
 * Resumable: a demo report is recognised by its description among the reports that exist, and its
 * staff steps resume after the last one its timeline shows.
 */
import type { CommuneConfig, TimelineEntry } from '@tandem/shared';
import { DEMO_REPORTS, type DemoStep } from './demo-data.js';
import { demoKey, type SeedClient } from './seed-client.js';
import type { Logger } from '../util/log.js';

/** How many of the steps the timeline already shows, in order. */
export function reportStepsDone(steps: DemoStep[], timeline: TimelineEntry[]): number {
  let done = 0;
  for (const t of [...timeline].sort((a, b) => a.at.localeCompare(b.at))) {
    const step = steps[done];
    if (!step) break;
    if (step.update ? t.kind === 'public_update' && t.message === step.update : t.kind === 'state_changed' && t.to === step.to) done++;
  }
  return done;
}

/** Seeds one commune's demo reports (what is missing of them); returns their tracking codes. */
export async function seedCommuneReports(client: SeedClient, commune: CommuneConfig, password: string, log: Logger): Promise<string[]> {
  const reports = DEMO_REPORTS[commune.id] ?? [];
  const agent = commune.demoAccounts.find((a) => a.role === 'agent');
  if (!reports.length || !agent) return [];
  const c = commune.id;
  const auth = await client.signIn(c, agent.username, password);
  // A report is moved on by its department's agent (the role matrix), else by the admin.
  const signedIn = new Map<string, Record<string, string>>([[agent.username, auth]]);
  const handlerOf = async (category: string) => {
    const department = commune.categories.find((x) => x.code === category)?.department;
    const account =
      commune.demoAccounts.find((a) => a.role === 'agent' && department !== undefined && a.departments.includes(department)) ??
      commune.demoAccounts.find((a) => a.role === 'admin') ??
      agent;
    let token = signedIn.get(account.username);
    if (!token) {
      token = await client.signIn(c, account.username, password);
      signedIn.set(account.username, token);
    }
    return token;
  };
  const existing = new Map<string, string>();
  for (const r of await client.all<{ code: string; description: string }>(`/api/${c}/staff/reports?limit=100`, auth))
    existing.set(r.description, r.code);

  const codes: string[] = [];
  for (const [i, r] of reports.entries()) {
    let code = existing.get(r.description);
    if (!code) {
      const body = {
        category: r.category,
        location: r.location,
        address: r.address,
        description: r.description,
        answers: r.answers ?? {},
        ...(r.email ? { email: r.email } : {}),
        locale: 'fr',
      };
      code = (await client.call<{ code: string }>('POST', `/api/${c}/reports`, body, { 'idempotency-key': demoKey('report', c, i, body) }))
        .code;
    }
    codes.push(code);
    if (r.steps.length) {
      const handler = await handlerOf(r.category);
      const view = await client.call<{ version: number; timeline: TimelineEntry[] }>(
        'GET',
        `/api/${c}/staff/reports/${code}`,
        undefined,
        handler,
      );
      let version = view.version;
      for (const step of r.steps.slice(reportStepsDone(r.steps, view.timeline))) {
        const res = step.update
          ? await client.call<{ version: number }>(
              'POST',
              `/api/${c}/staff/reports/${code}/updates`,
              { text: step.update, public: true, version },
              handler,
            )
          : await client.call<{ version: number }>(
              'POST',
              `/api/${c}/staff/reports/${code}/transitions`,
              { to: step.to, version, ...(step.message ? { message: step.message } : {}) },
              handler,
            );
        version = res.version;
      }
    }
    log.info(`${commune.name} : signalement de démonstration ${i + 1}/${reports.length} (${code})`);
  }
  return codes;
}
