import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stopStale } from './children.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0))
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
});

function orphan(marker: string): { pid: number; exited: Promise<void> } {
  const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', marker], { stdio: 'ignore' });
  started.push(c.pid!);
  return { pid: c.pid!, exited: new Promise((r) => c.once('exit', () => r())) };
}

describe('stale stand-ins', () => {
  it('stops the process named in the pid file when it runs the expected program', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pid-'));
    const o = orphan('tandem-stale-marker');
    writeFileSync(join(dir, 'x.pid'), String(o.pid));
    stopStale(join(dir, 'x.pid'), 'tandem-stale-marker');
    await o.exited;
    expect(alive(o.pid)).toBe(false);
    expect(existsSync(join(dir, 'x.pid'))).toBe(false);
  });
  it('leaves alone a process whose command line does not match (a recycled pid)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pid-'));
    const o = orphan('something-else');
    writeFileSync(join(dir, 'x.pid'), String(o.pid));
    stopStale(join(dir, 'x.pid'), 'tandem-stale-marker');
    expect(alive(o.pid)).toBe(true);
  });
});
