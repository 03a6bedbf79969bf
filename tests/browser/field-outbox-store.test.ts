/**
 * The field app's outbox and « Aujourd’hui » store on a shared phone (docs/field-app.md, « One phone, several
 * people »), in Chromium over its real IndexedDB: the shell's modules bundled with a test-only page
 * (support/field-store-harness.ts), the API answered by the test itself, which records each request's token subject
 * and Idempotency-Key. Asserted: a run sends only the entries of its token's person, and stops when the token changes
 * hands; the page outbox shows, takes and dismisses only the signed-in person's; each person's « Aujourd’hui » is kept
 * apart; signing out keeps the outbox and clears the rest; the sign-in screen counts what is held without creating a
 * database; an outbox written by the version before (no person on its entries) goes to the person that version kept,
 * or, when it kept no one, waits unsent for the next person who signs in.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WAIT } from './browser-session.js';
import { launchChromium } from './chromium.js';

const root = new URL('../../', import.meta.url).pathname;
const ORIGIN = 'http://localhost:4797';
const HTML =
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Magasin</title></head><body><script type="module" src="field-store-harness.js"></script></body></html>';

let out: string;
let browser: Browser;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'field-store-'));
  await esbuild.build({
    entryPoints: [join(root, 'tests/browser/support/field-store-harness.ts')],
    bundle: true,
    format: 'esm',
    outdir: out,
    logLevel: 'error',
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** A request the API received: whose token it carried, and the Idempotency-Key (the outbox entry's id). */
interface Seen {
  method: string;
  path: string;
  sub?: string;
  key?: string;
  body?: unknown;
}

const subOf = (authorization: string | undefined) => {
  const payload = authorization?.replace(/^Bearer /, '').split('.')[1];
  return payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string }).sub : undefined;
};

/** A fresh phone (its own context: its own IndexedDB) with the harness loaded; `refuse`: paths answered 401. */
async function open(refuse: RegExp = /^$/): Promise<{ page: Page; seen: Seen[] }> {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const seen: Seen[] = [];
  await context.route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    if (path === '/phone/') return route.fulfill({ contentType: 'text/html', body: HTML });
    if (path.startsWith('/api/')) {
      const headers = request.headers();
      const sub = subOf(headers.authorization);
      const sentBody = request.postData();
      seen.push({
        method: request.method(),
        path,
        sub,
        key: headers['idempotency-key'],
        ...(sentBody ? { body: JSON.parse(sentBody) } : {}),
      });
      if (refuse.test(path)) return route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401}' });
      // A task read (a finish queued by the previous version): its list as the server has it.
      const task = request.method() === 'GET' && /\/staff\/tasks\/[^/]+$/.test(path);
      const body = path.endsWith('/staff/today')
        ? { at: '2026-01-01T08:00:00.000Z', mine: [{ id: `T-${sub}`, title: `Tâche de ${sub}`, photos: [] }], team: [] }
        : task
          ? { status: 'doing', version: 2, assignees: [sub], checklist: [{ id: 'c1', text: 'Baliser', done: false }] }
          : {};
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
    }
    try {
      return await route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(out, path.replace(/^\/phone\//, ''))) });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${ORIGIN}/phone/`);
  await page.waitForFunction(() => Boolean(window.__store), undefined, WAIT);
  return { page, seen };
}

/** What was sent: each entry's key with whose token. */
const sent = (seen: Seen[]) => seen.filter((s) => s.key).map((s) => `${s.key}:${s.sub}`);

describe('the outbox on a shared phone', () => {
  it('sends only the entries of the person whose token the run holds, each with that token', async () => {
    const { page, seen } = await open();
    const ends = await page.evaluate(async () => {
      const s = window.__store;
      await s.put('c1', s.entry('a1', s.move('T1'), 'A'));
      await s.put('c1', s.entry('b2', s.comment('T2', 'Fait.'), 'B'));
      await s.put('c1', s.entry('a3', s.comment('T3', 'Vu.'), 'A'));
      const asB = await s.sendOutbox('c1', s.tokensOf('B'));
      const left = (await s.readAllEntries('c1')).map((e) => `${e.id}:${e.person}:${e.state}`);
      const asA = await s.sendOutbox('c1', s.tokensOf('A'));
      return { asB, left, asA, after: (await s.readAllEntries('c1')).length };
    });
    expect(ends).toEqual({ asB: 'done', left: ['a1:A:waiting', 'a3:A:waiting'], asA: 'done', after: 0 });
    expect(sent(seen)).toEqual(['b2:B', 'a1:A', 'a3:A']);
    await page.context().close();
  });

  it('a « Terminer » queued by the previous version (ticks without texts) reads the task first and sends its list whole', async () => {
    const { page, seen } = await open();
    await page.evaluate(async () => {
      const s = window.__store;
      await s.put('c9', s.entry('a1', s.finish('T1', true), 'A'));
      await s.put('c9', s.entry('a2', s.finish('T2'), 'A'));
      await s.sendOutbox('c9', s.tokensOf('A'));
    });
    const calls = seen.filter((x) => x.path.includes('/staff/tasks/')).map((x) => `${x.method} ${x.path.replace(/^.*\/staff\//, '')}`);
    expect(calls).toEqual(['GET tasks/T1', 'PATCH tasks/T1', 'PATCH tasks/T2']);
    const lists = seen.filter((x) => x.method === 'PATCH').map((x) => (x.body as { checklist: unknown }).checklist);
    expect(lists).toEqual([[{ id: 'c1', text: 'Baliser', done: true }], [{ id: 'c1', text: 'Baliser', done: true }]]);
    await page.context().close();
  });

  it('stops when the token changes hands during a run (someone else signed in): the entry waits for its person', async () => {
    const { page, seen } = await open(/T401/);
    const ends = await page.evaluate(async () => {
      const s = window.__store;
      await s.put('c2', s.entry('a1', s.move('T1'), 'A'));
      await s.put('c2', s.entry('a2', s.move('T2'), 'A'));
      // The run's first token and the first entry's are A's; the next one the session gives is B's.
      const changed = await s.sendOutbox('c2', s.tokensOf('A', 'A', 'B'));
      const left = (await s.readAllEntries('c2')).map((e) => `${e.id}:${e.person}:${e.state}`);
      // A refused token (401) whose fresh one is someone else's: not sent with it either.
      await s.put('c2', s.entry('a3', s.move('T401'), 'A'));
      await s.put('c2', s.entry('a0', s.move('T0'), 'A'));
      return { changed, left };
    });
    expect(ends).toEqual({ changed: 'signed-out', left: ['a2:A:waiting'] });
    expect(sent(seen)).toEqual(['a1:A']);
    seen.length = 0;
    const refused = await page.evaluate(async () => {
      const s = window.__store;
      // a0 goes first (oldest), with A's token; a2 too; a3 is refused, and the fresh token is B's.
      const end = await s.sendOutbox('c2', s.tokensOf('A', 'A', 'A', 'A', 'B'));
      return { end, left: (await s.readAllEntries('c2')).map((e) => `${e.id}:${e.state}`) };
    });
    expect(refused).toEqual({ end: 'signed-out', left: ['a3:waiting'] });
    expect(sent(seen)).toEqual(['a0:A', 'a2:A', 'a3:A']);
    expect(seen.filter((x) => x.sub === 'B')).toEqual([]);
    await page.context().close();
  });

  it('the page outbox shows, takes and dismisses only the actions of the person signed in', async () => {
    const { page, seen } = await open();
    const seenBy = await page.evaluate(async () => {
      const s = window.__store;
      await s.put('c3', s.entry('b1', s.move('T1'), 'B'));
      await s.put('c3', s.entry('b2', s.comment('T2', 'Refusé.'), 'B', 'conflict'));
      const p = s.phone('c3', s.tokensOf('A'));
      p.session('A');
      p.person.value = 'A';
      await p.outbox.reload();
      const a = { entries: p.outbox.entries.value.length, waiting: p.outbox.waiting.value };
      // A cannot dismiss B's conflict; A's own action goes with A's token, and B's stays.
      await p.outbox.dismiss('b2');
      const added = await p.outbox.add(s.move('T3'));
      await p.outbox.flush();
      p.person.value = 'B';
      await p.outbox.reload();
      const b = {
        ids: p.outbox.entries.value.map((e) => e.id),
        waiting: p.outbox.waiting.value,
        shownPerson: 'person' in p.outbox.entries.value[0],
      };
      await p.outbox.dismiss('b2');
      return { a, addedPerson: 'person' in added, addedId: added.id, b, bAfter: p.outbox.entries.value.map((e) => e.id) };
    });
    expect(seenBy).toMatchObject({
      a: { entries: 0, waiting: 0 },
      addedPerson: false,
      b: { ids: ['b1', 'b2'], waiting: 1, shownPerson: false },
      bAfter: ['b1'],
    });
    expect(sent(seen)).toEqual([`${seenBy.addedId}:A`]);
    await page.context().close();
  });

  it('keeps each person’s « Aujourd’hui » apart, and keeps an answer only when read with that person’s token', async () => {
    const { page, seen } = await open();
    const kept = await page.evaluate(async () => {
      const s = window.__store;
      const p = s.phone('c4', s.tokensOf('A'));
      const title = () => p.today.today.value?.mine[0]?.title;
      p.session('A');
      p.person.value = 'A';
      await p.today.refresh();
      const a = title();
      // The session changed hands (B signed in elsewhere on the phone) while A's app is open: not shown, not kept.
      p.session('B');
      const refused = await p.today.refresh().then(
        () => 'read',
        (e: Error) => e.constructor.name,
      );
      const stillA = title();
      const keptB = await s.kept('c4', s.todayKey('B'));
      // B's turn: nothing of A's on the screen, then B's own.
      p.person.value = 'B';
      const blank = title();
      await p.today.refresh();
      const b = title();
      const both = [(await s.kept('c4', s.todayKey('A'))) !== undefined, (await s.kept('c4', s.todayKey('B'))) !== undefined];
      // B signing in on the phone forgets the « Aujourd’hui » kept for anyone else.
      await s.keepPerson('c4', { sub: 'B', name: 'B' });
      const afterSignIn = [(await s.kept('c4', s.todayKey('A'))) !== undefined, (await s.kept('c4', s.todayKey('B'))) !== undefined];
      return { a, refused, stillA, keptB: keptB ?? null, blank: blank ?? null, b, both, afterSignIn };
    });
    expect(kept).toEqual({
      a: 'Tâche de A',
      refused: 'SignedOut',
      stillA: 'Tâche de A',
      keptB: null,
      blank: null,
      b: 'Tâche de B',
      both: [true, true],
      afterSignIn: [false, true],
    });
    expect(seen.filter((x) => x.path.endsWith('/staff/today')).map((x) => x.sub)).toEqual(['A', 'B']);
    await page.context().close();
  });

  it('signing out keeps the outbox (still its person’s) and clears the rest; the sign-in screen counts it without creating a database', async () => {
    const { page, seen } = await open();
    const result = await page.evaluate(async () => {
      const s = window.__store;
      await s.keepPerson('c5', { sub: 'A', name: 'A' });
      await s.put('c5', s.entry('a1', s.move('T1'), 'A'));
      await s.put('c5', s.entry('a2', s.move('T2'), 'A', 'conflict'));
      await s.put('c5', s.entry('b3', s.move('T3'), 'B'));
      const held = await s.clearAllButOutbox('c5');
      const person = (await s.kept('c5', 'person')) ?? null;
      const entries = (await s.rawEntries('c5')).map((e) => `${e.id}:${e.person}`).sort();
      const count = await s.heldOnPhone('c5');
      // Signed out: no run takes a token (A's refresh cookie may outlive an offline sign-out) until someone signs in.
      const whileOut = await s.sendOutbox('c5', s.tokensOf('A'));
      await s.keepPerson('c5', { sub: 'A', name: 'A' });
      const back = await s.sendOutbox('c5', s.tokensOf('A'));
      const left = (await s.rawEntries('c5')).map((e) => e.id).sort();
      // A phone with nothing held: counting creates no database; a sign-out with an empty outbox answers 0.
      const none = await s.heldOnPhone('c6');
      const databases = await s.databases();
      const empty = await s.clearAllButOutbox('c7');
      return { held, person, entries, count, whileOut, back, left, none, databases, empty };
    });
    expect(result).toEqual({
      held: 3,
      person: null,
      entries: ['a1:A', 'a2:A', 'b3:B'],
      count: { actions: 3, people: 2 },
      whileOut: 'signed-out',
      back: 'done',
      left: ['a2', 'b3'],
      none: { actions: 0, people: 0 },
      databases: ['tandem-field-c5'],
      empty: 0,
    });
    expect(sent(seen)).toEqual(['a1:A']);
    await page.context().close();
  });
});

describe('an outbox written by the version before people were kept apart', () => {
  it('goes to the person that version kept (and its « Aujourd’hui » too), even when someone else signs in first', async () => {
    const { page, seen } = await open();
    const result = await page.evaluate(async () => {
      const s = window.__store;
      const legacy = { at: '2026-01-01T07:00:00.000Z', mine: [], team: [] };
      await s.writeOldVersion('old', [s.entry('a1', s.move('T1')), s.entry('a2', s.comment('T1', 'Fait.'))], {
        person: { sub: 'A', name: 'A' },
        pin: { owner: 'A', salt: '', hash: '', iterations: 1, failures: 0 },
        today: legacy,
      });
      // A's session ended; B signs in first on the updated app.
      await s.keepPerson('old', { sub: 'B', name: 'B' });
      const owners = (await s.rawEntries('old')).map((e) => `${e.id}:${e.person}`);
      const todays = [(await s.kept('old', 'today')) ?? null, (await s.kept('old', s.todayKey('A'))) ?? null];
      const asB = await s.sendOutbox('old', s.tokensOf('B'));
      const asA = await s.sendOutbox('old', s.tokensOf('A'));
      return { owners, todays, asB, asA, left: (await s.rawEntries('old')).length };
    });
    // B's sign-in dropped the « Aujourd’hui » kept for A (moved to A's key first): nothing of A's is left to see.
    expect(result).toEqual({ owners: ['a1:A', 'a2:A'], todays: [null, null], asB: 'done', asA: 'done', left: 0 });
    expect(sent(seen)).toEqual(['a1:A', 'a2:A']);
    await page.context().close();
  });

  it('keeps the old « Aujourd’hui » for the person it kept when they come back', async () => {
    const { page } = await open();
    const result = await page.evaluate(async () => {
      const s = window.__store;
      const legacy = { at: '2026-01-01T07:00:00.000Z', mine: [], team: [] };
      await s.writeOldVersion('old2', [s.entry('a1', s.move('T1'))], { person: { sub: 'A', name: 'A' }, today: legacy });
      await s.readAllEntries('old2');
      return {
        owners: (await s.rawEntries('old2')).map((e) => e.person),
        old: (await s.kept('old2', 'today')) ?? null,
        mine: await s.kept('old2', s.todayKey('A')),
      };
    });
    expect(result).toEqual({ owners: ['A'], old: null, mine: { at: '2026-01-01T07:00:00.000Z', mine: [], team: [] } });
    await page.context().close();
  });

  it('when that version kept no one, waits unsent (counted on the sign-in screen) for the next person who signs in', async () => {
    const { page, seen } = await open();
    const result = await page.evaluate(async () => {
      const s = window.__store;
      await s.writeOldVersion('lost', [s.entry('x1', s.move('T1'))], {});
      const before = await s.sendOutbox('lost', s.tokensOf('B'));
      const owner = (await s.rawEntries('lost'))[0].person ?? null;
      const held = await s.heldOnPhone('lost');
      await s.keepPerson('lost', { sub: 'B', name: 'B' });
      const after = await s.sendOutbox('lost', s.tokensOf('B'));
      return { before, owner, held, after, left: (await s.rawEntries('lost')).length };
    });
    expect(result).toEqual({ before: 'done', owner: null, held: { actions: 1, people: 1 }, after: 'done', left: 0 });
    expect(sent(seen)).toEqual(['x1:B']);
    await page.context().close();
  });
});
