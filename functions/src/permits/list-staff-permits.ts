/**
 * GET /api/{commune}/staff/permits: the permits inbox.
 *   view=todo      requests waiting for the handling department (submitted, in review, in opinions, to issue), soonest first day first
 *   view=opinions  requests waiting for an opinion from one of my departments, soonest due first
 *   view=all       every submitted request I may see, newest first, paged
 * A paged read stops at a read budget when a filter matches little: the answer then says `partial` and its
 * cursor searches on; a page without a cursor ends the list.
 * A state filter reads that state only (paged). Reviewers see only the requests they were asked about.
 *   from & to      the staff calendar: the requests whose days meet the period, in the states it shows
 *                  (PERMIT_CALENDAR_STATES, or `state`), that the person may see, soonest first day first; unpaged
 *                  (these states are the working set: a request leaves them when it ends or is refused).
 */
import { PERMIT_CALENDAR_STATES, PERMIT_STAFF_TODO_STATES, PermitInboxQuery, mayDo, type PermitItem } from '@tandem/shared';
import { apiHandler, json, parseQuery } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { requireStaff } from '../lib/staff-auth.js';
import { decodeCursor, encodeCursor } from '../lib/cursor.js';
import { getPermits, listPermits, pendingOpinionsOf, permitsInState } from './permit-store.js';
import { canDecide, permitSubject } from './permit-responses.js';
import { authorize } from '../lib/authorize.js';
import { toPermitSummary } from './permit-item.js';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  authorize(user, reg.config, 'GET /api/{commune}/staff/permits', 'list');
  const q = parseQuery(event, PermitInboxQuery);
  const commune = reg.config.id;
  const today = clock.today();
  const visible = (p: PermitItem) =>
    mayDo(user, reg.config, 'GET /api/{commune}/staff/permits', 'list', permitSubject(p)) && (!q.kind || p.kind === q.kind);
  const answer = (items: PermitItem[], scanned: number, page?: { lastKey?: Record<string, unknown>; partial: boolean }) =>
    json(200, {
      items: items.map((p) => toPermitSummary(p, today)),
      ...(page?.lastKey ? { cursor: encodeCursor(page.lastKey) } : {}),
      scanned,
      partial: page?.partial ?? false,
    });

  if (q.from && q.to) {
    const { from, to } = q;
    // gsi2 is sorted by first day: read what starts by the period's end, keep what has not ended before its start.
    const lists = await Promise.all((q.state ? [q.state] : PERMIT_CALENDAR_STATES).map((s) => permitsInState(commune, s, to)));
    const read = lists.flat();
    const shown = read.filter((p) => p.details.period.end >= from && visible(p));
    shown.sort((a, b) => a.details.period.start.localeCompare(b.details.period.start) || a.code.localeCompare(b.code));
    return answer(shown.slice(0, q.limit), read.length, { partial: shown.length > q.limit });
  }
  if (q.view === 'opinions' && !q.state) {
    const tasks = (await Promise.all(user.departments.map((d) => pendingOpinionsOf(commune, d))))
      .flat()
      .sort((a, b) => a.due.localeCompare(b.due));
    const permits = await getPermits(commune, [...new Set(tasks.map((t) => t.code))]);
    return answer(permits.filter((p) => p.state === 'opinions' && (!q.kind || p.kind === q.kind)).slice(0, q.limit), tasks.length);
  }
  if (q.view === 'todo' && !q.state) {
    const states = [...PERMIT_STAFF_TODO_STATES];
    const lists = await Promise.all(states.map((s) => permitsInState(commune, s)));
    const read = lists.flat();
    const mine = read.filter((p) => visible(p) && canDecide(user, reg.config, p));
    mine.sort((a, b) => (a.opinionsDue ?? a.details.period.start).localeCompare(b.opinionsDue ?? b.details.period.start));
    return answer(mine.slice(0, q.limit), read.length);
  }
  const page = await listPermits(commune, { state: q.state, kind: q.kind }, q.limit, decodeCursor(q.cursor, commune));
  return answer(page.items.filter(visible), page.scanned, page);
});
