import { describe, expect, it } from 'vitest';
import {
  COGNITO_ADMIN_ACTIONS,
  COGNITO_DIRECTORY_ACTIONS,
  accessStatements,
  arnMatches,
  bareAddress,
  baseStatements,
  isAllowed,
  resourceArn,
  tenantStatements,
  TENANT_TAG_VARIABLE,
  withPrincipalTags,
  type DeploymentArns,
} from './access-policy.js';
import { keys } from './table.js';
import { STAFF_POOL_TAGS } from './identity.js';
import { API_FUNCTIONS, BACKGROUND_FUNCTIONS } from './routes.js';
import { BUCKET_FOLDERS, bucketFolderOf, bucketKeyPatterns, bucketKeys } from './storage.js';
import { TABLE_GSIS } from './table.js';
import { UPLOAD_KEY_PATTERN } from './uploads.js';

const arns: DeploymentArns = {
  table: 'arn:aws:dynamodb:eu-west-1:1:table/t',
  bucket: 'arn:aws:s3:::b',
  bus: 'arn:aws:events:eu-west-1:1:event-bus/bus',
  userPools: 'arn:aws:cognito-idp:eu-west-1:1:userpool/*',
  mailIdentities: 'arn:aws:ses:eu-west-1:1:identity/*',
  connections: 'arn:aws:execute-api:eu-west-1:1:api1/realtime/*/@connections/*',
};
const object = (key: string) => `${arns.bucket}/${key}`;
type Fn = keyof typeof API_FUNCTIONS | keyof typeof BACKGROUND_FUNCTIONS;
const declared = (fn: Fn) => ({ ...API_FUNCTIONS, ...BACKGROUND_FUNCTIONS })[fn];
/** A soignies key: what a function serving soignies touches. */
const soigniesKey = keys.report('soignies', 'ABCD-1234').pk;
/** Allowed to the function serving soignies: by its own role, or by its tenant role with the session tag commune=soignies. */
const allowed = (fn: Fn, action: string, resource: string, fromAddress?: string, leadingKeys: string[] = [soigniesKey]) => {
  const { base, tenant } = accessStatements(declared(fn));
  const request = { action, resource, fromAddress, leadingKeys };
  return isAllowed(base, request, arns, 'no-reply@x.be') || isAllowed(tenant, request, arns, 'no-reply@x.be', { commune: 'soignies' });
};

describe('bucket folders', () => {
  it('every key builder lands in its folder', () => {
    expect(bucketFolderOf(bucketKeys.upload('soignies', '2026-01-01', crypto.randomUUID(), 'jpg'))).toBe('uploads');
    expect(bucketFolderOf(bucketKeys.reportPhoto('soignies', 'ABCD-1234', 2, 'png'))).toBe('reports');
    expect(bucketFolderOf(bucketKeys.permitAttachment('soignies', 'ABCD-1234', 'a1b2c3d4', 'pdf'))).toBe('permits');
    expect(bucketFolderOf(bucketKeys.permitDocument('soignies', 'ABCD-1234', 'autorisation.pdf'))).toBe('permits');
    expect(bucketFolderOf('elsewhere/x')).toBeUndefined();
  });

  it('upload keys match the submit pattern; a permit knows its own attachments only', () => {
    expect(UPLOAD_KEY_PATTERN.test(bucketKeys.upload('soignies', '2026-01-01', crypto.randomUUID(), 'pdf'))).toBe(true);
    expect(UPLOAD_KEY_PATTERN.test(bucketKeys.reportPhoto('soignies', 'ABCD-1234', 1, 'jpg'))).toBe(false);
    const own = bucketKeys.permitAttachment('soignies', 'ABCD-1234', 'a1b2c3d4', 'pdf');
    expect(bucketKeys.isPermitAttachment('soignies', 'ABCD-1234', own)).toBe(true);
    expect(bucketKeys.isPermitAttachment('soignies', 'WXYZ-9876', own)).toBe(false);
    expect(bucketKeys.isPermitAttachment('soignies', 'ABCD-1234', bucketKeys.permitDocument('soignies', 'ABCD-1234', 'affiche.pdf'))).toBe(
      false,
    );
  });
});

describe('keys sent back by the public', () => {
  const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
  it('an upload is exactly the shape the upload step issues, for its commune', () => {
    const own = bucketKeys.upload('soignies', '2026-01-01', uuid, 'jpg');
    expect(bucketKeys.isCommuneUpload('soignies', own)).toBe(true);
    expect(bucketKeys.isCommuneUpload('braine-le-comte', own)).toBe(false);
    for (const bad of [
      `uploads/soignies/../braine-le-comte/2026-01-01/${uuid}.jpg`,
      `uploads/soignies/2026-01-01/../${uuid}.jpg`,
      `uploads/soignies/2026-01-01/${uuid}.jpg/..`,
      `uploads/soignies/2026-01-01/------------------------------------.jpg`,
      `uploads/soignies/2026-01-01/${uuid}.html`,
      `uploads/soignies-x/2026-01-01/${uuid}.jpg`,
    ])
      expect(bucketKeys.isCommuneUpload('soignies', bad), bad).toBe(false);
    expect(UPLOAD_KEY_PATTERN.test(`uploads/soignies/../x/2026-01-01/${uuid}.jpg`)).toBe(false);
  });
  it('a kept attachment is exactly the shape permitAttachment builds, for its commune and request', () => {
    expect(bucketKeys.isPermitAttachment('soignies', 'ABCD-1234', 'permits/soignies/ABCD-1234/attachment-a1b2c3d4.pdf')).toBe(true);
    for (const bad of [
      'permits/soignies/ABCD-1234/attachment-../../../braine-le-comte/WXYZ-9876/attachment-a1b2c3d4.pdf',
      'permits/soignies/ABCD-1234/attachment-a1b2c3d4.pdf/../../WXYZ-9876/attachment-a1b2c3d4.pdf',
      'permits/soignies/ABCD-1234/attachment-a1b2c3d4.html',
      'permits/soignies/ABCD-1234/attachment-a1b2c3d45.pdf',
    ])
      expect(bucketKeys.isPermitAttachment('soignies', 'ABCD-1234', bad), bad).toBe(false);
    expect(bucketKeyPatterns.permitAttachment().test('permits/braine-le-comte/WXYZ-9876/attachment-a1b2c3d4.png')).toBe(true);
  });
});

describe('IAM wildcard matching', () => {
  it('* spans any characters (slashes too), ? one; everything else is literal', () => {
    expect(arnMatches('arn:aws:s3:::b/permits/*', 'arn:aws:s3:::b/permits/soignies/X/a.pdf')).toBe(true);
    expect(arnMatches('arn:aws:s3:::b/permits/*', 'arn:aws:s3:::b/permitsx/a')).toBe(false);
    expect(arnMatches('arn:aws:s3:::b/permits/*', 'arn:aws:s3:::b/reports/permits/a')).toBe(false);
    expect(arnMatches('s3:Get?bject', 's3:GetObject')).toBe(true);
    expect(arnMatches('arn:aws:s3:::b.c/x', 'arn:aws:s3:::bxc/x')).toBe(false);
    expect(arnMatches('dynamodb:GetItem', 'dynamodb:GetItems')).toBe(false);
  });
});

describe('accessStatements and isAllowed', () => {
  it('a table reader reads and queries every index, never writes or scans', () => {
    expect(allowed('communes/get-commune', 'dynamodb:GetItem', arns.table)).toBe(true);
    for (const g of TABLE_GSIS) expect(allowed('communes/get-commune', 'dynamodb:Query', `${arns.table}/index/${g.name}`)).toBe(true);
    expect(allowed('communes/get-commune', 'dynamodb:Query', `${arns.table}/index/gsi9`)).toBe(false);
    expect(allowed('communes/get-commune', 'dynamodb:PutItem', arns.table)).toBe(false);
    expect(allowed('communes/get-commune', 'dynamodb:Scan', arns.table)).toBe(false);
    expect(allowed('communes/get-commune', 'dynamodb:GetItem', 'arn:aws:dynamodb:eu-west-1:1:table/other')).toBe(false);
  });

  it('index ARNs allow Query only; writers write the table, not its indexes', () => {
    expect(resourceArn({ kind: 'index', name: 'gsi2' }, arns)).toBe(`${arns.table}/index/gsi2`);
    expect(allowed('staff/change-report', 'dynamodb:UpdateItem', arns.table)).toBe(true);
    expect(allowed('staff/change-report', 'dynamodb:UpdateItem', `${arns.table}/index/gsi1`)).toBe(false);
    expect(allowed('events/stream-to-bus', 'dynamodb:GetItem', arns.table)).toBe(false);
  });

  it('files: each function gets exactly its folders and actions', () => {
    const photo = bucketKeys.reportPhoto('soignies', 'ABCD-1234', 1, 'jpg');
    const upload = bucketKeys.upload('soignies', '2026-01-01', crypto.randomUUID(), 'jpg');
    const doc = bucketKeys.permitDocument('soignies', 'ABCD-1234', 'autorisation.pdf');
    expect(resourceArn({ kind: 'objects', folder: 'permits', tenant: true }, arns)).toBe(
      `${arns.bucket}/${BUCKET_FOLDERS.permits}\${aws:PrincipalTag/commune}/*`,
    );
    expect(allowed('reports/request-upload', 's3:PutObject', object(upload))).toBe(true);
    expect(allowed('reports/request-upload', 's3:GetObject', object(upload))).toBe(false);
    expect(allowed('reports/create-report', 's3:DeleteObject', object(upload))).toBe(true);
    expect(allowed('reports/create-report', 's3:PutObject', object(photo))).toBe(true);
    expect(allowed('reports/create-report', 's3:DeleteObject', object(photo))).toBe(false);
    expect(allowed('reports/get-report', 's3:GetObject', object(photo))).toBe(true);
    expect(allowed('reports/get-report', 's3:GetObject', object(doc))).toBe(false);
    expect(allowed('permits/change-permit', 's3:PutObject', object(doc))).toBe(true);
    expect(allowed('permits/get-permit', 's3:GetObject', object(doc))).toBe(true);
    expect(allowed('permits/get-permit', 's3:PutObject', object(doc))).toBe(false);
    expect(allowed('map/query-map', 's3:GetObject', object(photo))).toBe(false);
  });

  it('bus, user pools and mail: the action on its resource, mail only from the platform address', () => {
    expect(allowed('events/stream-to-bus', 'events:PutEvents', arns.bus)).toBe(true);
    expect(allowed('events/stream-to-bus', 'events:PutEvents', 'arn:aws:events:eu-west-1:1:event-bus/default')).toBe(false);
    expect(allowed('notify/notify-reporter', 'events:PutEvents', arns.bus)).toBe(false);
    expect(allowed('auth/sign-in', 'cognito-idp:InitiateAuth', 'arn:aws:cognito-idp:eu-west-1:1:userpool/eu-west-1_abc')).toBe(true);
    expect(allowed('auth/sign-in', 'cognito-idp:RevokeToken', 'arn:aws:cognito-idp:eu-west-1:1:userpool/eu-west-1_abc')).toBe(true);
    expect(allowed('auth/sign-in', 'cognito-idp:AdminSetUserPassword', 'arn:aws:cognito-idp:eu-west-1:1:userpool/eu-west-1_abc')).toBe(
      false,
    );
    expect(allowed('auth/sign-in', 'cognito-idp:AdminCreateUser', 'arn:aws:cognito-idp:eu-west-1:1:userpool/eu-west-1_abc')).toBe(false);
    const identity = 'arn:aws:ses:eu-west-1:1:identity/x.be';
    expect(allowed('notify/notify-requester', 'ses:SendEmail', identity, 'no-reply@x.be')).toBe(true);
    expect(allowed('notify/notify-requester', 'ses:SendEmail', identity, 'someone@x.be')).toBe(false);
    expect(allowed('notify/notify-requester', 'ses:SendEmail', identity)).toBe(false);
    expect(allowed('permits/change-permit', 'ses:SendEmail', identity, 'no-reply@x.be')).toBe(false);
    expect(bareAddress('Tandem <no-reply@x.be>')).toBe('no-reply@x.be');
  });

  it('real-time connections: ManageConnections on the WebSocket API’s connections, for the fan-out only', () => {
    const post = 'arn:aws:execute-api:eu-west-1:1:api1/realtime/POST/@connections/L0SM9cOFvHcCIhw=';
    expect(allowed('realtime/fan-out', 'execute-api:ManageConnections', post)).toBe(true);
    expect(
      allowed('realtime/fan-out', 'execute-api:ManageConnections', 'arn:aws:execute-api:eu-west-1:1:other/realtime/POST/@connections/x'),
    ).toBe(false);
    expect(allowed('realtime/fan-out', 'execute-api:Invoke', post)).toBe(false);
    expect(allowed('staff/list-reports', 'execute-api:ManageConnections', post)).toBe(false);
    expect(allowed('events/stream-to-bus', 'execute-api:ManageConnections', post)).toBe(false);
    // Not per commune: on the function's own role, not its tenant role.
    expect(accessStatements(declared('realtime/fan-out')).tenant.some((s) => s.actions.includes('execute-api:ManageConnections'))).toBe(
      false,
    );
  });

  it('the people directory: ListUsersInGroup on staff pools only, nothing else of Cognito', () => {
    const pool = 'arn:aws:cognito-idp:eu-west-1:1:userpool/eu-west-1_staff';
    const may = (fn: keyof typeof API_FUNCTIONS, action: string, resourceTags?: Record<string, string>) =>
      isAllowed(baseStatements(API_FUNCTIONS[fn]), { action, resource: pool, resourceTags }, arns);
    for (const action of COGNITO_DIRECTORY_ACTIONS) expect(may('work/read-work', action, { ...STAFF_POOL_TAGS }), action).toBe(true);
    expect(may('work/read-work', 'cognito-idp:ListUsersInGroup')).toBe(false);
    expect(may('work/read-work', 'cognito-idp:ListUsersInGroup', { 'tandem:pool': 'citizens' })).toBe(false);
    for (const action of ['cognito-idp:ListUsers', 'cognito-idp:AdminGetUser', 'cognito-idp:AdminCreateUser', 'cognito-idp:InitiateAuth'])
      expect(may('work/read-work', action, { ...STAFF_POOL_TAGS }), action).toBe(false);
    expect(may('work/project-write', 'cognito-idp:ListUsersInGroup', { ...STAFF_POOL_TAGS })).toBe(false);
  });

  it('staff accounts: the Cognito admin actions on staff pools only (aws:ResourceTag), and by the staff-accounts function only', () => {
    const pool = 'arn:aws:cognito-idp:eu-west-1:1:userpool/eu-west-1_staff';
    const may = (fn: keyof typeof API_FUNCTIONS, action: string, resourceTags?: Record<string, string>) =>
      isAllowed(baseStatements(API_FUNCTIONS[fn]), { action, resource: pool, resourceTags }, arns);
    for (const action of COGNITO_ADMIN_ACTIONS) expect(may('staff/staff-accounts', action, { ...STAFF_POOL_TAGS }), action).toBe(true);
    // A citizen pool (no staff tag) or a pool tagged otherwise: refused.
    expect(may('staff/staff-accounts', 'cognito-idp:AdminCreateUser')).toBe(false);
    expect(may('staff/staff-accounts', 'cognito-idp:AdminCreateUser', { 'tandem:pool': 'citizens' })).toBe(false);
    // Nothing beyond the list: no deleting users, no setting passwords, no signing in.
    for (const action of [
      'cognito-idp:AdminDeleteUser',
      'cognito-idp:AdminSetUserPassword',
      'cognito-idp:InitiateAuth',
      'cognito-idp:DeleteUserPool',
    ])
      expect(may('staff/staff-accounts', action, { ...STAFF_POOL_TAGS }), action).toBe(false);
    expect(may('auth/sign-in', 'cognito-idp:AdminCreateUser', { ...STAFF_POOL_TAGS })).toBe(false);
    expect(may('staff/open311-keys', 'cognito-idp:AdminUpdateUserAttributes', { ...STAFF_POOL_TAGS })).toBe(false);
  });

  it('a function with nothing declared may do nothing', () => {
    expect(accessStatements({})).toEqual({ base: [], tenant: [] });
    expect(isAllowed([], { action: 'dynamodb:GetItem', resource: arns.table }, arns)).toBe(false);
  });
});

describe('tenant isolation: base and tenant statements of one declaration', () => {
  const tenantArn = 'arn:aws:iam::1:role/fn-tenant';
  const withRole = { ...arns, tenantRole: tenantArn };
  const braineKey = keys.report('braine-le-comte', 'ABCD-1234').pk;
  const asSoignies = (fn: Fn, action: string, resource: string, leadingKeys?: string[]) =>
    isAllowed(tenantStatements(declared(fn)), { action, resource, leadingKeys }, arns, undefined, { commune: 'soignies' });

  it('the tenant role reaches only the keys of the commune tagged on the session', () => {
    expect(asSoignies('staff/get-staff-report', 'dynamodb:GetItem', arns.table, [soigniesKey])).toBe(true);
    expect(asSoignies('staff/get-staff-report', 'dynamodb:GetItem', arns.table, [braineKey])).toBe(false);
    // A transaction or batch item of another commune fails the whole request (every key must match).
    expect(asSoignies('staff/change-report', 'dynamodb:BatchWriteItem', arns.table, [soigniesKey, braineKey])).toBe(false);
    expect(asSoignies('staff/list-reports', 'dynamodb:Query', `${arns.table}/index/gsi1`, [keys.reportsAll('soignies')])).toBe(true);
    expect(asSoignies('staff/list-reports', 'dynamodb:Query', `${arns.table}/index/gsi1`, [keys.reportsAll('braine-le-comte')])).toBe(
      false,
    );
    // `C#soignies#` is not a prefix of `C#soignies-x#…`: the commune's key part ends at its `#`.
    expect(asSoignies('staff/get-staff-report', 'dynamodb:GetItem', arns.table, [keys.report('soignies-x', 'ABCD-1234').pk])).toBe(false);
    // No key (a Scan) or no tag: refused.
    expect(asSoignies('staff/get-staff-report', 'dynamodb:GetItem', arns.table, [])).toBe(false);
    expect(asSoignies('staff/get-staff-report', 'dynamodb:Scan', arns.table)).toBe(false);
    expect(
      isAllowed(
        tenantStatements(declared('staff/get-staff-report')),
        { action: 'dynamodb:GetItem', resource: arns.table, leadingKeys: [soigniesKey] },
        arns,
      ),
    ).toBe(false);
    expect(asSoignies('reports/get-report', 's3:GetObject', object(bucketKeys.reportPhoto('soignies', 'ABCD-1234', 1, 'jpg')))).toBe(true);
    expect(asSoignies('reports/get-report', 's3:GetObject', object(bucketKeys.reportPhoto('braine-le-comte', 'ABCD-1234', 1, 'jpg')))).toBe(
      false,
    );
  });

  it('the base role reads commune registrations only, and assumes its tenant role', () => {
    const base = baseStatements(declared('staff/get-staff-report'));
    const asBase = (action: string, resource: string, leadingKeys?: string[]) =>
      isAllowed(base, { action, resource, leadingKeys }, withRole);
    expect(asBase('dynamodb:GetItem', arns.table, [keys.commune('braine-le-comte').pk])).toBe(true);
    expect(asBase('dynamodb:Query', `${arns.table}/index/gsi1`, [keys.communeIndexPk])).toBe(true);
    expect(asBase('dynamodb:GetItem', arns.table, [soigniesKey])).toBe(false);
    expect(asBase('dynamodb:Query', `${arns.table}/index/gsi1`, [keys.reportsAll('soignies')])).toBe(false);
    expect(asBase('s3:GetObject', object(bucketKeys.reportPhoto('soignies', 'ABCD-1234', 1, 'jpg')))).toBe(false);
    expect(asBase('sts:AssumeRole', tenantArn)).toBe(true);
    expect(asBase('sts:TagSession', tenantArn)).toBe(true);
    expect(asBase('sts:AssumeRole', 'arn:aws:iam::1:role/another')).toBe(false);
    expect(baseStatements(declared('events/stream-to-bus')).some((s) => s.actions.includes('sts:AssumeRole'))).toBe(false);
  });

  it('policy variables: the tag value, or no match when the tag is missing or not an id', () => {
    expect(withPrincipalTags(`C#${TENANT_TAG_VARIABLE}#*`, { commune: 'soignies' })).toBe('C#soignies#*');
    expect(withPrincipalTags(`C#${TENANT_TAG_VARIABLE}#*`, {})).toBeUndefined();
    expect(withPrincipalTags(`C#${TENANT_TAG_VARIABLE}#*`, { commune: '*' })).toBeUndefined();
  });
});
