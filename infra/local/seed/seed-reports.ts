/**
 * Files the demo reports through the local HTTP API, as a citizen and an agent would, so that every
 * report has its real timeline (and the stream, bus and notifier see the same events as in use).
 */
import type { CommuneConfig } from '@tandem/shared';
import { DEMO_REPORTS } from './demo-data.js';
import type { Logger } from '../util/log.js';

async function call(base: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, {
    method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

export interface SeedResult {
  /** Tracking codes per commune. */
  codes: Record<string, string[]>;
}

export async function seedDemoReports(base: string, communes: CommuneConfig[], password: string, log: Logger): Promise<SeedResult> {
  const codes: Record<string, string[]> = {};
  for (const commune of communes) {
    const reports = DEMO_REPORTS[commune.id] ?? [];
    const agent = commune.demoAccounts.find((a) => a.role === 'agent');
    if (!reports.length || !agent) continue;
    const tokens = await call(base, 'POST', `/api/${commune.id}/auth/login`, { username: agent.username, password });
    const auth = { authorization: `Bearer ${String(tokens.idToken)}` };
    codes[commune.id] = [];
    for (const [i, r] of reports.entries()) {
      const created = await call(base, 'POST', `/api/${commune.id}/reports`, {
        category: r.category, location: r.location, address: r.address, description: r.description,
        answers: r.answers ?? {}, ...(r.email ? { email: r.email } : {}), locale: 'fr',
      }, { 'idempotency-key': `demo-seed-${commune.id}-${i}` });
      const code = String(created.code);
      codes[commune.id].push(code);
      if (!r.steps.length) continue;
      const staffView = await fetch(`${base}/api/${commune.id}/staff/reports/${code}`, { headers: auth });
      if (!staffView.ok) throw new Error(`GET staff report ${code} → ${staffView.status}`);
      let version = Number(((await staffView.json()) as { version: number }).version);
      for (const step of r.steps) {
        const res = step.update
          ? await call(base, 'POST', `/api/${commune.id}/staff/reports/${code}/updates`, { text: step.update, public: true, version }, auth)
          : await call(base, 'POST', `/api/${commune.id}/staff/reports/${code}/transitions`, { to: step.to, version, ...(step.message ? { message: step.message } : {}) }, auth);
        version = Number(res.version);
      }
    }
    log.info(`${commune.name}: ${reports.length} signalements de démonstration`);
  }
  return { codes };
}
