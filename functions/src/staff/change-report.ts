/**
 * Staff changes to a report, each with its timeline item in one transaction and guarded by the version
 * the agent saw (a stale version is a 409, so two agents never overwrite each other):
 * POST …/transitions (state), POST …/updates (public update or private note), PATCH … (department, and the
 * planning: assignee, priority, due date). The role matrix says who: the report's department's agents and admins
 * change it; any agent adds a note. The assignee's assignment item (their "my work") is rewritten in the same
 * transaction on every change, so its copy of the state, priority and due date stays true (report-assignment.ts).
 */
import type * as z from 'zod';
import {
  AssignInput,
  TRACKING_CODE_PATTERN,
  TransitionInput,
  UpdateInput,
  checkTransition,
  isClosedState,
  mayDo,
  normaliseTrackingCode,
  type RouteKeyOf,
} from '@tandem/shared';
import {
  type HttpError,
  apiHandler,
  conflict,
  header,
  json,
  notFound,
  parseBody,
  pathParam,
  unprocessable,
  type ApiEvent,
} from '../lib/http.js';
import { checkedKey, requestHash } from '../lib/idempotency.js';
import { runVersionedChange } from '../lib/versioned-change.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { requireStaff, type StaffUser } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { getReport, getReportWithTimeline } from '../reports/report-store.js';
import { newTimelineItem, stateIndexes, type ReportItem, type TimelineItem } from '@tandem/shared';
import { planningOf, toStaffReport } from '../reports/report-item.js';
import { assignmentEntries } from '../reports/report-assignment.js';
import { photoUrls, timelinePhotoUrls } from '../reports/photos.js';
import type { AuditAction, CommuneRegistration } from '@tandem/shared';

type Change = { set: Partial<ReportItem>; remove: (keyof ReportItem)[]; items: TimelineItem[] };
type Actor = Pick<TimelineItem, 'actor' | 'actorSub'>;
interface ChangeContext {
  reg: CommuneRegistration;
  now: string;
  actor: Actor;
}

/** A route's body schema, the role-matrix check of its action and how its change is built: the parsed body keeps its type, no cast. */
const changeOf =
  <S extends z.ZodType<{ version: number }>>(
    schema: S,
    check: (user: StaffUser, reg: CommuneRegistration, r: ReportItem, body: z.output<S>) => void,
    build: (ctx: ChangeContext, r: ReportItem, body: z.output<S>) => Change | Promise<Change>,
  ) =>
  (event: ApiEvent) => {
    const body = parseBody(event, schema);
    return {
      body,
      check: (user: StaffUser, reg: CommuneRegistration, r: ReportItem) => check(user, reg, r, body),
      build: (ctx: ChangeContext, r: ReportItem) => build(ctx, r, body),
    };
  };

const reportSubject = (r: ReportItem) => ({ department: r.department });

const ROUTE_CHANGES = {
  'POST /api/{commune}/staff/reports/{code}/transitions': changeOf(
    TransitionInput,
    (u, reg, r) => authorize(u, reg.config, 'POST /api/{commune}/staff/reports/{code}/transitions', 'transition', reportSubject(r)),
    (c, r, b) => transition(c.reg, r, b, c.now, c.actor),
  ),
  'POST /api/{commune}/staff/reports/{code}/updates': changeOf(
    UpdateInput,
    (u, reg, r, b) =>
      authorize(
        u,
        reg.config,
        'POST /api/{commune}/staff/reports/{code}/updates',
        b.public ? 'publicUpdate' : 'privateNote',
        reportSubject(r),
      ),
    (c, r, b) => update(r, b, c.now, c.actor),
  ),
  'PATCH /api/{commune}/staff/reports/{code}': changeOf(
    AssignInput,
    (u, reg, r, b) => {
      const route = 'PATCH /api/{commune}/staff/reports/{code}';
      if (b.department !== undefined) authorize(u, reg.config, route, 'assign', reportSubject(r));
      if (b.assignee !== undefined || b.priority !== undefined || b.dueAt !== undefined)
        authorize(u, reg.config, route, 'plan', reportSubject(r));
    },
    (c, r, b) => assign(c.reg, r, b, c.now, c.actor),
  ),
} satisfies Record<RouteKeyOf<'staff/change-report'>, unknown>;

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const code = normaliseTrackingCode(pathParam(event, 'code'));
  if (!TRACKING_CODE_PATTERN.test(code)) throw notFound('no report has this code');
  const { body, check, build } = routeOf<
    'staff/change-report',
    (e: ApiEvent) => ReturnType<(typeof ROUTE_CHANGES)[keyof typeof ROUTE_CHANGES]>
  >(
    event,
    ROUTE_CHANGES,
  )(event);

  const report = await getReport(commune, code);
  if (!report) throw notFound('no report has this code');
  // Checked on the report as read, before a replay is answered, and again on the version the change applies to.
  check(user, reg, report);
  const personal = mayDo(user, reg.config, 'GET /api/{commune}/staff/reports/{code}', 'personalData', reportSubject(report));
  const ctx: ChangeContext = { reg, now: clock.iso(), actor: { actor: user.name, actorSub: user.sub } };
  const audit = auditContext(event, reg, user);
  return runVersionedChange({
    commune,
    code,
    current: report,
    expectedVersion: body.version,
    at: ctx.now,
    idempotencyKey: checkedKey(header(event, 'idempotency-key')),
    requestHash: requestHash(event.routeKey, code, body),
    build: async (r) => {
      check(user, reg, r);
      const change = await build(ctx, r);
      // The audit entries in the change's transaction: a replayed request writes none again.
      const entries = change.items.map((t) => auditEntry(audit, ctx.now, auditAction(t), { kind: 'report', id: code }, auditDetail(t)));
      const after: ReportItem = { ...r, ...change.set };
      for (const k of change.remove) delete after[k];
      return {
        set: change.set,
        remove: change.remove,
        puts: [...change.items, ...entries],
        more: assignmentEntries(reg.config, r, after),
      };
    },
    stale,
    reload: () => getReport(commune, code),
    answer: (replayed) => current(reg, code, replayed, personal),
  });
});

async function current(reg: CommuneRegistration, code: string, replayed: boolean, personal: boolean) {
  const commune = reg.config.id;
  const fresh = await getReportWithTimeline(commune, code);
  if (!fresh) throw notFound('no report has this code');
  const planning = planningOf(fresh.report, reg.config, clock.iso());
  const feedback = { photoUrl: await timelinePhotoUrls(fresh.timeline), ratings: fresh.feedback };
  return json(200, toStaffReport(fresh.report, fresh.timeline, await photoUrls(fresh.report.photos), personal, planning, feedback), {
    etag: `"${fresh.report.version}"`,
    ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
  });
}

/** Each change's audit action, by the kind of timeline item it writes. */
function auditAction(t: TimelineItem): AuditAction {
  switch (t.kind) {
    case 'state_changed':
      return 'report.transition';
    case 'public_update':
      return 'report.update';
    case 'private_note':
      return 'report.note';
    case 'assigned':
      return 'report.assign';
    case 'planned':
      return 'report.plan';
    default:
      throw new Error(`no audit action for a staff change that writes "${t.kind}"`);
  }
}

/** A short word on the change for the audit log (states, department): the message itself stays on the timeline. */
function auditDetail(t: TimelineItem): string | undefined {
  if (t.kind === 'state_changed') return `${t.from} → ${t.to}`;
  if (t.kind === 'assigned') return t.department;
  if (t.kind === 'planned') {
    const parts = [
      t.assignee !== undefined ? `assignee: ${t.assignee ?? '—'}` : '',
      t.priority ? `priority: ${t.priority}` : '',
      t.dueAt !== undefined ? `due: ${t.dueAt ?? '—'}` : '',
    ];
    return parts.filter(Boolean).join(', ');
  }
  return undefined;
}

function stale(current: ReportItem): HttpError {
  return conflict('someone else changed this report since you opened it; reload it and try again', {
    currentVersion: current.version,
    currentState: current.state,
  });
}

async function transition(reg: CommuneRegistration, r: ReportItem, b: TransitionInput, now: string, actor: Actor): Promise<Change> {
  const check = checkTransition(r.state, b.to, { reportId: r.code, duplicateOf: b.duplicateOf });
  if (!check.ok) {
    const reasons = {
      illegal: `a report cannot go from "${r.state}" to "${b.to}"`,
      same_state: `the report is already "${b.to}"`,
      duplicate_target_required: 'name the report this one duplicates',
      duplicate_of_self: 'a report cannot duplicate itself',
    } as const;
    const field = check.reason.startsWith('duplicate') ? 'duplicateOf' : 'to';
    throw unprocessable(reasons[check.reason], [{ name: field, reason: reasons[check.reason] }]);
  }
  if (b.to === 'duplicate') {
    const original = await getReport(reg.config.id, normaliseTrackingCode(b.duplicateOf!));
    if (!original)
      throw unprocessable('the original report does not exist', [{ name: 'duplicateOf', reason: 'no such report in this commune' }]);
  }
  // Closed: it enters the personal-data erasure queue (gsi3) from now; reopened: it leaves it.
  const closed = isClosedState(b.to);
  const idx = stateIndexes({ ...r, state: b.to }, now);
  const remove: (keyof ReportItem)[] = [];
  if (!idx.gsi3pk) remove.push('gsi3pk', 'gsi3sk');
  if (!closed && r.closedAt) remove.push('closedAt');
  if (b.to !== 'duplicate' && r.duplicateOf) remove.push('duplicateOf');
  return {
    set: {
      state: b.to,
      gsi2pk: idx.gsi2pk,
      gsi2sk: idx.gsi2sk,
      ...(idx.gsi3pk ? { gsi3pk: idx.gsi3pk, gsi3sk: idx.gsi3sk } : {}),
      ...(closed ? { closedAt: now } : {}),
      ...(b.to === 'duplicate' ? { duplicateOf: normaliseTrackingCode(b.duplicateOf!) } : {}),
    },
    remove,
    items: [
      newTimelineItem(r.commune, r.code, now, {
        kind: 'state_changed',
        public: true,
        from: r.state,
        to: b.to,
        ...(b.message ? { message: b.message } : {}),
        ...(b.to === 'duplicate' ? { duplicateOf: normaliseTrackingCode(b.duplicateOf!) } : {}),
        ...actor,
      }),
    ],
  };
}

function update(r: ReportItem, b: UpdateInput, now: string, actor: Actor): Change {
  return {
    set: {},
    remove: [],
    items: [
      newTimelineItem(r.commune, r.code, now, {
        kind: b.public ? 'public_update' : 'private_note',
        public: b.public,
        message: b.text,
        ...actor,
      }),
    ],
  };
}

/**
 * PATCH: the department (a public timeline item: the reporter sees who handles it) and/or the planning (one private
 * `planned` item). Fields sent unchanged are ignored; a request that changes nothing is refused (422).
 */
function assign(reg: CommuneRegistration, r: ReportItem, b: AssignInput, now: string, actor: Actor): Change {
  const set: Partial<ReportItem> = {};
  const remove: (keyof ReportItem)[] = [];
  const items: TimelineItem[] = [];
  const planningSent = b.assignee !== undefined || b.priority !== undefined || b.dueAt !== undefined;
  if (b.department !== undefined) {
    if (!reg.config.departments.some((d) => d.code === b.department)) {
      throw unprocessable('unknown department', [{ name: 'department', reason: `no department "${b.department}" in ${reg.config.id}` }]);
    }
    if (reg.config.departments.find((d) => d.code === b.department)?.reviewOnly)
      throw unprocessable('this department reviews permits and handles no report', [
        { name: 'department', reason: `"${b.department}" is review-only` },
      ]);
    if (b.department === r.department && !planningSent)
      throw unprocessable('the report is already with this department', [{ name: 'department', reason: 'unchanged' }]);
    if (b.department !== r.department) {
      set.department = b.department;
      items.push(newTimelineItem(r.commune, r.code, now, { kind: 'assigned', public: true, department: b.department, ...actor }));
    }
  }
  const planned: Pick<TimelineItem, 'assignee' | 'priority' | 'dueAt'> = {};
  if (b.assignee !== undefined && b.assignee !== (r.assignee ?? null)) {
    planned.assignee = b.assignee;
    if (b.assignee === null) remove.push('assignee', 'assignedAt');
    else Object.assign(set, { assignee: b.assignee, assignedAt: now });
  }
  if (b.priority !== undefined && b.priority !== (r.priority ?? 'normal')) {
    planned.priority = b.priority;
    set.priority = b.priority;
  }
  const due = b.dueAt === undefined || b.dueAt === null ? b.dueAt : new Date(b.dueAt).toISOString();
  if (due !== undefined && due !== (r.dueAt ?? null)) {
    planned.dueAt = due;
    if (due === null) remove.push('dueAt');
    else set.dueAt = due;
  }
  if (Object.keys(planned).length) {
    items.push(newTimelineItem(r.commune, r.code, now, { kind: 'planned', public: false, ...planned, ...actor }));
  }
  if (!items.length) {
    const field =
      b.assignee !== undefined ? 'assignee' : b.priority !== undefined ? 'priority' : b.dueAt !== undefined ? 'dueAt' : 'department';
    throw unprocessable('this changes nothing: the report already has these values', [{ name: field, reason: 'unchanged' }]);
  }
  return { set, remove, items };
}

export type { ApiEvent, StaffUser };
