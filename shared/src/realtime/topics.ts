/**
 * Topics a connection subscribes to, and who may read each: a topic is readable when the list or item route it
 * mirrors is (the role matrix, `mayDo`), so the socket never tells anyone more than the API would.
 *
 *   reports · permits · tasks · projects   a list: subscribing needs the list route; each change is delivered only
 *                                          if the user may list that item (a worker sees their departments' reports)
 *   report:<code> · permit:<code>          one item: its item route, on that item
 *   task:<id> · project:<id>
 *   board:<dept>                           a department's board (its tasks)
 *   user:<sub>                             what concerns one person (assigned to them, mentions): that person only
 */
import { TRACKING_CODE_PATTERN } from '../tracking-code.js';
import { mayDo, type DepartmentsOfCommune, type StaffActor, type StaffRouteKey, type Subject } from '../role-matrix.js';

export const ITEM_ENTITIES = ['report', 'permit', 'task', 'project'] as const;
export type ItemEntity = (typeof ITEM_ENTITIES)[number];
export type ListTopic = 'reports' | 'permits' | 'tasks' | 'projects';

export type ParsedTopic =
  | { kind: 'list'; topic: ListTopic; entity: ItemEntity }
  | { kind: 'item'; topic: string; entity: ItemEntity; ref: string }
  | { kind: 'board'; topic: string; department: string }
  | { kind: 'user'; topic: string; sub: string };

/** The route and action whose permission a topic mirrors (role-matrix.ts). */
interface Gate {
  route: StaffRouteKey;
  action: string;
}
const LIST_GATES: Record<ItemEntity, Gate> = {
  report: { route: 'GET /api/{commune}/staff/reports', action: 'list' },
  permit: { route: 'GET /api/{commune}/staff/permits', action: 'list' },
  task: { route: 'GET /api/{commune}/staff/tasks', action: 'list' },
  project: { route: 'GET /api/{commune}/staff/projects', action: 'list' },
};
const ITEM_GATES: Record<ItemEntity, Gate> = {
  report: { route: 'GET /api/{commune}/staff/reports/{code}', action: 'read' },
  permit: { route: 'GET /api/{commune}/staff/permits/{code}', action: 'read' },
  task: { route: 'GET /api/{commune}/staff/tasks/{id}', action: 'read' },
  project: { route: 'GET /api/{commune}/staff/projects/{id}', action: 'read' },
};
const BOARD_GATE: Gate = { route: 'GET /api/{commune}/staff/boards/{department}', action: 'read' };
const USER_GATE: Gate = { route: 'GET /api/{commune}/staff/my-work', action: 'read' };

const LIST_OF: Record<ListTopic, ItemEntity> = { reports: 'report', permits: 'permit', tasks: 'task', projects: 'project' };
export const listTopic = (entity: ItemEntity): ListTopic => `${entity}s` as ListTopic;
export const itemTopic = (entity: ItemEntity, ref: string) => `${entity}:${ref}`;
export const boardTopic = (department: string) => `board:${department}`;
export const userTopic = (sub: string) => `user:${sub}`;

const DEPARTMENT = /^[a-z][a-z0-9-]{1,40}$/;
/** A Cognito sub (a UUID) or cognito-local's; never a name or an address. */
const SUB = /^[A-Za-z0-9-]{1,64}$/;

/** The topic, or undefined when it is not one (a 400 for the client). */
export function parseTopic(topic: string): ParsedTopic | undefined {
  if (topic in LIST_OF) return { kind: 'list', topic: topic as ListTopic, entity: LIST_OF[topic as ListTopic] };
  const colon = topic.indexOf(':');
  if (colon < 0) return undefined;
  const [prefix, rest] = [topic.slice(0, colon), topic.slice(colon + 1)];
  if ((ITEM_ENTITIES as readonly string[]).includes(prefix))
    return TRACKING_CODE_PATTERN.test(rest) ? { kind: 'item', topic, entity: prefix as ItemEntity, ref: rest } : undefined;
  if (prefix === 'board') return DEPARTMENT.test(rest) ? { kind: 'board', topic, department: rest } : undefined;
  if (prefix === 'user') return SUB.test(rest) ? { kind: 'user', topic, sub: rest } : undefined;
  return undefined;
}

const allowed = (actor: StaffActor, commune: DepartmentsOfCommune, gate: Gate, subject?: Subject) =>
  // The gates above are lines of the matrix; the cast only widens the action to the route's own actions.
  mayDo(actor, commune, gate.route, gate.action as never, subject);

/** Whether someone may read an item (its staff page): what its topic follows, and whom a comment on it may mention. */
export function mayReadItem(actor: StaffActor, commune: DepartmentsOfCommune, entity: ItemEntity, subject: Subject): boolean {
  return allowed(actor, commune, ITEM_GATES[entity], subject);
}

/** A person of the staff directory (their highest role and their departments) as the role matrix sees them. */
export const personActor = (p: { id: string; role: string; departments: readonly string[] }): StaffActor => ({
  roles: [p.role as StaffActor['roles'][number]],
  departments: p.departments,
  sub: p.id,
});

/**
 * Whether the user may follow a topic. `item` is the item's subject (its departments, assignees) for an item topic,
 * read by the caller; undefined for an item topic means the item does not exist (refused).
 */
export function maySubscribe(actor: StaffActor, commune: DepartmentsOfCommune, t: ParsedTopic, item?: Subject): boolean {
  switch (t.kind) {
    case 'list':
      return allowed(actor, commune, LIST_GATES[t.entity]);
    case 'item':
      return item !== undefined && allowed(actor, commune, ITEM_GATES[t.entity], item);
    case 'board':
      return commune.departments.some((d) => d.code === t.department) && allowed(actor, commune, BOARD_GATE, { department: t.department });
    case 'user':
      return actor.sub === t.sub && allowed(actor, commune, USER_GATE);
  }
}

/**
 * Whether a change of an item (`subject`: the item's departments and assignees when it changed) reaches a subscriber
 * of the topic: the same question as the API's, asked per change, so a list topic delivers only what the user may list.
 */
export function mayReceive(
  actor: StaffActor,
  commune: DepartmentsOfCommune,
  t: ParsedTopic,
  entity: ItemEntity,
  subject: Subject,
): boolean {
  switch (t.kind) {
    case 'list':
      return allowed(actor, commune, LIST_GATES[entity], subject);
    case 'item':
      return allowed(actor, commune, ITEM_GATES[entity], subject);
    // A board or a person's topic also needs the item itself to be readable (a mention does not open a task).
    case 'board':
      return allowed(actor, commune, BOARD_GATE, { department: t.department }) && allowed(actor, commune, ITEM_GATES[entity], subject);
    case 'user':
      return actor.sub === t.sub && allowed(actor, commune, USER_GATE) && allowed(actor, commune, ITEM_GATES[entity], subject);
  }
}
