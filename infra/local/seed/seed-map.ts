/** Publishes the demo map items through the local staff API, dated from today, so the map and every feed show data. */
import { addDays, type CommuneConfig } from '@tandem/shared';
import { clock } from '../../../functions/src/lib/clock.js';
import { DEMO_MAP_ITEMS } from './demo-map.js';
import type { Logger } from '../util/log.js';

export async function seedDemoMap(base: string, communes: CommuneConfig[], password: string, log: Logger): Promise<void> {
  const today = clock.today();
  for (const commune of communes) {
    const demos = DEMO_MAP_ITEMS[commune.id] ?? [];
    const agent = commune.demoAccounts.find((a) => a.role === 'agent');
    if (!demos.length || !agent) continue;
    const login = await fetch(`${base}/api/${commune.id}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: agent.username, password }) });
    const { idToken } = (await login.json()) as { idToken: string };
    const ids: string[] = [];
    for (const [i, d] of demos.entries()) {
      const { days, hours, weekdays, causedBy, ...rest } = d;
      const body = {
        ...rest, ...(causedBy !== undefined ? { causedBy: ids[causedBy] } : {}),
        period: {
          start: addDays(today, days[0]), end: addDays(today, days[1]),
          ...(hours ? { startTime: hours[0], endTime: hours[1] } : {}),
          ...(weekdays && hours ? { schedule: { days: weekdays, from: hours[0], to: hours[1] } } : {}),
        },
      };
      const res = await fetch(`${base}/api/${commune.id}/staff/map/items`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}`, 'idempotency-key': `demo-map-${commune.id}-${i}` }, body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`map item ${i} → ${res.status}: ${(await res.text()).slice(0, 300)}`);
      ids.push(((await res.json()) as { id: string }).id);
    }
    log.info(`${commune.name}: ${demos.length} éléments de carte de démonstration`);
  }
}
