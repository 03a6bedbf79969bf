/**
 * Publishes the demo map items through the local staff API, dated from today, so the map and every feed
 * show data. Resumable: a demo item is recognised by its title among the staff items that exist.
 */
import { addDays, type CommuneConfig } from '@tandem/shared';
import { clock } from '../../../functions/src/lib/clock.js';
import { DEMO_MAP_ITEMS } from './demo-map.js';
import { demoKey, type SeedClient } from './seed-client.js';
import type { Logger } from '../util/log.js';

interface StaffMapItem {
  id: string;
  properties: { title: string; source: { type: string } };
}

/** Seeds one commune's demo map items (what is missing of them); returns their ids. */
export async function seedCommuneMap(client: SeedClient, commune: CommuneConfig, password: string, log: Logger): Promise<string[]> {
  const demos = DEMO_MAP_ITEMS[commune.id] ?? [];
  const agent = commune.demoAccounts.find((a) => a.role === 'agent');
  if (!demos.length || !agent) return [];
  const c = commune.id;
  const auth = await client.signIn(c, agent.username, password);
  const { items } = await client.call<{ items: StaffMapItem[] }>('GET', `/api/${c}/staff/map/items`, undefined, auth);
  const existing = new Map(items.filter((i) => i.properties.source.type === 'staff').map((i) => [i.properties.title, i.id]));

  const today = clock.today();
  const ids: string[] = [];
  for (const [i, d] of demos.entries()) {
    let id = existing.get(d.title);
    if (!id) {
      const { days, hours, weekdays, causedBy, ...rest } = d;
      const body = {
        ...rest,
        ...(causedBy !== undefined ? { causedBy: ids[causedBy] } : {}),
        period: {
          start: addDays(today, days[0]),
          end: addDays(today, days[1]),
          ...(hours ? { startTime: hours[0], endTime: hours[1] } : {}),
          ...(weekdays && hours ? { schedule: { days: weekdays, from: hours[0], to: hours[1] } } : {}),
        },
      };
      id = (
        await client.call<{ id: string }>('POST', `/api/${c}/staff/map/items`, body, {
          ...auth,
          'idempotency-key': demoKey('map', c, i, body),
        })
      ).id;
    }
    ids.push(id);
    log.info(`${commune.name} : élément de carte de démonstration ${i + 1}/${demos.length} (${id})`);
  }
  return ids;
}
