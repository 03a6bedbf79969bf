/** A small state file in the data directory: the ids cognito-local gave to each commune's pools and clients. */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface CommunePoolIds {
  staffPoolId: string;
  staffClientId: string;
  citizenPoolId: string;
  citizenClientId: string;
}
export interface LocalState {
  communes: Record<string, CommunePoolIds>;
  /** The demo reports were filed once (not again on restart). */
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
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}
