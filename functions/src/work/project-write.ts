/**
 * Staff start and change projects (docs/work-projects.md):
 *   POST  /api/{c}/staff/projects        a project; with `template`, the template's tasks due from the anchor day,
 *                                        written with the project, its first activity item and its audit entry in
 *                                        one transaction (Idempotency-Key: a retry answers the same project)
 *   PATCH /api/{c}/staff/projects/{id}   a change guarded by the version the agent saw (409 when stale), with its
 *                                        activity item (the fields changed) and its audit entry
 */
import {
  TRACKING_CODE_PATTERN,
  newTrackingCode,
  newWorkActivityItem,
  projectIndexes,
  projectKeys,
  type ProjectItem,
  type RouteKeyOf,
  type Subject,
} from '@tandem/shared';
import { ProjectChange, ProjectInput } from '@tandem/shared/schemas/work';
import type { FieldChange } from '@tandem/shared/entities/work-activity';
import { HttpError, apiHandler, conflict, header, json, notFound, parseBody, pathParam, type ApiEvent } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { requireStaff, type StaffUser } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { checkedKey, idempotencyRecord, previousRecord, requestHash } from '../lib/idempotency.js';
import { insertNew } from '../lib/insert-new.js';
import { runVersionedChange } from '../lib/versioned-change.js';
import { auditContext, auditEntry, type AuditContext } from '../lib/audit.js';
import { routeOf } from '../lib/route-of.js';
import type { CommuneRegistration } from '@tandem/shared';
import { checkProjectChange, checkProjectInput } from './project-input.js';
import { getProject, getProjectWithActivity, projectTasks, toProjectView } from './project-store.js';
import { TRANSACTION_LIMIT, putMissingTasks, templateTaskItems } from './project-template.js';

/** Who owns a project for the role matrix: its lead department; the others take part. */
export const projectSubject = (p: Pick<ProjectItem, 'departments'>): Subject => ({
  department: p.departments[0],
  reviewers: p.departments.slice(1),
});

interface Ctx {
  event: ApiEvent;
  reg: CommuneRegistration;
  user: StaffUser;
  audit: AuditContext;
}

const ROUTES = {
  'POST /api/{commune}/staff/projects': create,
  'PATCH /api/{commune}/staff/projects/{id}': change,
} satisfies Record<RouteKeyOf<'work/project-write'>, (c: Ctx) => Promise<unknown>>;

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  return routeOf<'work/project-write', (c: Ctx) => ReturnType<typeof create>>(
    event,
    ROUTES,
  )({
    event,
    reg,
    user,
    audit: auditContext(event, reg, user),
  });
});

async function answer(commune: string, id: string, status: number, extra: Record<string, string> = {}) {
  const found = await getProjectWithActivity(commune, id);
  if (!found) throw notFound('no project has this id');
  const tasks = await projectTasks(commune, id);
  return json(status, toProjectView(found.project, { activity: found.activity, tasks }), {
    etag: `"${found.project.version}"`,
    ...extra,
  });
}

async function create({ event, reg, user, audit }: Ctx) {
  const route = 'POST /api/{commune}/staff/projects';
  const commune = reg.config.id;
  authorize(user, reg.config, route, 'create');
  const input = parseBody(event, ProjectInput);
  const template = checkProjectInput(reg.config, input);
  authorize(user, reg.config, route, 'create', projectSubject(input));
  const idemKey = checkedKey(header(event, 'idempotency-key'));
  const hash = requestHash(event.routeKey, commune, user.sub, input);
  const replay = async (id: string) => {
    const p = await getProject(commune, id);
    // A creation whose tasks did not all fit in its transaction finishes them now.
    if (p && template && input.template && p.template?.version === template.version)
      await putMissingTasks(
        templateTaskItems(template, { commune, projectId: id, anchorDay: input.template.anchorDay, at: p.createdAt, by: p.createdBy }),
      );
    return answer(commune, id, 200, { 'idempotent-replayed': 'true' });
  };
  if (idemKey) {
    const prev = await previousRecord(commune, idemKey, hash);
    if (prev) return replay(prev.code);
  }
  const at = clock.iso();
  for (let attempt = 0; attempt < 4; attempt++) {
    const id = newTrackingCode();
    const start = input.start ?? input.template?.anchorDay;
    const project: ProjectItem = {
      ...projectKeys.project(commune, id),
      type: 'project',
      commune,
      id,
      kind: input.kind,
      title: input.title,
      description: input.description,
      departments: input.departments,
      status: input.status,
      health: input.health,
      ...(input.lead ? { lead: input.lead } : {}),
      ...(start ? { start } : {}),
      ...(input.end ? { end: input.end } : {}),
      ...(input.budgetLine ? { budgetLine: input.budgetLine } : {}),
      ...(input.place ? { place: input.place } : {}),
      ...(input.pstObjective ? { pstObjective: input.pstObjective } : {}),
      ...(template && input.template
        ? { template: { id: template.id, version: template.version, anchorDay: input.template.anchorDay } }
        : {}),
      createdAt: at,
      updatedAt: at,
      createdBy: user.sub,
      version: 1,
      ...definedIndexes(projectIndexes({ commune, id, start })),
    };
    const tasks =
      template && input.template
        ? templateTaskItems(template, { commune, projectId: id, anchorDay: input.template.anchorDay, at, by: user.sub })
        : [];
    const first = newWorkActivityItem(project.pk, 'project', commune, id, at, {
      kind: 'created',
      public: false,
      actor: user.name,
      actorSub: user.sub,
      ...(template ? { text: template.title } : {}),
    });
    const idem = idemKey ? idempotencyRecord(commune, idemKey, hash, id, at) : undefined;
    const entry = auditEntry(audit, at, 'project.create', { kind: 'project', id }, input.title);
    const room = TRANSACTION_LIMIT - 3 - (idem ? 1 : 0);
    const outcome = await insertNew(project, first, idem, tasks.slice(0, room), [entry]);
    if (outcome === 'created') {
      await putMissingTasks(tasks.slice(room));
      return answer(commune, id, 201, { location: `/api/${commune}/staff/projects/${id}` });
    }
    if (outcome === 'idempotency_taken' && idemKey) {
      const prev = await previousRecord(commune, idemKey, hash);
      if (prev) return replay(prev.code);
    }
    if (outcome === 'busy') throw conflict('the same request is being saved right now; try again in a moment');
    // code_taken: draw another id.
  }
  throw new HttpError(503, 'could not allocate a project id; try again');
}

/** The fields a change may set, as stored (null clears). */
const CHANGEABLE = [
  'title',
  'description',
  'departments',
  'lead',
  'start',
  'end',
  'status',
  'health',
  'budgetLine',
  'place',
  'pstObjective',
] as const satisfies readonly (keyof ProjectChange & keyof ProjectItem)[];

const shown = (v: unknown): string | undefined =>
  v === undefined || v === null
    ? undefined
    : typeof v === 'string'
      ? v
      : Array.isArray(v) && v.every((x) => typeof x === 'string')
        ? v.join(', ')
        : JSON.stringify(v);

async function change({ event, reg, user, audit }: Ctx) {
  const route = 'PATCH /api/{commune}/staff/projects/{id}';
  const commune = reg.config.id;
  const id = pathParam(event, 'id');
  if (!TRACKING_CODE_PATTERN.test(id)) throw notFound('no project has this id');
  const body = parseBody(event, ProjectChange);
  const current = await getProject(commune, id);
  if (!current) throw notFound('no project has this id');
  authorize(user, reg.config, route, 'update', projectSubject(current));
  const at = clock.iso();
  return runVersionedChange({
    commune,
    code: id,
    current,
    expectedVersion: body.version,
    at,
    idempotencyKey: checkedKey(header(event, 'idempotency-key')),
    requestHash: requestHash(event.routeKey, id, body),
    build: (p) => {
      authorize(user, reg.config, route, 'update', projectSubject(p));
      // Handing the project to departments of which the agent is none: only admins (and agents of the new lead).
      if (body.departments) authorize(user, reg.config, route, 'update', projectSubject({ departments: body.departments }));
      checkProjectChange(reg.config, p, body);
      const set: Record<string, unknown> = {};
      const remove: string[] = [];
      const changes: FieldChange[] = [];
      for (const field of CHANGEABLE) {
        const next = body[field];
        if (next === undefined) continue;
        const before = shown(p[field]);
        const after = shown(next);
        if (before === after) continue;
        if (next === null) remove.push(field);
        else set[field] = next;
        changes.push({ field, ...(before !== undefined ? { from: before } : {}), ...(after !== undefined ? { to: after } : {}) });
      }
      const start = body.start === null ? undefined : (body.start ?? p.start);
      const idx = projectIndexes({ commune, id, start, publication: p.publication });
      set.gsi1sk = idx.gsi1sk;
      const statusOnly = changes.length === 1 && changes[0].field === 'status';
      const item = newWorkActivityItem(p.pk, 'project', commune, id, at, {
        kind: statusOnly ? 'status' : 'changed',
        public: false,
        actor: user.name,
        actorSub: user.sub,
        changes,
      });
      const entry = auditEntry(audit, at, 'project.update', { kind: 'project', id }, changes.map((c) => c.field).join(', ') || 'no change');
      return { set, remove, puts: [item, entry] };
    },
    stale: (p) =>
      conflict('someone else changed this project since you opened it; reload it and try again', {
        currentVersion: p.version,
      }),
    reload: () => getProject(commune, id),
    answer: (replayed) => answer(commune, id, 200, replayed ? { 'idempotent-replayed': 'true' } : {}),
  });
}

function definedIndexes(idx: ReturnType<typeof projectIndexes>) {
  return { gsi1pk: idx.gsi1pk, gsi1sk: idx.gsi1sk, ...(idx.gsi2pk ? { gsi2pk: idx.gsi2pk, gsi2sk: idx.gsi2sk } : {}) };
}
