import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  API_FUNCTIONS,
  BACKGROUND_FUNCTIONS,
  REALTIME_FUNCTIONS,
  BUCKET_FOLDERS,
  COGNITO_ADMIN_ACTIONS,
  COGNITO_DIRECTORY_ACTIONS,
  STAFF_POOL_TAGS,
  COGNITO_SIGN_IN_ACTIONS,
  EVENT_RULES,
  FILE_ACTIONS,
  ROUTES,
  SCHEDULES,
  TABLE_GSIS,
  TABLE_KEYS,
  TABLE_TTL_ATTRIBUTE,
  UPLOADS_CORS,
  UPLOADS_LIFECYCLE_RULES,
  TENANT_TAG_VARIABLE,
  bucketFolderOf,
  bucketKeys,
  keys,
  rewriteSitePath,
  type BucketFolder,
  type FunctionAccess,
} from '@tandem/shared';
import { buildTestApp } from './support/test-app.js';
import {
  actionsOf,
  functionLogicalId,
  joinToString,
  resourcesOf,
  statementsOf,
  tenantStatementsOf,
  type Resource,
} from './support/template-queries.js';

type Built = ReturnType<typeof buildTestApp>;
let built: Built;
beforeAll(() => {
  built = buildTestApp();
});
const t = () => built.platform;

const ALL_FUNCTIONS: Record<string, FunctionAccess> = { ...API_FUNCTIONS, ...REALTIME_FUNCTIONS, ...BACKGROUND_FUNCTIONS };
const STREAM_READ = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'];

describe('table', () => {
  it('is built from shared/src/table.ts: keys, GSIs, TTL, NEW_IMAGE stream, on-demand, PITR, protected and retained', () => {
    const tables = resourcesOf(t(), 'AWS::DynamoDB::Table');
    expect(tables).toHaveLength(1);
    const [, table] = tables[0];
    const p = table.Properties;
    expect(p.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ]);
    expect(p.GlobalSecondaryIndexes.map((g: any) => ({ name: g.IndexName, keys: g.KeySchema.map((k: any) => k.AttributeName) }))).toEqual(
      TABLE_GSIS.map((g) => ({ name: g.name, keys: [g.partitionKey, g.sortKey] })),
    );
    expect(p.TimeToLiveSpecification).toEqual({ AttributeName: TABLE_TTL_ATTRIBUTE, Enabled: true });
    expect(p.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
    expect(p.BillingMode).toBe('PAY_PER_REQUEST');
    expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(p.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
  });
});

describe('HTTP API', () => {
  it('has exactly one route per ROUTES entry, integrated with the function of its handler', () => {
    // The WebSocket API's routes are realtime-api.test.ts's.
    const httpApis = resourcesOf(t(), 'AWS::ApiGatewayV2::Api').filter(([, a]) => a.Properties.ProtocolType === 'HTTP');
    expect(httpApis).toHaveLength(1);
    const routes = resourcesOf(t(), 'AWS::ApiGatewayV2::Route').filter(([, r]) => r.Properties.ApiId.Ref === httpApis[0][0]);
    expect(routes.map(([, r]) => r.Properties.RouteKey).sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    const integrations = t().findResources('AWS::ApiGatewayV2::Integration') as Record<string, Resource>;
    for (const route of ROUTES) {
      const [, r] = routes.find(([, x]) => x.Properties.RouteKey === `${route.method} ${route.path}`)!;
      const integrationId = (r.Properties.Target['Fn::Join'][1] as any[])[1].Ref as string;
      const integration = integrations[integrationId];
      expect(integration.Properties.IntegrationType).toBe('AWS_PROXY');
      expect(integration.Properties.PayloadFormatVersion).toBe('2.0');
      expect(integration.Properties.IntegrationUri).toEqual({ 'Fn::GetAtt': [functionLogicalId(t(), route.handler), 'Arn'] });
    }
  });

  it('writes access logs from its $default stage', () => {
    t().hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
  });
});

describe('functions', () => {
  it('one per API_FUNCTIONS, REALTIME_FUNCTIONS and BACKGROUND_FUNCTIONS key: nodejs22.x, arm64, the environment of functions/src/lib/env.ts', () => {
    const fns = resourcesOf(t(), 'AWS::Lambda::Function').filter(([, r]) => String(r.Properties.Description ?? '').startsWith('Tandem '));
    expect(fns.map(([, r]) => r.Properties.Description).sort()).toEqual(
      Object.keys(ALL_FUNCTIONS)
        .map((k) => `Tandem ${k}`)
        .sort(),
    );
    for (const [, fn] of fns) {
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      const vars = fn.Properties.Environment.Variables;
      for (const name of ['TABLE_NAME', 'UPLOADS_BUCKET', 'EVENT_BUS_NAME', 'PUBLIC_BASE_URL', 'TRUSTED_ISSUER_PREFIX', 'MAIL_FROM'])
        expect(vars[name], name).toBeDefined();
      expect(vars.MAIL_TRANSPORT).toBe('ses');
      expect(vars.TRUSTED_ISSUER_PREFIX).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
      expect(
        Object.keys(vars).some((k) => k.endsWith('_ENDPOINT')),
        'no local endpoints in the cloud',
      ).toBe(false);
    }
  });

  it('the files functions use are granted where the stores put them (the prefixes of bucketKeys)', () => {
    const files = (key: string) => ALL_FUNCTIONS[key].files ?? {};
    const folder = (key: string) => bucketFolderOf(key)!;
    // Permits keep attachments and issued PDFs under permits/: attaching, issuing and every document link.
    expect(folder(bucketKeys.permitAttachment('soignies', 'ABCD-1234', 'a1b2c3d4', 'pdf'))).toBe('permits');
    expect(folder(bucketKeys.permitDocument('soignies', 'ABCD-1234', 'autorisation.pdf'))).toBe('permits');
    for (const fn of ['permits/create-permit', 'permits/update-permit', 'permits/change-permit'])
      expect(files(fn).permits, fn).toContain('write');
    for (const fn of ['permits/get-permit', 'permits/update-permit', 'permits/get-staff-permit', 'permits/change-permit'])
      expect(files(fn).permits, fn).toContain('read');
    // Report photos: uploaded under uploads/, adopted under reports/, linked from every report view.
    expect(folder(bucketKeys.upload('soignies', '2026-01-01', crypto.randomUUID(), 'jpg'))).toBe('uploads');
    expect(folder(bucketKeys.reportPhoto('soignies', 'ABCD-1234', 1, 'jpg'))).toBe('reports');
    expect(files('reports/request-upload').uploads).toEqual(['write']);
    for (const fn of ['reports/get-report', 'staff/get-staff-report', 'staff/change-report', 'open311/open311-api'])
      expect(files(fn).reports, fn).toContain('read');
  });

  describe.each(Object.entries(ALL_FUNCTIONS))('%s gets exactly the access it declares', (key, access) => {
    // What the function can do: its own role's statements and its tenant role's (docs/tenant-isolation.md).
    const statements = () => [...statementsOf(t(), functionLogicalId(t(), key)), ...tenantStatementsOf(t(), functionLogicalId(t(), key))];
    const actions = () => actionsOf(statements());
    const tenant = () => tenantStatementsOf(t(), functionLogicalId(t(), key));
    const uploadsBucketId = () => resourcesOf(t(), 'AWS::S3::Bucket').find(([, b]) => b.Properties.CorsConfiguration)![0];

    it('table', () => {
      const ddb = actions().filter((a) => a.startsWith('dynamodb:') && !(key === 'events/stream-to-bus' && STREAM_READ.includes(a)));
      expect(ddb).not.toContain('dynamodb:Scan');
      if (!access.table) expect(ddb).toEqual([]);
      if (access.table === 'read') {
        expect(ddb).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
        for (const w of ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']) expect(ddb).not.toContain(w);
        // A reader that records reads of personal data appends audit entries: PutItem, nothing more.
        if ('auditAppend' in access && access.auditAppend) expect(ddb).toContain('dynamodb:PutItem');
        else expect(ddb).not.toContain('dynamodb:PutItem');
      }
      if (access.table === 'write')
        expect(ddb).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']));
      if (access.table) {
        // Indexes are only queried, each named (no index/* wildcard).
        const table = Object.keys(t().findResources('AWS::DynamoDB::Table'))[0];
        const onIndexes = tenant().filter((s) => JSON.stringify(s.Resource).includes('/index/'));
        expect(actionsOf(onIndexes)).toEqual(['dynamodb:Query']);
        expect(onIndexes.flatMap((s) => (s.Resource as unknown[]).map(joinToString)).sort()).toEqual(
          TABLE_GSIS.map((g) => `<GetAtt:${table}.Arn>/index/${g.name}`).sort(),
        );
      }
    });

    it('files: exactly the declared actions on the declared bucket folders (BUCKET_FOLDERS), nothing else', () => {
      const s3 = statements().filter((s) => actionsOf([s]).some((a) => a.startsWith('s3:')));
      const granted = s3.flatMap((s) =>
        actionsOf([s]).flatMap((a) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]).map((r) => `${a} ${joinToString(r)}`)),
      );
      const expected = Object.entries(access.files ?? {}).flatMap(([folder, levels]) =>
        levels.map(
          (l) => `${FILE_ACTIONS[l]} <GetAtt:${uploadsBucketId()}.Arn>/${BUCKET_FOLDERS[folder as BucketFolder]}${TENANT_TAG_VARIABLE}/*`,
        ),
      );
      expect(granted.sort()).toEqual([...new Set(expected)].sort());
    });

    it('cognito, bus and mail', () => {
      const a = actions();
      expect(a.filter((x) => x.startsWith('cognito-idp:')).sort()).toEqual(
        [
          ...(access.cognitoAuth ? COGNITO_SIGN_IN_ACTIONS : []),
          ...(access.cognitoAdmin ? COGNITO_ADMIN_ACTIONS : []),
          ...(access.cognitoDirectory ? COGNITO_DIRECTORY_ACTIONS : []),
        ].sort(),
      );
      if (access.cognitoDirectory) {
        const directory = statements().find((s) => actionsOf([s]).includes('cognito-idp:ListUsersInGroup'))!;
        expect(directory.Condition).toEqual({
          StringEquals: Object.fromEntries(Object.entries(STAFF_POOL_TAGS).map(([k, v]) => [`aws:ResourceTag/${k}`, v])),
        });
      }
      if (access.cognitoAdmin) {
        // Only on staff pools: tagged by the CommuneStack (STAFF_POOL_TAGS), never a citizen pool.
        const admin = statements().find((s) => actionsOf([s]).includes('cognito-idp:AdminCreateUser'))!;
        expect(admin.Condition).toEqual({
          StringEquals: Object.fromEntries(Object.entries(STAFF_POOL_TAGS).map(([k, v]) => [`aws:ResourceTag/${k}`, v])),
        });
      }
      expect(a.filter((x) => x.startsWith('events:'))).toEqual(access.bus ? ['events:PutEvents'] : []);
      expect(a.filter((x) => x.startsWith('ses:')).sort()).toEqual(access.mail ? ['ses:SendEmail', 'ses:SendRawEmail'] : []);
      if (access.bus) {
        const put = statements().find((s) => actionsOf([s]).includes('events:PutEvents'))!;
        expect(put.Resource).toEqual({ 'Fn::GetAtt': [Object.keys(t().findResources('AWS::Events::EventBus'))[0], 'Arn'] });
      }
      if (access.mail) {
        const send = statements().find((s) => actionsOf([s]).includes('ses:SendEmail'))!;
        expect(send.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'no-reply@tandem.example' } });
      }
      expect(a.filter((x) => x.includes('*'))).toEqual([]);
    });
  });
});

describe('events', () => {
  it('the stream feeds stream-to-bus with new timeline items only, bisecting, retrying, keeping failures', () => {
    const mappings = resourcesOf(t(), 'AWS::Lambda::EventSourceMapping');
    expect(mappings).toHaveLength(1);
    const p = mappings[0][1].Properties;
    expect(p.FunctionName).toEqual({ Ref: functionLogicalId(t(), 'events/stream-to-bus') });
    expect(p.EventSourceArn).toEqual({ 'Fn::GetAtt': [Object.keys(t().findResources('AWS::DynamoDB::Table'))[0], 'StreamArn'] });
    expect(p.FilterCriteria.Filters.map((f: { Pattern: string }) => JSON.parse(f.Pattern))).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { sk: { S: [{ prefix: keys.timelinePrefix }] } } } },
    ]);
    expect(p.BisectBatchOnFunctionError).toBe(true);
    expect(p.MaximumRetryAttempts).toBeGreaterThan(0);
    expect(p.BatchSize).toBeGreaterThan(0);
    const dest = p.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0] as string;
    expect((t().findResources('AWS::SQS::Queue') as Record<string, Resource>)[dest]).toBeDefined();
  });

  it('one EventBridge rule per EVENT_RULES entry, on the bus, with its pattern, function, DLQ and retry policy', () => {
    const rules = resourcesOf(t(), 'AWS::Events::Rule').filter(([, r]) => r.Properties.EventPattern);
    expect(rules).toHaveLength(EVENT_RULES.length);
    const busId = Object.keys(t().findResources('AWS::Events::EventBus'))[0];
    const queues = t().findResources('AWS::SQS::Queue');
    for (const def of EVENT_RULES) {
      const [, rule] = rules.find(([, r]) => r.Properties.Description === def.description)!;
      expect(rule.Properties.EventBusName).toEqual({ Ref: busId });
      expect(rule.Properties.EventPattern).toEqual(def.pattern);
      expect(rule.Properties.Targets).toHaveLength(1);
      const target = rule.Properties.Targets[0];
      expect(target.Arn).toEqual({ 'Fn::GetAtt': [functionLogicalId(t(), def.target), 'Arn'] });
      expect(queues[target.DeadLetterConfig.Arn['Fn::GetAtt'][0]]).toBeDefined();
      expect(target.RetryPolicy.MaximumRetryAttempts).toBeGreaterThan(0);
      t().hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: functionLogicalId(t(), def.target) },
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [target.DeadLetterConfig.Arn['Fn::GetAtt'][0], 'Arn'] } } },
      });
    }
  });
});

/** How CDK writes a whole hour or day. */
const RATE_WORDS: Record<number, string> = { 60: '1 hour', 1440: '1 day' };

describe('schedules', () => {
  it('one schedule rule per SCHEDULES entry, at its rate, invoking its function with a DLQ', () => {
    const rules = resourcesOf(t(), 'AWS::Events::Rule').filter(([, r]) => r.Properties.ScheduleExpression);
    expect(rules).toHaveLength(SCHEDULES.length);
    for (const def of SCHEDULES) {
      const [, rule] = rules.find(([, r]) => r.Properties.Description === def.description)!;
      expect(rule.Properties.ScheduleExpression).toBe(`rate(${RATE_WORDS[def.everyMinutes] ?? `${def.everyMinutes} minutes`})`);
      expect(rule.Properties.Targets[0].Arn).toEqual({ 'Fn::GetAtt': [functionLogicalId(t(), def.target), 'Arn'] });
      expect(rule.Properties.Targets[0].DeadLetterConfig).toBeDefined();
    }
  });
});

describe('buckets', () => {
  const uploads = () => resourcesOf(t(), 'AWS::S3::Bucket').find(([, b]) => b.Properties.CorsConfiguration)![1];

  it('uploads: private, encrypted, CORS from shared/src/storage.ts, unused uploads expire', () => {
    const p = uploads().Properties;
    expect(p.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(p.BucketEncryption).toBeDefined();
    const cors = p.CorsConfiguration.CorsRules[0];
    expect([...cors.AllowedMethods].sort()).toEqual([...UPLOADS_CORS.allowedMethods].sort());
    expect(cors.MaxAge).toBe(UPLOADS_CORS.maxAgeSeconds);
    expect(UPLOADS_LIFECYCLE_RULES.map((r) => r.folder)).toContain('uploads');
    expect(p.LifecycleConfiguration.Rules).toEqual(
      expect.arrayContaining(
        UPLOADS_LIFECYCLE_RULES.map((r) =>
          expect.objectContaining({ Id: r.id, Prefix: BUCKET_FOLDERS[r.folder], ExpirationInDays: r.expireAfterDays, Status: 'Enabled' }),
        ),
      ),
    );
  });

  it('every bucket refuses plain HTTP', () => {
    const buckets = Object.keys(t().findResources('AWS::S3::Bucket'));
    const policies = resourcesOf(t(), 'AWS::S3::BucketPolicy');
    for (const id of buckets) {
      const policy = policies.find(([, p]) => p.Properties.Bucket.Ref === id)?.[1];
      const denies = (policy?.Properties.PolicyDocument.Statement ?? []).filter(
        (s: any) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false',
      );
      expect(denies.length, id).toBe(1);
    }
  });
});

describe('CloudFront', () => {
  it('serves the site through OAC with the SITE_REWRITES function, and /api/* uncached with all viewer headers but Host', () => {
    const dists = resourcesOf(t(), 'AWS::CloudFront::Distribution');
    expect(dists).toHaveLength(1);
    const cfg = dists[0][1].Properties.DistributionConfig;
    expect(cfg.Logging).toBeDefined();
    expect(cfg.Origins.some((o: any) => o.OriginAccessControlId)).toBe(true);
    expect(cfg.DefaultCacheBehavior.FunctionAssociations).toHaveLength(1);
    expect(cfg.DefaultCacheBehavior.FunctionAssociations[0].EventType).toBe('viewer-request');
    const api = cfg.CacheBehaviors.find((b: any) => b.PathPattern === '/api/*');
    expect(api.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // Managed-CachingDisabled
    expect(api.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac'); // Managed-AllViewerExceptHostHeader
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS']));
    expect(cfg.CustomErrorResponses, 'error pages would hide API errors').toBeUndefined();
  });

  it('lets other sites frame the embeddable map only, with the same rewrites', () => {
    const cfg = resourcesOf(t(), 'AWS::CloudFront::Distribution')[0][1].Properties.DistributionConfig;
    const embed = cfg.CacheBehaviors.find((b: any) => b.PathPattern === '/*/carte/integrer/*');
    expect(embed.FunctionAssociations).toHaveLength(1);
    const policies = t().findResources('AWS::CloudFront::ResponseHeadersPolicy') as Record<string, any>;
    const headersOf = (ref: string) => policies[ref].Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = (ref: string) => JSON.stringify(headersOf(ref).ContentSecurityPolicy.ContentSecurityPolicy);
    expect(headersOf(embed.ResponseHeadersPolicyId.Ref).FrameOptions).toBeUndefined();
    expect(csp(embed.ResponseHeadersPolicyId.Ref)).toContain('frame-ancestors *');
    // Every other page: only the site itself may frame it (the CSP itself: site-headers.test.ts).
    expect(headersOf(cfg.DefaultCacheBehavior.ResponseHeadersPolicyId.Ref).FrameOptions.FrameOption).toBe('SAMEORIGIN');
    expect(csp(cfg.DefaultCacheBehavior.ResponseHeadersPolicyId.Ref)).toContain("frame-ancestors 'self'");
  });

  it('the CloudFront Function rewrites paths exactly as rewriteSitePath() does', () => {
    const [, fn] = resourcesOf(t(), 'AWS::CloudFront::Function')[0];
    const code = fn.Properties.FunctionCode as string;
    const handler = new Function(`${code}; return handler;`)() as (e: { request: { uri: string } }) => { uri: string };
    const paths = [
      '/',
      '/soignies/',
      '/soignies/signaler',
      '/soignies/suivi/ABCD-1234',
      '/soignies/suivi/ABCD-1234/',
      '/braine-le-comte/agents/',
      '/braine-le-comte/agents/reports/X',
      '/_astro/app.js',
      '/favicon.svg',
      '/soignies/suivi/',
    ];
    for (const path of paths) expect(handler({ request: { uri: path } }).uri, path).toBe(rewriteSitePath(path));
  });
});
