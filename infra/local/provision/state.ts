/**
 * A small state file in the data directory: the ids cognito-local gave to each commune's pools and clients,
 * and which seeding steps are complete. Written atomically (a SIGKILL leaves the old file or the new one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../util/atomic-file.js';

export interface CommunePoolIds {
  staffPoolId: string;
  staffClientId: string;
  citizenPoolId: string;
  citizenClientId: string;
}
export interface LocalState {
  communes: Record<string, CommunePoolIds>;
  /** Seeding steps found complete, e.g. `reports:soignies` (not run again on restart). */
  seeded?: Record<string, true>;
  /** Written by earlier versions once every demo item was seeded: every step counts as complete. */
  seededReports?: boolean;
}

export function readState(file: string): LocalState {
  if (!existsSync(file)) return { communes: {} };
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalState>;
    return { ...s, communes: s.communes ?? {} };
  } catch {
    return { communes: {} };
  }
}

export function writeState(file: string, state: LocalState): void {
  writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** Reads, changes and writes the state file (one process writes it: the running platform). */
export function updateState(file: string, change: (state: LocalState) => void): LocalState {
  const state = readState(file);
  change(state);
  writeState(file, state);
  return state;
}

export function isSeeded(state: LocalState, step: string): boolean {
  return Boolean(state.seededReports || state.seeded?.[step]);
}
