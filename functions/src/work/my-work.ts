/**
 * GET /api/{commune}/staff/my-work?view=…: a person's lists, each read by key (gsi1), never a scan:
 *   assigned  open assignments (MYWORK), by due instant, those without one last;
 *   overdue   open assignments due before now (a range of the same partition);
 *   week      open assignments due in this Brussels week (Monday to Sunday);
 *   mentioned where the reader or one of their departments (`dept:<code>`) was mentioned, newest first;
 *   watching  what the reader watches.
 */
import { workFollowKeys, type AssignmentItem, type MentionItem, type WatcherItem } from '@tandem/shared';
import { MyWorkQuery } from '@tandem/shared/schemas/work-lists';
import { json, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { queryIndex } from './work-store.js';
import { brusselsDaysRange, brusselsWeekOf, openDueBounds } from './work-ranges.js';

const LIST_LIMIT = 200;
const MENTIONS_LIMIT = 50;

export async function myWork(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  authorize(user, reg.config, 'GET /api/{commune}/staff/my-work', 'read');
  const { view } = parseQuery(event, MyWorkQuery);
  const now = clock.iso();
  const mine = workFollowKeys.myWork(commune, user.sub);
  const assigned = (items: AssignmentItem[]) =>
    items.map((a) => ({
      kind: a.kind,
      id: a.id,
      title: a.title,
      status: a.status,
      open: a.open,
      department: a.department,
      ...(a.priority ? { priority: a.priority } : {}),
      ...(a.dueAt ? { dueAt: a.dueAt } : {}),
      overdue: a.open && a.dueAt !== undefined && a.dueAt < now,
    }));

  switch (view) {
    case 'assigned':
      return answer(assigned(await queryIndex<AssignmentItem>('gsi1', mine, { prefix: '0#', limit: LIST_LIMIT })));
    case 'overdue': {
      const b = openDueBounds(undefined, new Date(Date.parse(now) - 1).toISOString());
      return answer(assigned(await queryIndex<AssignmentItem>('gsi1', mine, { ...b, limit: LIST_LIMIT })));
    }
    case 'week': {
      const week = brusselsWeekOf(clock.today());
      const r = brusselsDaysRange(week.from, week.to);
      return answer(assigned(await queryIndex<AssignmentItem>('gsi1', mine, { ...openDueBounds(r.start, r.end), limit: LIST_LIMIT })));
    }
    case 'mentioned': {
      const who = [user.sub, ...user.departments.map((d) => `dept:${d}`)];
      const lists = await Promise.all(
        who.map((w) => queryIndex<MentionItem>('gsi1', workFollowKeys.mentions(commune, w), { newestFirst: true, limit: MENTIONS_LIMIT })),
      );
      const items = lists
        .flat()
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
        .slice(0, MENTIONS_LIMIT)
        .map((m) => ({ kind: m.kind, id: m.id, title: m.title, at: m.at, by: m.by, who: m.who }));
      return answer(items);
    }
    case 'watching': {
      const items = await queryIndex<WatcherItem>('gsi1', workFollowKeys.watching(commune, user.sub), { limit: LIST_LIMIT });
      return answer(items.map((w) => ({ kind: w.kind, id: w.id, title: w.title, since: w.since })));
    }
  }
}

const answer = (items: unknown[]) => json(200, { items }, { 'cache-control': 'no-store' });
