import { describe, expect, it } from 'vitest';
import { BUCKET_FOLDERS, keys } from '@tandem/shared';
import { iamRequests, queryPartition, type LocalNames } from './sdk-requests.js';

const { uploads, permits } = BUCKET_FOLDERS;

const n: LocalNames = { region: 'eu-west-1', account: '000000000000', tableName: 'tandem', bucket: 'tandem-uploads', busName: 'tandem' };
const table = 'arn:aws:dynamodb:eu-west-1:000000000000:table/tandem';

describe('SDK call → IAM action and resource', () => {
  it('DynamoDB: the operation is the action; an index query is on the index ARN', () => {
    expect(iamRequests('dynamodb', 'GetItem', { TableName: 'tandem', Key: {} }, n)).toEqual([
      { action: 'dynamodb:GetItem', resource: table, leadingKeys: [] },
    ]);
    expect(iamRequests('dynamodb', 'Query', { TableName: 'tandem', IndexName: 'gsi2' }, n)).toEqual([
      { action: 'dynamodb:Query', resource: `${table}/index/gsi2`, leadingKeys: [] },
    ]);
    expect(iamRequests('dynamodb', 'Query', { TableName: 'other' }, n)[0].resource).toBe(
      'arn:aws:dynamodb:eu-west-1:000000000000:table/other',
    );
  });

  it('DynamoDB transactions are checked item by item, batches per table', () => {
    const items = [
      { Put: { TableName: 'tandem' } },
      { Update: { TableName: 'tandem' } },
      { ConditionCheck: { TableName: 'tandem' } },
      { Delete: { TableName: 'tandem' } },
    ];
    expect(iamRequests('dynamodb', 'TransactWriteItems', { TransactItems: items }, n).map((r) => r.action)).toEqual([
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DeleteItem',
    ]);
    expect(iamRequests('dynamodb', 'TransactGetItems', { TransactItems: [{ Get: { TableName: 'tandem' } }] }, n)).toEqual([
      { action: 'dynamodb:GetItem', resource: table, leadingKeys: [] },
    ]);
    expect(iamRequests('dynamodb', 'BatchWriteItem', { RequestItems: { tandem: [] } }, n)).toEqual([
      { action: 'dynamodb:BatchWriteItem', resource: table, leadingKeys: [] },
    ]);
  });

  it("DynamoDB leading keys: every item key, plain or marshalled; a Query's partition on the table or index; none for a Scan", () => {
    const s = keys.report('soignies', 'ABCD-1234');
    const b = keys.report('braine-le-comte', 'ABCD-1234');
    const lead = (op: string, input: Record<string, unknown>) =>
      iamRequests('dynamodb', op, { TableName: 'tandem', ...input }, n).map((r) => r.leadingKeys);
    expect(lead('GetItem', { Key: s })).toEqual([[s.pk]]);
    expect(lead('GetItem', { Key: { pk: { S: s.pk }, sk: { S: s.sk } } })).toEqual([[s.pk]]);
    expect(lead('PutItem', { Item: { ...b, x: 1 } })).toEqual([[b.pk]]);
    expect(
      lead('TransactWriteItems', {
        TransactItems: [{ Update: { TableName: 'tandem', Key: s } }, { Put: { TableName: 'tandem', Item: b } }],
      }),
    ).toEqual([[s.pk], [b.pk]]);
    expect(lead('BatchGetItem', { RequestItems: { tandem: { Keys: [s, b] } } })).toEqual([[s.pk, b.pk]]);
    expect(lead('BatchWriteItem', { RequestItems: { tandem: [{ PutRequest: { Item: s } }, { DeleteRequest: { Key: b } }] } })).toEqual([
      [s.pk, b.pk],
    ]);
    expect(lead('Scan', {})).toEqual([[]]);
    const q = (input: Record<string, unknown>) => queryPartition(input);
    expect(q({ KeyConditionExpression: 'pk = :p AND begins_with(sk, :t)', ExpressionAttributeValues: { ':p': s.pk, ':t': 'T#' } })).toBe(
      s.pk,
    );
    expect(
      q({
        IndexName: 'gsi1',
        KeyConditionExpression: '#k = :v',
        ExpressionAttributeNames: { '#k': 'gsi1pk' },
        ExpressionAttributeValues: { ':v': 'X' },
      }),
    ).toBe('X');
    expect(q({ IndexName: 'gsi2', KeyConditionExpression: ':v = gsi2pk', ExpressionAttributeValues: { ':v': { S: 'Y' } } })).toBe('Y');
    // The table's pk is not gsi1's partition key: no leading key, so a scoped Query is refused.
    expect(q({ IndexName: 'gsi1', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': s.pk } })).toBeUndefined();
  });

  it('S3: HEAD is a GetObject; a copy reads its source and writes its target; listing is on the bucket', () => {
    const obj = (k: string) => `arn:aws:s3:::tandem-uploads/${k}`;
    expect(iamRequests('s3', 'HeadObject', { Bucket: 'tandem-uploads', Key: `${uploads}a.jpg` }, n)).toEqual([
      { action: 's3:GetObject', resource: obj(`${uploads}a.jpg`) },
    ]);
    expect(
      iamRequests(
        's3',
        'CopyObject',
        { Bucket: 'tandem-uploads', Key: `${permits}s/C/x.pdf`, CopySource: `tandem-uploads/${uploads}s/d/%C3%A9.pdf` },
        n,
      ),
    ).toEqual([
      { action: 's3:GetObject', resource: obj(`${uploads}s/d/é.pdf`) },
      { action: 's3:PutObject', resource: obj(`${permits}s/C/x.pdf`) },
    ]);
    expect(iamRequests('s3', 'DeleteObject', { Bucket: 'tandem-uploads', Key: `${uploads}a.jpg` }, n)[0].action).toBe('s3:DeleteObject');
    expect(iamRequests('s3', 'ListObjectsV2', { Bucket: 'tandem-uploads', Prefix: uploads }, n)).toEqual([
      { action: 's3:ListBucket', resource: 'arn:aws:s3:::tandem-uploads' },
    ]);
  });

  it('execute-api: each management call is ManageConnections on the connection, with its HTTP method in the ARN', () => {
    const arn = (method: string) => `arn:aws:execute-api:eu-west-1:000000000000:local/realtime/${method}/@connections/L0SM9cOFvHcCIhw=`;
    expect(iamRequests('execute-api', 'PostToConnection', { ConnectionId: 'L0SM9cOFvHcCIhw=', Data: '{}' }, n)).toEqual([
      { action: 'execute-api:ManageConnections', resource: arn('POST') },
    ]);
    expect(iamRequests('execute-api', 'DeleteConnection', { ConnectionId: 'L0SM9cOFvHcCIhw=' }, n)[0].resource).toBe(arn('DELETE'));
    expect(iamRequests('execute-api', 'GetConnection', { ConnectionId: 'L0SM9cOFvHcCIhw=' }, n)[0].resource).toBe(arn('GET'));
  });

  it('events: one check per entry, on its bus (default when unnamed); SES: the sender domain with ses:FromAddress', () => {
    expect(iamRequests('events', 'PutEvents', { Entries: [{ EventBusName: 'tandem' }, {}] }, n)).toEqual([
      { action: 'events:PutEvents', resource: 'arn:aws:events:eu-west-1:000000000000:event-bus/tandem' },
      { action: 'events:PutEvents', resource: 'arn:aws:events:eu-west-1:000000000000:event-bus/default' },
    ]);
    expect(iamRequests('ses', 'SendEmail', { FromEmailAddress: 'Tandem <no-reply@x.be>' }, n)).toEqual([
      { action: 'ses:SendEmail', resource: 'arn:aws:ses:eu-west-1:000000000000:identity/x.be', fromAddress: 'no-reply@x.be' },
    ]);
    expect(iamRequests('cognito-idp', 'InitiateAuth', { ClientId: 'abc' }, n)[0].action).toBe('cognito-idp:InitiateAuth');
    // A pool's tags (aws:ResourceTag) come with the request: the provisioning records them, cognito-local keeps none.
    const tagged = { ...n, poolTags: { 'eu-west-1_staff': { 'tandem:pool': 'staff' } } };
    expect(iamRequests('cognito-idp', 'AdminCreateUser', { UserPoolId: 'eu-west-1_staff' }, tagged)).toEqual([
      {
        action: 'cognito-idp:AdminCreateUser',
        resource: 'arn:aws:cognito-idp:eu-west-1:000000000000:userpool/eu-west-1_staff',
        resourceTags: { 'tandem:pool': 'staff' },
      },
    ]);
    expect(iamRequests('cognito-idp', 'AdminCreateUser', { UserPoolId: 'eu-west-1_citizens' }, tagged)[0].resourceTags).toBeUndefined();
  });
});
