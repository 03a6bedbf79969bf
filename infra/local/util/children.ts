/**
 * Child processes of the local runtime: every child is registered here and killed when the parent
 * stops (Ctrl-C, SIGTERM, normal exit), so no stand-in outlives `npm start` or a test run.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file.js';

const children = new Set<ChildProcess>();
let hooked = false;

function killAll(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) {
      try {
        c.kill(signal);
      } catch {
        /* already gone */
      }
    }
  }
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  // 'exit' handlers must be synchronous: a plain kill is.
  process.on('exit', () => killAll('SIGKILL'));
}

export interface ManagedChild {
  process: ChildProcess;
  /** Output so far (for error messages). */
  output(): string;
  /** Stops the child and waits for it to exit (SIGKILL after a grace period). */
  stop(): Promise<void>;
}

/**
 * A stand-in that was orphaned by a hard kill (SIGKILL of `npm start`) still holds its data directory.
 * With a pid file beside the data, the next start stops it first: only if that pid still runs a command
 * line containing `marker`, so a recycled pid of another program is left alone.
 */
export function stopStale(pidFile: string, marker: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 1) return;
  if (!runs(pid, marker)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  // The orphan must be gone before a new stand-in opens the same files.
  const until = Date.now() + 5000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (runs(pid, marker) && Date.now() < until) Atomics.wait(pause, 0, 0, 20);
}

/** Whether `pid` is a live process whose command line contains `marker` (a zombie has an empty one). */
export function runs(pid: number, marker: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
  } catch {
    return false; // not running (or no /proc)
  }
}

export function spawnManaged(name: string, command: string, args: string[], options: SpawnOptions, pidFile?: string): ManagedChild {
  hookExit();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  if (pidFile && child.pid) {
    writeFileAtomic(pidFile, String(child.pid));
    child.once('exit', () => rmSync(pidFile, { force: true }));
  }
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  if (process.env.TANDEM_LOCAL_DEBUG) {
    child.stdout?.on('data', (b: Buffer) => process.stdout.write(`[${name}] ${b}`));
    child.stderr?.on('data', (b: Buffer) => process.stderr.write(`[${name}] ${b}`));
  }
  const exited = new Promise<void>((r) =>
    child.once('exit', () => {
      children.delete(child);
      r();
    }),
  );
  return {
    process: child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Makes Ctrl-C and SIGTERM run `stop` once, then exit. A second Ctrl-C exits at once. */
export function onShutdownSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      killAll('SIGKILL');
      process.exit(130);
    }
    stopping = true;
    console.log(`\n${signal}: arrêt de Tandem…`);
    stop()
      .catch((e) => console.error(e))
      .finally(() => {
        killAll('SIGKILL');
        process.exit(0);
      });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  process.on('SIGHUP', handler);
}
