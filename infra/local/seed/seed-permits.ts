/**
 * Files the demo permit requests through the local HTTP API, as a requester and the commune's agents
 * would: submitted, reviewed, sent for opinions, approved and issued, so the staff inbox, the documents
 * and the map have something real to show.
 */
import { addDays, earliestStart, type CommuneConfig } from '@tandem/shared';
import { clock } from '../../../functions/src/lib/clock.js';
import { DEMO_PERMITS, demoPdf } from './demo-permits.js';
import type { Logger } from '../util/log.js';

async function call(base: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

async function uploadPdf(base: string, commune: string, bytes: Buffer): Promise<string> {
  const t = await call(base, 'POST', `/api/${commune}/uploads`, { purpose: 'document', contentType: 'application/pdf', size: bytes.length });
  const form = new FormData();
  for (const [k, v] of Object.entries(t.fields as Record<string, string>)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'assurance.pdf');
  const res = await fetch(String(t.url), { method: 'POST', body: form });
  if (res.status >= 300) throw new Error(`upload → ${res.status}`);
  return String(t.key);
}

export async function seedDemoPermits(base: string, communes: CommuneConfig[], password: string, log: Logger): Promise<void> {
  const today = clock.today();
  for (const commune of communes) {
    const cfg = commune.permits;
    const demos = DEMO_PERMITS[commune.id] ?? [];
    if (!cfg || !demos.length) continue;
    const tokenFor = async (department: string) => {
      const account = commune.demoAccounts.find((a) => a.departments.includes(department)) ?? commune.demoAccounts.find((a) => a.role === 'admin');
      if (!account) throw new Error(`no demo account for ${department}`);
      const t = await call(base, 'POST', `/api/${commune.id}/auth/login`, { username: account.username, password });
      return { authorization: `Bearer ${String(t.idToken)}` };
    };
    for (const [i, d] of demos.entries()) {
      const start = addDays(earliestStart(cfg, d.kind, d.details, today), d.startOffsetDays);
      const attachments = d.insurance ? [{ type: 'insurance', key: await uploadPdf(base, commune.id, demoPdf('Attestation d assurance RC - demo')), name: 'attestation-assurance.pdf' }] : [];
      const details = { ...d.details, period: { start, end: addDays(start, d.lengthDays - 1) }, attachments };
      const created = await call(base, 'POST', `/api/${commune.id}/permits`, { kind: d.kind, details, requester: d.requester, locale: 'fr' }, { 'idempotency-key': `demo-permit-${commune.id}-${i}` });
      const code = String(created.code);
      let version = Number(created.version);
      const handler = await tokenFor(cfg[d.kind].handlingDepartment);
      for (const step of d.steps) {
        const res = await call(base, 'POST', `/api/${commune.id}/staff/permits/${code}/transitions`, { ...step, version }, handler);
        version = Number(res.version);
      }
      for (const o of d.opinions ?? []) {
        await call(base, 'POST', `/api/${commune.id}/staff/permits/${code}/opinions/${o.department}`, { verdict: o.verdict, text: o.text ?? '' }, await tokenFor(o.department));
      }
    }
    log.info(`${commune.name}: ${demos.length} demandes d’autorisation de démonstration`);
  }
}
