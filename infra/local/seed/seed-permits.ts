/**
 * Files the demo permit requests through the local HTTP API, as a requester and the commune's agents
 * would: submitted, reviewed, sent for opinions, approved and issued, so the staff inbox, the documents
 * and the map have something real to show. Resumable: a demo request is recognised by its kind and place
 * among the requests that exist, and its staff moves resume from the state found.
 */
import { addDays, earliestStart, type CommuneConfig, type PermitState } from '@tandem/shared';
import { DEMO_PERMITS, demoPdf, type DemoPermit } from './demo-permits.js';
import { demoKey, type SeedClient } from './seed-client.js';
import { clock } from '../../../functions/src/lib/clock.js';
import type { Logger } from '../util/log.js';

/** How many staff moves are done, seen from the state found; a state the moves do not lead to (moved on by
 * the scheduler, or by someone) counts as done, so the seeder never forces a move. */
export function permitStepsDone(steps: DemoPermit['steps'], state: PermitState): number {
  if (state === 'submitted') return 0;
  const at = steps.map((s) => s.to).lastIndexOf(state);
  return at === -1 ? steps.length : at + 1;
}

const identity = (kind: string, placeLabel: string) => `${kind}|${placeLabel}`;

/** Seeds one commune's demo permit requests (what is missing of them); returns their codes. */
export async function seedCommunePermits(client: SeedClient, commune: CommuneConfig, password: string, log: Logger): Promise<string[]> {
  const cfg = commune.permits;
  const demos = DEMO_PERMITS[commune.id] ?? [];
  if (!cfg || !demos.length) return [];
  const c = commune.id;
  const tokens = new Map<string, Promise<Record<string, string>>>();
  const tokenFor = (department?: string) => {
    const account =
      (department && commune.demoAccounts.find((a) => a.departments.includes(department))) ||
      commune.demoAccounts.find((a) => a.role === 'admin');
    if (!account) throw new Error(`no demo account for ${department ?? 'admin'}`);
    if (!tokens.has(account.username)) tokens.set(account.username, client.signIn(c, account.username, password));
    return tokens.get(account.username)!;
  };
  const existing = new Map<string, string>();
  for (const p of await client.all<{ code: string; kind: string; placeLabel: string }>(
    `/api/${c}/staff/permits?view=all&limit=100`,
    await tokenFor(),
  )) {
    existing.set(identity(p.kind, p.placeLabel), p.code);
  }

  const today = clock.today();
  const codes: string[] = [];
  for (const [i, d] of demos.entries()) {
    let code = existing.get(identity(d.kind, String((d.details.place as { label: string }).label)));
    if (!code) {
      const start = addDays(earliestStart(cfg, d.kind, d.details, today), d.startOffsetDays);
      const attachments = d.insurance
        ? [
            {
              type: 'insurance',
              key: await client.upload(c, demoPdf('Attestation d assurance RC - demo'), 'application/pdf', 'assurance.pdf'),
              name: 'attestation-assurance.pdf',
            },
          ]
        : [];
      const details = { ...d.details, period: { start, end: addDays(start, d.lengthDays - 1) }, attachments };
      const body = { kind: d.kind, details, requester: d.requester, locale: 'fr' };
      // The key leaves out the upload's random key: a retry after a lost answer must meet the same record.
      const keyed = { ...body, details: { ...details, attachments: attachments.map((a) => a.type) } };
      code = (await client.call<{ code: string }>('POST', `/api/${c}/permits`, body, { 'idempotency-key': demoKey('permit', c, i, keyed) }))
        .code;
    }
    codes.push(code);
    const handler = await tokenFor(cfg[d.kind].handlingDepartment);
    const view = await client.call<{ state: PermitState; version: number; opinions: { department: string; status: string }[] }>(
      'GET',
      `/api/${c}/staff/permits/${code}`,
      undefined,
      handler,
    );
    let version = view.version;
    for (const step of d.steps.slice(permitStepsDone(d.steps, view.state))) {
      version = (
        await client.call<{ version: number }>('POST', `/api/${c}/staff/permits/${code}/transitions`, { ...step, version }, handler)
      ).version;
    }
    const given = new Set(view.opinions.filter((o) => o.status !== 'pending').map((o) => o.department));
    for (const o of d.opinions ?? []) {
      if (given.has(o.department)) continue;
      await client.call(
        'POST',
        `/api/${c}/staff/permits/${code}/opinions/${o.department}`,
        { verdict: o.verdict, text: o.text ?? '' },
        await tokenFor(o.department),
      );
    }
    log.info(`${commune.name} : demande d’autorisation de démonstration ${i + 1}/${demos.length} (${code})`);
  }
  return codes;
}
