/**
 * Publishes the demo practical notices through the local staff API, dated from the start's today (the clock the
 * start was given), so the home page, « Actualités » and the Atom feed show data. Resumable: a demo notice is
 * recognised by its title among the staff's notices.
 */
import { addDays, type CommuneConfig } from '@tandem/shared';
import { clock } from '../../../functions/src/lib/clock.js';
import { DEMO_NEWS } from './demo-news.js';
import { demoKey, type SeedClient } from './seed-client.js';
import type { Logger } from '../util/log.js';

/** Seeds one commune's demo notices (what is missing of them); returns their ids. */
export async function seedCommuneNews(client: SeedClient, commune: CommuneConfig, password: string, log: Logger): Promise<string[]> {
  const demos = DEMO_NEWS[commune.id] ?? [];
  const agent = commune.demoAccounts.find((a) => a.role === 'agent');
  if (!demos.length || !agent) return [];
  const c = commune.id;
  const auth = await client.signIn(c, agent.username, password);
  const { items } = await client.call<{ items: { id: string; title: string }[] }>('GET', `/api/${c}/staff/news`, undefined, auth);
  const existing = new Map(items.map((n) => [n.title, n.id]));

  const today = clock.today();
  const ids: string[] = [];
  for (const [i, d] of demos.entries()) {
    let id = existing.get(d.title);
    if (!id) {
      const { days, ...rest } = d;
      const body = { ...rest, from: addDays(today, days[0]), ...(days[1] !== undefined ? { until: addDays(today, days[1]) } : {}) };
      id = (
        await client.call<{ id: string }>('POST', `/api/${c}/staff/news`, body, { ...auth, 'idempotency-key': demoKey('news', c, i, body) })
      ).id;
    }
    ids.push(id);
    log.info(`${commune.name} : avis de démonstration ${i + 1}/${demos.length} (${id})`);
  }
  return ids;
}
