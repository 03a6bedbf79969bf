/**
 * The notification centre against the running platform (table stream → bus → the `notify-staff` rule → the
 * notifier): a mention tells the colleague named and not the author; an opinion request tells the department's
 * staff; a replayed (or doubly delivered) event tells nobody twice; the unread count, marking read, preferences;
 * nobody reaches another's notifications, nor another commune's; bad input is a 4xx; the scheduler's due dates and
 * the daily digest, once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brusselsDate, brusselsWallToMs, addDays, keys, TIMELINE_PREFIX, type WorkActivityItem } from '@tandem/shared';
import { api, auth, sampleReport } from './api-client.js';
import { as, key, newTask, subOf, tokenOf } from './task-fixtures.js';
import { eventDetails, requester, tinyPdf, uploadDocument } from './permit-fixtures.js';
import { eventually, localDataDir } from '../support/local-env.js';
import { invokeHandler } from '../../infra/local/handlers/load-handler.js';
import { workActivityEntry } from '../../functions/src/events/work-activity-event.js';
import { partitionItems } from '../../functions/src/work/work-store.js';

type Notice = { id: string; kind: string; item: { kind: string; id: string }; actorSub?: string; read: boolean; at: string };
const streamsOn = process.env.TANDEM_IT_STREAMS !== 'off';

/** Every notification of a persona (all pages). */
async function allOf(p: Parameters<typeof as>[0]): Promise<Notice[]> {
  const out: Notice[] = [];
  let cursor: string | undefined;
  do {
    const r = await as(p, 'GET', `notifications?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    out.push(...r.body.items);
    cursor = r.body.cursor;
  } while (cursor);
  return out;
}
const about = (list: Notice[], id: string) => list.filter((n) => n.item.id === id);
const until = <T>(probe: () => Promise<T | undefined>, what: string) => eventually(probe, 20_000, what);

describe.runIf(streamsOn)('staff notifications from bus events', () => {
  let taskId: string;
  let mention: Notice;

  beforeAll(async () => {
    // The worker is mentioned on a task they may read (a worker reads the tasks assigned to them).
    const worker = await subOf('worker');
    taskId = (await newTask('agent', { title: 'Réparer la barrière du parc', assignees: [worker] })).body.id;
    const r = await as('agent', 'POST', `tasks/${taskId}/comments`, { text: 'Peux-tu regarder ?', mentions: [worker] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    mention = await until(async () => about(await allOf('worker'), taskId).find((n) => n.kind === 'mention'), 'the mention');
  });

  it('a mention on a task tells the colleague named, with the author, and never the author', async () => {
    expect(mention).toMatchObject({ kind: 'mention', item: { kind: 'task', id: taskId }, actorSub: await subOf('agent'), read: false });
    // The author watches the task they made, and still hears nothing of their own comment.
    expect(about(await allOf('agent'), taskId)).toEqual([]);
    const count = await as('worker', 'GET', 'notifications/unread');
    expect(count.status).toBe(200);
    expect(count.body.unread).toBeGreaterThanOrEqual(1);
    // Ids and kinds only: nothing of the comment's words.
    expect(JSON.stringify(mention)).not.toContain('regarder');
  });

  it('a replayed event, even two deliveries at once, makes no second notification', async () => {
    const activity = await partitionItems<WorkActivityItem>(keys.taskPk('soignies', taskId), TIMELINE_PREFIX);
    const comment = activity.find((a) => a.kind === 'comment')!;
    const entry = workActivityEntry(comment as never, 'bus')!;
    const event = { source: entry.Source, 'detail-type': entry.DetailType, detail: JSON.parse(entry.Detail!) };
    const results = (await Promise.all([
      invokeHandler('notifications/notify-staff', event),
      invokeHandler('notifications/notify-staff', event),
    ])) as { made: number; existing: number }[];
    expect(results.map((r) => r.made)).toEqual([0, 0]);
    expect(results.every((r) => r.existing === 1)).toBe(true);
    expect(about(await allOf('worker'), taskId).filter((n) => n.kind === 'mention')).toHaveLength(1);
  });

  it('an opinion request tells each staff member of the department asked', async () => {
    const insurance = await uploadDocument(tinyPdf());
    const created = await api('POST', '/api/soignies/permits', {
      body: { kind: 'event', locale: 'fr', details: eventDetails(insurance), requester: requester() },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const code = created.body.code as string;
    const events = await tokenOf('events');
    for (const [to, version] of [
      ['under_review', 1],
      ['opinions', 2],
    ] as const) {
      const r = await api('POST', `/api/soignies/staff/permits/${code}/transitions`, { headers: auth(events), body: { to, version } });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    const asked = await until(async () => about(await allOf('police'), code).find((n) => n.kind === 'opinion_requested'), 'opinion');
    expect(asked.item).toEqual({ kind: 'permit', id: code });
    // Not the agent who asked, nor a department not asked.
    expect(about(await allOf('events'), code).filter((n) => n.kind === 'opinion_requested')).toEqual([]);
    expect(about(await allOf('worker'), code)).toEqual([]);
  });

  it('a report given to a colleague tells them; passed to a department, its members; the person who did it, neither', async () => {
    const filed = await api('POST', '/api/soignies/reports', { body: sampleReport() });
    expect(filed.status).toBe(201);
    const code = filed.body.code as string;
    const planned = await as('agent', 'PATCH', `reports/${code}`, { assignee: await subOf('worker'), version: 1 });
    expect(planned.status, JSON.stringify(planned.body)).toBe(200);
    const given = await until(async () => about(await allOf('worker'), code).find((n) => n.kind === 'assignment'), 'the report');
    expect(given).toMatchObject({ item: { kind: 'report', id: code }, actorSub: await subOf('agent') });
    const passed = await as('agent', 'PATCH', `reports/${code}`, { department: 'evenements', version: planned.body.version });
    expect(passed.status, JSON.stringify(passed.body)).toBe(200);
    await until(async () => about(await allOf('events'), code).find((n) => n.kind === 'assignment'), 'the department');
    expect(about(await allOf('agent'), code)).toEqual([]);
  });

  it('a watched task’s state change tells its watchers, with the state', async () => {
    const t = (await newTask('agent', { assignees: [await subOf('worker')] })).body;
    const moved = await as('worker', 'PATCH', `tasks/${t.id}`, { status: 'doing', version: t.version }, { 'idempotency-key': key() });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    // The agent made it, so watches it.
    const told = await until(async () => about(await allOf('agent'), t.id).find((n) => n.kind === 'watched_state'), 'the change');
    expect(told).toMatchObject({ state: 'doing', actorSub: await subOf('worker') });
    expect(about(await allOf('worker'), t.id).map((n) => n.kind)).toEqual(['assignment']);
  });

  it('marks read once (a retry changes nothing), and all at once', async () => {
    const before = (await as('worker', 'GET', 'notifications/unread')).body.unread as number;
    const first = await as('worker', 'POST', 'notifications/read', { ids: [mention.id] });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.marked).toBe(1);
    expect(first.body.unread).toBeLessThan(before);
    const again = await as('worker', 'POST', 'notifications/read', { ids: [mention.id] });
    expect(again.body.marked).toBe(0);
    expect(about(await allOf('worker'), taskId).find((n) => n.id === mention.id)?.read).toBe(true);

    // A second task assigned to the worker: the assignment, then « mark all read ».
    const second = (await newTask('agent', { assignees: [await subOf('worker')] })).body.id as string;
    await until(async () => about(await allOf('worker'), second).find((n) => n.kind === 'assignment'), 'the assignment');
    const all = await as('worker', 'POST', 'notifications/read', { all: true });
    expect(all.status).toBe(200);
    expect(all.body.marked).toBeGreaterThanOrEqual(1);
    expect(about(await allOf('worker'), second).every((n) => n.read)).toBe(true);
  });

  it('nobody reads or marks another person’s notifications, nor another commune’s', async () => {
    const theirs = await as('worker', 'GET', 'notifications?limit=1');
    // The agent posting the worker's ids marks nothing of the worker's (only the agent's own partition is touched).
    const fresh = (await newTask('agent', { assignees: [await subOf('worker')] })).body.id as string;
    const n = await until(async () => about(await allOf('worker'), fresh)[0], 'the assignment');
    const tried = await as('agent', 'POST', 'notifications/read', { ids: [n.id] });
    expect(tried.status).toBe(200);
    expect(tried.body.marked).toBe(0);
    expect(about(await allOf('worker'), fresh)[0].read).toBe(false);
    // The worker's paging cursor does not open the worker's list to the agent.
    if (theirs.body.cursor) {
      const r = await as('agent', 'GET', `notifications?cursor=${theirs.body.cursor}`);
      expect(r.status).toBe(400);
      expect(r.body['invalid-params']?.[0]?.name).toBe('cursor');
    }
    // A soignies token on another commune's centre: refused.
    const other = await api('GET', '/api/braine-le-comte/staff/notifications/unread', { headers: auth(await tokenOf('worker')) });
    expect([401, 403]).toContain(other.status);
    // No token: 401.
    expect((await api('GET', '/api/soignies/staff/notifications')).status).toBe(401);
  });
});

describe('notification preferences and bad input', () => {
  it('preferences: the daily digest until one chooses, then the choice, round trip', async () => {
    // The role-matrix sweep (another file, at the same time) may have chosen « digest » for this admin already:
    // either way it reads « digest » (the default, or that choice); the worker's page test sees the default itself.
    const start = await as('admin', 'GET', 'notifications/preferences');
    expect(start.status).toBe(200);
    expect(start.body).toMatchObject({ delivery: 'digest' });
    expect(typeof start.body.chosen).toBe('boolean');
    for (const delivery of ['app', 'push', 'digest']) {
      const put = await as('admin', 'PUT', 'notifications/preferences', { delivery });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      expect((await as('admin', 'GET', 'notifications/preferences')).body).toEqual({ delivery, chosen: true });
    }
  });

  it('bad input is a 4xx problem naming the field, never a 500', async () => {
    const cases: [string, string, unknown, number, string][] = [
      ['POST', 'notifications/read', { ids: ['nope'] }, 422, 'ids.0'],
      ['POST', 'notifications/read', {}, 422, 'ids'],
      ['POST', 'notifications/read', { all: true, ids: ['2026-12-01T09:00:00.000Z#ABCD-1234'] }, 422, 'ids'],
      ['POST', 'notifications/read', { all: 'yes' }, 422, 'all'],
      ['PUT', 'notifications/preferences', { delivery: 'pigeon' }, 422, 'delivery'],
      ['GET', 'notifications?limit=0', undefined, 400, 'limit'],
      ['GET', 'notifications?cursor=%%%', undefined, 400, 'cursor'],
    ];
    for (const [method, path, body, status, field] of cases) {
      const r = await as('worker', method, path, body);
      expect(r.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(r.body)).toContain(field);
    }
    const raw = await api('POST', '/api/soignies/staff/notifications/read', {
      headers: { ...auth(await tokenOf('worker')), 'content-type': 'application/json' },
      raw: '{"ids":',
    });
    expect(raw.status).toBe(400);
  });
});

describe.runIf(streamsOn)('the scheduler: due dates and the daily digest', () => {
  type OutMail = { id: string; to: string; subject: string; text: string; tags: Record<string, string> };
  const digests = () => {
    const dir = join(localDataDir(), 'outbox');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OutMail)
      .filter((m) => m.tags.kind === 'notification_digest');
  };

  it('tells the assignee once that a task is due within a day, and mails the day’s digest once', async () => {
    const now = new Date().toISOString();
    const dueAt = new Date(Date.parse(now) + 2 * 3_600_000).toISOString();
    const id = (await newTask('agent', { assignees: [await subOf('worker')], dueAt })).body.id as string;
    // The agent chose the app only; the worker names them in a comment: the agent has an unread one, and no mail.
    expect((await as('agent', 'PUT', 'notifications/preferences', { delivery: 'app' })).status).toBe(200);
    const c = await as('worker', 'POST', `tasks/${id}/comments`, { text: 'Je m’en occupe', mentions: [await subOf('agent')] });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    await until(async () => about(await allOf('agent'), id).find((n) => n.kind === 'mention'), 'the mention');
    await until(async () => about(await allOf('worker'), id).find((n) => n.kind === 'assignment'), 'the assignment');
    const run = (extra: Record<string, unknown>) =>
      invokeHandler('notifications/notify-staff', {
        'detail-type': 'Scheduled Event',
        source: 'aws.events',
        detail: {},
        ...extra,
      }) as Promise<{
        made: number;
        mailed?: number;
        alreadyMailed?: number;
      }>;
    const first = await run({ now, digest: false });
    expect(first.made).toBeGreaterThanOrEqual(1);
    expect(about(await allOf('worker'), id).filter((n) => n.kind === 'due_soon')).toHaveLength(1);
    await run({ now, digest: false });
    expect(about(await allOf('worker'), id).filter((n) => n.kind === 'due_soon')).toHaveLength(1);

    // The digest at 17:00 (Brussels) of the day whose window holds now: whatever the hour the test runs at.
    const today = brusselsDate(now);
    const day = Date.parse(now) < brusselsWallToMs(today, '17:00') ? today : addDays(today, 1);
    const at = new Date(brusselsWallToMs(day, '17:00') + 30_000).toISOString();
    const mailed = await run({ now: at, digest: true });
    expect(mailed.mailed).toBeGreaterThanOrEqual(1);
    const toWorker = digests().filter((m) => m.to === 'ouvrier@soignies.example' && m.tags.day === day);
    expect(toWorker).toHaveLength(1);
    expect(toWorker[0].subject).toMatch(/^Soignies : vos notifications du /);
    expect(toWorker[0].text).toContain(`Tâche ${id}`);
    expect(toWorker[0].text).toContain('/soignies/agents/notifications/#preferences');
    const again = await run({ now: at, digest: true });
    expect(again.mailed).toBe(0);
    expect(digests().filter((m) => m.to === 'ouvrier@soignies.example' && m.tags.day === day)).toHaveLength(1);
    // Who chose the app only gets no mail.
    expect(digests().filter((m) => m.to === 'agent@soignies.example' && m.tags.day === day)).toHaveLength(0);
    await as('agent', 'PUT', 'notifications/preferences', { delivery: 'digest' });
  });
});
