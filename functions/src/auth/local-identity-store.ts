/**
 * The local identity provider's state, in the local data directory (`.data/identity/`, never in the repository):
 * one small JSON file per record, written atomically, so that the server process and the test workers that run
 * handlers share it without losing each other's writes.
 *
 *   totp/<sub>.json            the user's TOTP secret (set up or pending), last accepted step; `demo` for demo accounts
 *   sessions/<id>.json         a challenge in progress (new password, TOTP code) and what it will release
 *   revoked/<sha256>           a revoked refresh token
 *   reset-codes/<sha256>.json  a forgotten-password code (its hash), per pool and username
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface TotpRecord {
  sub: string;
  poolId: string;
  username: string;
  /** Base32; set once the first code was verified. */
  secret?: string;
  /** Associated, not yet verified. */
  pendingSecret?: string;
  /** The last time step accepted (a code is accepted once). */
  lastStep?: number;
  /** A demo account of the local platform: /_local/totp shows its current code. */
  demo?: boolean;
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

export class LocalIdentityStore {
  constructor(readonly dir: string) {}

  read<T>(rel: string): T | undefined {
    try {
      return JSON.parse(readFileSync(join(this.dir, rel), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  write(rel: string, value: unknown): void {
    const file = join(this.dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(value, null, 2), { mode: 0o600 });
    renameSync(tmp, file);
  }

  remove(rel: string): void {
    rmSync(join(this.dir, rel), { force: true });
  }

  totpFile = (sub: string) => join('totp', `${safe(sub)}.json`);
  totp = (sub: string) => this.read<TotpRecord>(this.totpFile(sub));
  putTotp = (r: TotpRecord) => this.write(this.totpFile(r.sub), r);

  /** The demo accounts' TOTP records (for the loopback-only /_local/totp page). */
  demoTotps(): TotpRecord[] {
    let files: string[] = [];
    try {
      files = readdirSync(join(this.dir, 'totp')).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    return files
      .map((f) => this.read<TotpRecord>(join('totp', f)))
      .filter((r): r is TotpRecord => !!r?.demo && !!r.secret)
      .sort((a, b) => a.username.localeCompare(b.username));
  }

  revokedFile = (token: string) => join('revoked', sha256(token));
  isRevoked = (token: string) => this.read<unknown>(this.revokedFile(token)) !== undefined;
  markRevoked = (token: string) => this.write(this.revokedFile(token), { revoked: true });

  sessionFile = (id: string) => join('sessions', `${safe(id)}.json`);
  resetFile = (poolId: string, username: string) => join('reset-codes', `${sha256(`${poolId}\n${username.toLowerCase()}`)}.json`);
}
