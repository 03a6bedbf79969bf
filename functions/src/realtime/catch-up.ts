/**
 * GET /api/{commune}/staff/changes?since=<message id>&topics=a,b&limit: what a client missed while its socket was
 * down, from the commune's change feed, oldest first, each change once (with the asked topics it concerns), filtered
 * exactly as the fan-out filters (mayReceive on the change's subject). A topic the person may not follow at all is
 * named in `refused`; an unknown one is a 400. Served by staff/list-reports (same access: table read).
 */
import { ChangesQuery, maySubscribe, mayReceive, parseTopic, type ParsedTopic, type RealtimeChanges } from '@tandem/shared';
import { badRequest, json, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { changesAfter } from './realtime-store.js';

/** Feed entries read at most per request (a busy commune's three days are read in several requests, through `next`). */
const READ_BUDGET = 1000;
const PAGE = 250;

export async function catchUp(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  authorize(user, reg.config, 'GET /api/{commune}/staff/changes', 'read');
  const q = parseQuery(event, ChangesQuery);
  const unknown = q.topics.flatMap((t, i) => (parseTopic(t) ? [] : [{ name: `topics.${i}`, reason: `not a topic: ${t}` }]));
  if (unknown.length) throw badRequest('some topics are not topics', unknown);
  const asked = q.topics.map((t) => parseTopic(t)!);
  // An item topic is judged per change (its subject then); the others can be refused at once, as subscribing would be.
  const followed: ParsedTopic[] = [];
  const refused: string[] = [];
  for (const t of asked) {
    if (t.kind === 'item' || maySubscribe(user, reg.config, t)) followed.push(t);
    else refused.push(t.topic);
  }

  const items: RealtimeChanges['items'] = [];
  let since = q.since;
  let read = 0;
  // Read to the feed's end, or until the limit or the read budget stops it (then `next` says where to go on from).
  let exhausted = followed.length === 0;
  pages: while (!exhausted && read < READ_BUDGET) {
    const page = await changesAfter(reg.config.id, since, PAGE);
    read += page.items.length;
    for (const c of page.items) {
      since = c.message.id;
      const topics = followed.filter((t) => c.topics.includes(t.topic) && mayReceive(user, reg.config, t, c.message.entity, c.subject));
      if (topics.length) items.push({ ...c.message, topics: topics.map((t) => t.topic) });
      if (items.length >= q.limit) break pages;
    }
    if (page.last) since = page.last;
    else exhausted = true;
  }
  const next = exhausted ? undefined : since;
  const body: RealtimeChanges = { items, ...(next ? { next } : {}), refused };
  return json(200, body);
}
