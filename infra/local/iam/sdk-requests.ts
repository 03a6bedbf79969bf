/**
 * What IAM evaluates for one SDK call: the operation becomes its IAM action(s), the table, index, object key,
 * bus or pool it names becomes a resource ARN. A call may need several (CopyObject reads its source and
 * writes its target; a transaction checks every item). Pure, so it is unit-tested.
 */
import { REALTIME_STAGE, TABLE_GSIS, TABLE_KEYS, bareAddress, type AccessRequest } from '@tandem/shared';

export type AwsService = 'dynamodb' | 's3' | 'cognito-idp' | 'events' | 'ses' | 'execute-api' | 'secretsmanager';

/** The local deployment's names and ARN bases (the handlers' environment). */
export interface LocalNames {
  region: string;
  account: string;
  tableName: string;
  bucket: string;
  busName: string;
  /** Tags of the user pools, by pool id (what `aws:ResourceTag` reads); the provisioning tags them as CDK does. */
  poolTags?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The local gateway's WebSocket API: its id in ARNs, and its stage (REALTIME_STAGE). */
export const LOCAL_WEBSOCKET_API_ID = 'local';

type Input = Record<string, unknown>;

export const localArns = (n: LocalNames) => ({
  table: (name: string) => `arn:aws:dynamodb:${n.region}:${n.account}:table/${name}`,
  bucket: (name: string) => `arn:aws:s3:::${name}`,
  bus: (name: string) => `arn:aws:events:${n.region}:${n.account}:event-bus/${name}`,
  userPool: (id: string) => `arn:aws:cognito-idp:${n.region}:${n.account}:userpool/${id}`,
  mailIdentity: (address: string) => `arn:aws:ses:${n.region}:${n.account}:identity/${address}`,
  /** A connection of the WebSocket API, as IAM names it for ManageConnections: `<api>/<stage>/<METHOD>/@connections/<id>`. */
  connection: (method: string, id: string) =>
    `arn:aws:execute-api:${n.region}:${n.account}:${LOCAL_WEBSOCKET_API_ID}/${REALTIME_STAGE}/${method}/@connections/${id}`,
  /** A Secrets Manager secret (the Web Push VAPID keys: the local key file stands for it, push-keys.ts). */
  secret: (name: string) => `arn:aws:secretsmanager:${n.region}:${n.account}:secret:${name}`,
});

/** The management API's operations, each the HTTP method its ARN names. */
const CONNECTION_METHODS: Record<string, string> = { PostToConnection: 'POST', GetConnection: 'GET', DeleteConnection: 'DELETE' };

/** Transaction items are authorised one by one, each as the single-item action it performs. */
const TRANSACT_ACTIONS: Record<string, string> = {
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  ConditionCheck: 'ConditionCheckItem',
  Get: 'GetItem',
};

/** A key attribute as the document client passes it (plain) or as the low-level client does ({ S: … }). */
function stringValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as { S?: unknown }).S === 'string') return (v as { S: string }).S;
  return undefined;
}
const partitionOf = (item: unknown) => stringValue((item as Input | undefined)?.[TABLE_KEYS.partitionKey]);
const present = (keys: (string | undefined)[]) => (keys.every((k) => k !== undefined) ? (keys as string[]) : []);

/**
 * The Query's partition: the value its KeyConditionExpression sets the partition key of the table or the index
 * equal to (`pk = :p`, `#p = :p`, `:p = pk`), as DynamoDB reports dynamodb:LeadingKeys for a Query.
 */
export function queryPartition(input: Input): string | undefined {
  const keyName = input.IndexName ? TABLE_GSIS.find((g) => g.name === input.IndexName)?.partitionKey : TABLE_KEYS.partitionKey;
  const names = (input.ExpressionAttributeNames ?? {}) as Record<string, string>;
  const values = (input.ExpressionAttributeValues ?? {}) as Input;
  const resolve = (token: string) => (token.startsWith('#') ? names[token] : token);
  for (const term of String(input.KeyConditionExpression ?? '').split(/\s+and\s+/i)) {
    const m = /^\(?\s*([#:]?[\w]+)\s*=\s*([#:]?[\w]+)\s*\)?$/.exec(term.trim());
    if (!m) continue;
    const [left, right] = [m[1], m[2]];
    if (resolve(left) === keyName && right.startsWith(':')) return stringValue(values[right]);
    if (resolve(right) === keyName && left.startsWith(':')) return stringValue(values[left]);
  }
  return undefined;
}

/** dynamodb:LeadingKeys of one single-item or query request; a Scan names none. */
function leadingKeysOf(operation: string, input: Input): string[] {
  if (operation === 'Query') return present([queryPartition(input)]);
  if (operation === 'PutItem') return present([partitionOf(input.Item)]);
  if (['GetItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'].includes(operation)) return present([partitionOf(input.Key)]);
  return [];
}

function dynamodbRequests(operation: string, input: Input, n: LocalNames): AccessRequest[] {
  const arn = localArns(n).table;
  const table = (name: unknown, index?: unknown) => `${arn(String(name))}${index ? `/index/${String(index)}` : ''}`;
  if (operation === 'TransactWriteItems' || operation === 'TransactGetItems') {
    return ((input.TransactItems ?? []) as Record<string, Input & { TableName?: string }>[]).flatMap((item) =>
      Object.entries(item).map(([kind, body]) => {
        const action = TRANSACT_ACTIONS[kind] ?? kind;
        return { action: `dynamodb:${action}`, resource: table(body?.TableName), leadingKeys: leadingKeysOf(action, body ?? {}) };
      }),
    );
  }
  if (operation === 'BatchGetItem' || operation === 'BatchWriteItem') {
    return Object.entries((input.RequestItems ?? {}) as Record<string, unknown>).map(([name, request]) => {
      const items =
        operation === 'BatchGetItem'
          ? ((request as { Keys?: unknown[] }).Keys ?? []).map(partitionOf)
          : ((request ?? []) as { PutRequest?: { Item?: unknown }; DeleteRequest?: { Key?: unknown } }[]).map((w) =>
              partitionOf(w.PutRequest?.Item ?? w.DeleteRequest?.Key),
            );
      return { action: `dynamodb:${operation}`, resource: table(name), leadingKeys: present(items) };
    });
  }
  return [
    { action: `dynamodb:${operation}`, resource: table(input.TableName, input.IndexName), leadingKeys: leadingKeysOf(operation, input) },
  ];
}

/** S3 actions are not always the operation's name: HEAD is a GetObject, a copy reads its source and writes its target. */
function s3Requests(operation: string, input: Input, n: LocalNames): AccessRequest[] {
  const object = (bucket: unknown, key: unknown) => `${localArns(n).bucket(String(bucket))}/${String(key)}`;
  switch (operation) {
    case 'GetObject':
    case 'HeadObject':
      return [{ action: 's3:GetObject', resource: object(input.Bucket, input.Key) }];
    case 'PutObject':
      return [{ action: 's3:PutObject', resource: object(input.Bucket, input.Key) }];
    case 'DeleteObject':
      return [{ action: 's3:DeleteObject', resource: object(input.Bucket, input.Key) }];
    case 'CopyObject': {
      const source = decodeURIComponent(String(input.CopySource ?? '')).replace(/^\//, '');
      const slash = source.indexOf('/');
      return [
        { action: 's3:GetObject', resource: object(source.slice(0, slash), source.slice(slash + 1).split('?')[0]) },
        { action: 's3:PutObject', resource: object(input.Bucket, input.Key) },
      ];
    }
    case 'ListObjectsV2':
    case 'ListObjects':
      return [{ action: 's3:ListBucket', resource: localArns(n).bucket(String(input.Bucket)) }];
    default:
      return [{ action: `s3:${operation}`, resource: localArns(n).bucket(String(input.Bucket)) }];
  }
}

export function iamRequests(service: AwsService, operation: string, input: Input, n: LocalNames): AccessRequest[] {
  const arns = localArns(n);
  switch (service) {
    case 'dynamodb':
      return dynamodbRequests(operation, input, n);
    case 's3':
      return s3Requests(operation, input, n);
    // InitiateAuth names an app client, not its pool: the resource is the pool of that client (unknown here).
    case 'cognito-idp': {
      const pool = input.UserPoolId === undefined ? undefined : String(input.UserPoolId);
      const tags = pool === undefined ? undefined : n.poolTags?.[pool];
      return [
        {
          action: `cognito-idp:${operation}`,
          resource: arns.userPool(pool ?? `pool-of-client-${String(input.ClientId)}`),
          ...(tags ? { resourceTags: tags } : {}),
        },
      ];
    }
    case 'events':
      return ((input.Entries ?? []) as { EventBusName?: string }[]).map((e) => {
        const bus = e.EventBusName ?? 'default';
        return { action: `events:${operation}`, resource: bus.startsWith('arn:') ? bus : arns.bus(bus) };
      });
    // Every management call is execute-api:ManageConnections on the connection, the method in its ARN.
    case 'execute-api':
      return [
        {
          action: 'execute-api:ManageConnections',
          resource: arns.connection(CONNECTION_METHODS[operation] ?? operation, String(input.ConnectionId ?? '')),
        },
      ];
    case 'ses': {
      const from = bareAddress(String(input.FromEmailAddress ?? ''));
      return [{ action: `ses:${operation}`, resource: arns.mailIdentity(from.split('@')[1] ?? from), fromAddress: from }];
    }
    case 'secretsmanager': {
      const id = String(input.SecretId ?? '');
      return [{ action: `secretsmanager:${operation}`, resource: id.startsWith('arn:') ? id : arns.secret(id) }];
    }
  }
}
