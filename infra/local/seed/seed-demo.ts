/**
 * The demo data of `npm start`, in steps: reports, then permit requests, then map items, then the staff workspace
 * (projects and tasks), then the illustrative address registers, then the practical notices, commune by commune. A step that completes is recorded in the state file and not run again (so an item someone
 * deleted stays deleted); a step that was interrupted (Ctrl-C, SIGKILL, a failure) runs again at the next
 * start and completes what is missing: each seeder looks up what exists before it creates anything.
 */
import type { CommuneConfig } from '@tandem/shared';
import { seedCommuneReports } from './seed-reports.js';
import { seedCommunePermits } from './seed-permits.js';
import { seedCommuneMap } from './seed-map.js';
import { seedCommuneWork } from './seed-work.js';
import { seedCommuneAddresses } from './seed-addresses.js';
import { seedCommuneNews } from './seed-news.js';
import { seedCommuneCollections } from './seed-collections.js';
import type { SeedClient } from './seed-client.js';
import { isSeeded, readState, updateState } from '../provision/state.js';
import type { Logger } from '../util/log.js';

type Seeder = (client: SeedClient, commune: CommuneConfig, password: string, log: Logger) => Promise<string[]>;
export const SEED_PHASES: [string, Seeder][] = [
  ['reports', seedCommuneReports],
  ['permits', seedCommunePermits],
  ['map', seedCommuneMap],
  ['work', seedCommuneWork],
  ['addresses', seedCommuneAddresses],
  ['news', seedCommuneNews],
  ['collections', seedCommuneCollections],
];

export interface SeedOutcome {
  /** Tracking codes of the demo reports seeded or completed in this run, per commune. */
  reports: Record<string, string[]>;
  /** Steps that failed (they run again at the next start). */
  failed: string[];
}

export async function seedDemo(
  client: SeedClient,
  stateFile: string,
  communes: CommuneConfig[],
  password: string,
  log: Logger,
): Promise<SeedOutcome> {
  const outcome: SeedOutcome = { reports: {}, failed: [] };
  for (const [phase, seed] of SEED_PHASES) {
    for (const commune of communes) {
      const step = `${phase}:${commune.id}`;
      if (isSeeded(readState(stateFile), step)) continue;
      try {
        const done = await seed(client, commune, password, log);
        if (phase === 'reports') outcome.reports[commune.id] = done;
        updateState(stateFile, (s) => {
          s.seeded = { ...s.seeded, [step]: true };
        });
      } catch (e) {
        outcome.failed.push(step);
        log.error(`seeding ${step} failed; the next start completes it`, e);
      }
    }
  }
  return outcome;
}
