/**
 * POST /api/{commune}/staff/tasks/{id}/comments, …/projects/{id}/comments, …/reports/{code}/comments and
 * …/permits/{code}/comments: a comment, with @mentions of people
 * (subs, checked against the people directory) and departments (`dept:<code>`, checked against the config), and
 * files. One transaction: the item must exist, the comment's activity item, one mention item per name (their
 * "mentioned" lists), the audit entry and the Idempotency-Key record (a retry answers the same comment, 200).
 * A comment does not change the item, so it takes no version: comments never conflict. On a report or a permit the
 * comment is staff-only: an activity item beside its timeline, which no public or requester view reads.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  mayReadItem,
  mentionItem,
  newWorkActivityItem,
  personActor,
  type AuditAction,
  type CommuneRegistration,
  type Subject,
  type WorkActivityItem,
} from '@tandem/shared';
import { CommentInput } from '@tandem/shared/schemas/work';
import { conflict, header, json, notFound, parseBody, pathParam, unprocessable, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { ddb, env } from '../lib/aws.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { checkedKey, idempotencyRecord, previousRecord, requestHash } from '../lib/idempotency.js';
import { isTransactionConflict } from '../lib/versioned-write.js';
import { staffDirectory, unknownPeople } from './people-directory.js';
import { adoptWorkFiles } from './work-files.js';
import { toActivityView } from './task-view.js';
import { getItem } from './work-store.js';
import { itemParam, workItem, type WorkKind } from './work-item-ref.js';

/** The comment routes, by the kind of item they comment on. */
export const COMMENT_ROUTES = {
  task: 'POST /api/{commune}/staff/tasks/{id}/comments',
  project: 'POST /api/{commune}/staff/projects/{id}/comments',
  report: 'POST /api/{commune}/staff/reports/{code}/comments',
  permit: 'POST /api/{commune}/staff/permits/{code}/comments',
} as const satisfies Record<WorkKind, string>;

const AUDIT_ACTION = {
  task: 'task.comment',
  project: 'project.comment',
  report: 'report.comment',
  permit: 'permit.comment',
} as const satisfies Record<WorkKind, AuditAction>;

export const DEPARTMENT_MENTION = 'dept:';

export async function commentWork(event: ApiEvent, kind: WorkKind): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const route = COMMENT_ROUTES[kind];
  const item = await workItem(reg.config, kind, pathParam(event, itemParam(kind)));
  if (!item) throw notFound(`no ${kind} has this ${itemParam(kind)}`);
  authorize(user, reg.config, route, 'comment', item.subject);
  const input = parseBody(event, CommentInput);
  const mentions = [...new Set(input.mentions)];
  await checkMentions(reg, input.mentions, kind, item.subject);

  const idemKey = checkedKey(header(event, 'idempotency-key'));
  const hash = requestHash(event.routeKey, item.id, user.sub, input);
  const replay = async () => {
    const prev = idemKey ? await previousRecord(commune, idemKey, hash) : undefined;
    const sk = prev?.result?.sk;
    const a = sk ? await getItem<WorkActivityItem>({ pk: item.pk, sk }) : undefined;
    return a && json(200, await toActivityView(a), { 'idempotent-replayed': 'true' });
  };
  const replayed = await replay();
  if (replayed) return replayed;

  const now = clock.iso();
  const files = await adoptWorkFiles(commune, item.id, input.files, 'files');
  const activity = newWorkActivityItem(item.pk, kind, commune, item.id, now, {
    kind: 'comment',
    public: false,
    actor: user.name,
    actorSub: user.sub,
    text: input.text,
    ...(mentions.length ? { mentions } : {}),
    ...(files.length ? { files } : {}),
  });
  const TableName = env().tableName;
  const what = { kind, id: item.id, title: item.title, by: user.sub };
  const items = [
    ...(idemKey ? [idempotencyRecord(commune, idemKey, hash, item.id, now, { sk: activity.sk })] : []),
    activity,
    ...mentions.map((who) => mentionItem(commune, item.pk, who, now, what)),
    auditEntry(auditContext(event, reg, user), now, AUDIT_ACTION[kind], { kind, id: item.id }),
  ];
  try {
    await ddb().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName,
              Key: { pk: item.pk, sk: item.sk },
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
          ...items.map((Item) => ({ Put: { TableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } })),
        ],
      }),
    );
  } catch (e) {
    if (e instanceof TransactionCanceledException) {
      const reasons = e.CancellationReasons ?? [];
      if (idemKey && reasons[1]?.Code === 'ConditionalCheckFailed') {
        const again = await replay();
        if (again) return again;
      }
      if (reasons[0]?.Code === 'ConditionalCheckFailed') throw notFound(`no ${kind} has this ${itemParam(kind)}`);
      if (isTransactionConflict(e)) throw conflict('this item is being changed right now; try again in a moment');
    }
    throw e;
  }
  return json(201, await toActivityView(activity));
}

/**
 * Each mention names an enabled staff member (a sub) who may read the item, or a department of the commune
 * (`dept:<code>`): else a 422 naming it (a colleague told of an item they cannot open would find a closed door).
 */
async function checkMentions(reg: CommuneRegistration, mentions: readonly string[], kind: WorkKind, subject: Subject): Promise<void> {
  const bad: { name: string; reason: string }[] = [];
  const subs: string[] = [];
  mentions.forEach((m, i) => {
    if (!m.startsWith(DEPARTMENT_MENTION)) subs.push(m);
    else if (!reg.config.departments.some((d) => d.code === m.slice(DEPARTMENT_MENTION.length)))
      bad.push({ name: `mentions.${i}`, reason: `no department "${m.slice(DEPARTMENT_MENTION.length)}" in ${reg.config.id}` });
  });
  const unknown = await unknownPeople(reg, subs);
  for (const s of unknown)
    bad.push({ name: `mentions.${mentions.indexOf(s)}`, reason: 'not an enabled staff member (GET …/staff/people)' });
  const known = subs.filter((s) => !unknown.includes(s));
  if (known.length) {
    const people = new Map((await staffDirectory(reg)).map((p) => [p.id, p]));
    for (const s of known) {
      const p = people.get(s);
      if (p && !mayReadItem(personActor(p), reg.config, kind, subject))
        bad.push({
          name: `mentions.${mentions.indexOf(s)}`,
          reason: `may not read this ${kind}: mention someone who may, or a department`,
        });
    }
  }
  if (bad.length) throw unprocessable('a mention names nobody of this commune who may read it', bad);
}
