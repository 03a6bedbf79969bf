/**
 * Recurring tasks (docs/recurring-work.md):
 *   GET    /api/{c}/staff/recurrences           every recurrence (workers: their departments'), with its rule in words
 *   POST   /api/{c}/staff/recurrences           set one up (Idempotency-Key makes a retry harmless)
 *   PATCH  /api/{c}/staff/recurrences/{id}      change it, guarded by its version (409 when stale)
 *   DELETE /api/{c}/staff/recurrences/{id}?version=N   delete it (the tasks already made stay)
 * The scheduler (recurrence-scheduler.ts) makes the tasks. The role matrix says who: a department's agents and admins
 * set up and change its recurrences. Every change writes its audit entry in its own transaction.
 */
import { TRACKING_CODE_PATTERN, newRecurrenceItem, newTrackingCode, normaliseTrackingCode, type RecurrenceItem } from '@tandem/shared';
import { RecurrenceChange, RecurrenceDeleteQuery, RecurrenceInput } from '@tandem/shared/schemas/recurring';
import { formatRrule, parseRrule } from '@tandem/shared/work/rrule';
import { type HttpError, apiHandler, conflict, header, json, notFound, parseBody, parseQuery, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize, authorizeList } from '../lib/authorize.js';
import { checkedKey, requestHash } from '../lib/idempotency.js';
import { createdAnswer, runCreateOnce } from '../lib/create-once.js';
import { insertNew } from '../lib/insert-new.js';
import { runVersionedChange, runVersionedDelete } from '../lib/versioned-change.js';
import { routeOf } from '../lib/route-of.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { allRecurrences, getRecurrence } from './recurrence-store.js';
import { recurrenceView } from './recurrence-view.js';
import { checkWorkDepartment } from './work-departments.js';

/** The rule as stored: read once more and written in its one form (the schema already refused what cannot be read). */
const canonicalRule = (text: string) => {
  const p = parseRrule(text);
  if (!p.ok) throw new Error('rule validated by the schema');
  return formatRrule(p.rule);
};

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const action = routeOf<'work/recurrences', 'list' | 'create' | 'change' | 'delete'>(event, {
    'GET /api/{commune}/staff/recurrences': 'list',
    'POST /api/{commune}/staff/recurrences': 'create',
    'PATCH /api/{commune}/staff/recurrences/{id}': 'change',
    'DELETE /api/{commune}/staff/recurrences/{id}': 'delete',
  });
  const audit = auditContext(event, reg, user);
  const today = clock.today();

  if (action === 'list') {
    const scope = authorizeList(user, reg.config, 'GET /api/{commune}/staff/recurrences', 'list');
    const items = (await allRecurrences(commune)).filter((r) => scope === 'any' || scope.includes(r.department));
    return json(200, { items: items.map((r) => recurrenceView(r, today)) });
  }

  if (action === 'create') {
    const route = 'POST /api/{commune}/staff/recurrences';
    authorize(user, reg.config, route, 'create');
    const input = parseBody(event, RecurrenceInput);
    checkWorkDepartment(reg.config, input.department);
    authorize(user, reg.config, route, 'create', { department: input.department });
    const now = clock.iso();
    const id = newTrackingCode();
    const { place, ...fields } = input;
    return runCreateOnce({
      commune,
      idempotencyKey: checkedKey(header(event, 'idempotency-key')),
      requestHash: requestHash(event.routeKey, commune, user.sub, input),
      at: now,
      id,
      // A recurrence has no timeline: the audit entry is the item written with it (its key's random part keeps it apart).
      write: (idem) =>
        insertNew(
          newRecurrenceItem({
            commune,
            id,
            ...fields,
            ...(place ? { place } : {}),
            rule: canonicalRule(input.rule),
            createdAt: now,
            createdBy: user.sub,
          }),
          auditEntry(audit, now, 'recurrence.create', { kind: 'recurrence', id }, input.title),
          idem,
        ),
      answer: async (made, replayed) => {
        const r = await getRecurrence(commune, made);
        if (!r) throw notFound('no recurrence has this id');
        return createdAnswer(recurrenceView(r, today), `/api/${commune}/staff/recurrences/${made}`, replayed);
      },
      busy: 'this recurrence is being saved right now; try again in a moment',
    });
  }

  const id = normaliseTrackingCode(pathParam(event, 'id'));
  if (!TRACKING_CODE_PATTERN.test(id)) throw notFound('no recurrence has this id');
  const current = await getRecurrence(commune, id);
  if (!current) throw notFound('no recurrence has this id');

  if (action === 'change') {
    const route = 'PATCH /api/{commune}/staff/recurrences/{id}';
    authorize(user, reg.config, route, 'update', { department: current.department });
    const change = parseBody(event, RecurrenceChange);
    if (change.department !== undefined && change.department !== current.department) {
      checkWorkDepartment(reg.config, change.department);
      // Handing it to another department: only to one of the user's own (admins: any).
      authorize(user, reg.config, route, 'update', { department: change.department });
    }
    const now = clock.iso();
    return runVersionedChange({
      commune,
      code: id,
      current,
      expectedVersion: change.version,
      at: now,
      idempotencyKey: checkedKey(header(event, 'idempotency-key')),
      requestHash: requestHash(event.routeKey, id, change),
      build: (r) => {
        const { version: _v, place, rule, ...rest } = change;
        const set: Partial<RecurrenceItem> = { ...rest, ...(rule ? { rule: canonicalRule(rule) } : {}), ...(place ? { place } : {}) };
        return {
          set,
          remove: place === null ? ['place'] : [],
          puts: [auditEntry(audit, now, 'recurrence.update', { kind: 'recurrence', id }, change.title ?? r.title)],
        };
      },
      stale,
      reload: () => getRecurrence(commune, id),
      answer: async (replayed) => {
        const fresh = await getRecurrence(commune, id);
        if (!fresh) throw notFound('no recurrence has this id');
        return json(200, recurrenceView(fresh, today), replayed ? { 'idempotent-replayed': 'true' } : {});
      },
    });
  }

  // DELETE: the recurrence goes; the tasks it made stay (they are work in their own right).
  authorize(user, reg.config, 'DELETE /api/{commune}/staff/recurrences/{id}', 'delete', { department: current.department });
  const { version } = parseQuery(event, RecurrenceDeleteQuery);
  return runVersionedDelete({
    current,
    expectedVersion: version,
    audit: auditEntry(audit, clock.iso(), 'recurrence.delete', { kind: 'recurrence', id }, current.title),
    stale,
    reload: () => getRecurrence(commune, id),
  });
});

function stale(r: RecurrenceItem): HttpError {
  return conflict('someone else changed this recurrence since you opened it; reload it and try again', { currentVersion: r.version });
}
