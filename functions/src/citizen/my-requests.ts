/**
 * « My requests »: the account's entries (entities/citizen.ts), newest first, read by key, then the reports and
 * permit requests they name in one BatchGet, as the list shows them: state, title, what is expected of me, the page.
 */
import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  CITIZEN_REQUEST_SK_PREFIX,
  type CitizenRequestItem,
  type CommuneRegistration,
  type ExpectedOfMe,
  type MyRequest,
  type PermitItem,
  type ReportItem,
  findCategory,
  keys,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { decodeCursor, encodeCursor } from '../lib/cursor.js';

export const MY_REQUESTS_PAGE = 50;

export async function myRequests(
  reg: CommuneRegistration,
  sub: string,
  cursor: string | undefined,
): Promise<{ items: MyRequest[]; cursor?: string }> {
  const commune = reg.config.id;
  const pk = keys.citizenRequests(commune, sub);
  const start = decodeCursor(cursor, commune);
  if (start && start.pk !== pk) throw Object.assign(new Error('cursor'), { name: 'BadCursor' });
  const res = await ddb().send(
    new QueryCommand({
      TableName: env().tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :req)',
      ExpressionAttributeValues: { ':pk': pk, ':req': CITIZEN_REQUEST_SK_PREFIX },
      ScanIndexForward: false,
      Limit: MY_REQUESTS_PAGE,
      ...(start ? { ExclusiveStartKey: start } : {}),
    }),
  );
  const entries = (res.Items ?? []) as CitizenRequestItem[];
  const found = await readAll(commune, entries);
  const items = entries.flatMap((e) => {
    const item = found.get(`${e.kind}#${e.code}`);
    return item ? [view(reg, e, item)] : []; // erased or expired (a draft's TTL): nothing to show
  });
  return { items, ...(res.LastEvaluatedKey ? { cursor: encodeCursor(res.LastEvaluatedKey) } : {}) };
}

async function readAll(commune: string, entries: CitizenRequestItem[]): Promise<Map<string, ReportItem | PermitItem>> {
  const out = new Map<string, ReportItem | PermitItem>();
  let Keys: Record<string, unknown>[] = entries.map((e) =>
    e.kind === 'report' ? keys.report(commune, e.code) : keys.permit(commune, e.code),
  );
  // BatchGet takes 100 keys; a page has at most MY_REQUESTS_PAGE. Unprocessed keys are asked again.
  for (let round = 0; Keys.length && round < 5; round++) {
    const res = await ddb().send(
      new BatchGetCommand({
        RequestItems: {
          [env().tableName]: {
            Keys,
            ProjectionExpression: '#t, code, #s, createdAt, updatedAt, category, title, kind',
            ExpressionAttributeNames: { '#t': 'type', '#s': 'state' },
          },
        },
      }),
    );
    for (const item of res.Responses?.[env().tableName] ?? []) {
      const it = item as ReportItem | PermitItem;
      out.set(`${it.type}#${it.code}`, it);
    }
    Keys = (res.UnprocessedKeys?.[env().tableName]?.Keys ?? []) as Record<string, unknown>[];
  }
  return out;
}

function view(reg: CommuneRegistration, e: CitizenRequestItem, item: ReportItem | PermitItem): MyRequest {
  const commune = reg.config.id;
  if (item.type === 'report') {
    const category = findCategory(reg.config, item.category);
    return {
      kind: 'report',
      code: item.code,
      title: category?.label.fr ?? item.category,
      state: item.state,
      createdAt: e.createdAt,
      ...(item.updatedAt ? { updatedAt: item.updatedAt } : {}),
      expected: 'nothing',
      url: `/${commune}/suivi/${item.code}/`,
    };
  }
  return {
    kind: 'permit',
    code: item.code,
    title: item.title,
    state: item.state,
    createdAt: e.createdAt,
    ...(item.updatedAt ? { updatedAt: item.updatedAt } : {}),
    expected: expectedOf(item),
    url: `/${commune}/demandes/suivi/${item.code}/`,
  };
}

/** What the requester is expected to do: finish a draft, complete what staff asked for. */
function expectedOf(p: PermitItem): ExpectedOfMe {
  if (p.state === 'draft') return 'complete-draft';
  if (p.state === 'incomplete' || p.state === 'changes_requested') return 'complete-request';
  return 'nothing';
}
