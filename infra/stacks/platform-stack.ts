import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Construct, IConstruct } from 'constructs';
import { TandemAlarms } from '../constructs/alarms.js';
import { createLogsBucket, createSiteBucket, createUploadsBucket, uploadsBucketName, uploadsBucketOrigin } from '../constructs/buckets.js';
import { readInlineHashes } from '../constructs/site-inline-hashes.js';
import { SiteDistribution } from '../constructs/site-distribution.js';
import { TandemEvents } from '../constructs/tandem-events.js';
import { TandemHttpApi } from '../constructs/tandem-http-api.js';
import { TandemRealtimeApi } from '../constructs/tandem-realtime-api.js';
import { createTandemTable } from '../constructs/tandem-table.js';
import { suppressPlatformWideFindings, suppressSiteDeploymentFindings } from './platform-acknowledgements.js';
import { SiteContent } from '../constructs/site-content.js';
import { createPushKeysSecret } from '../constructs/push-keys-secret.js';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';

export interface PlatformStackProps extends StackProps {
  /** Public origin of the site (custom domain, no trailing slash); defaults to the CloudFront distribution's URL. */
  publicBaseUrl?: string;
  /** Sender of citizen e-mails (an SES-verified identity). */
  mailFrom: string;
  /** Built site to upload (web/dist); without it the site bucket is created empty. */
  siteDir?: string;
  /** E-mail address subscribed to the alarms topic (optional; see docs/cloud.md). */
  alarmEmail?: string;
  /** Origins of the communes' map backgrounds (communeMapOrigins(): config map.background), allowed by the site's CSP. */
  mapOrigins?: string[];
  /** The AWS WAF web ACL (EdgeStack, us-east-1) attached to the distribution: the abuse limits. */
  webAclArn?: string;
}

/**
 * One per deployment: the table (with its stream), the uploads and site buckets, the HTTP API (its functions and
 * routes in nested stacks: infra/constructs/api-stacks.ts), the event bus with its rules and dead-letter queues, and
 * CloudFront in front of it all.
 */
export class PlatformStack extends Stack {
  readonly table: Table;
  readonly uploads: Bucket;
  readonly site: Bucket;
  readonly bus: EventBus;
  readonly http: TandemHttpApi;
  readonly realtime: TandemRealtimeApi;
  readonly events: TandemEvents;
  readonly cdn: SiteDistribution;
  readonly alarms: TandemAlarms;
  readonly publicBaseUrl: string;
  /** The Web Push key seed, read by the functions that declare `pushKeys` only. */
  readonly pushKeys: Secret;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    this.table = createTandemTable(this, 'Table');
    const logs = createLogsBucket(this, 'AccessLogs');
    this.site = createSiteBucket(this, 'SiteBucket', { logs });
    this.bus = new EventBus(this, 'Bus', { description: 'Tandem report events (one per new timeline item)' });

    // CloudFront needs the API's domain; the functions need CloudFront's URL: API first, functions last.
    this.http = new TandemHttpApi(this, 'Http');
    this.realtime = new TandemRealtimeApi(this, 'Realtime');
    const uploadsName = uploadsBucketName(this);
    this.cdn = new SiteDistribution(this, 'Site', {
      siteBucket: this.site,
      logs,
      api: this.http.api,
      realtimeApi: this.realtime.api,
      hashes: readInlineHashes(props.siteDir),
      uploadsOrigin: uploadsBucketOrigin(this, uploadsName),
      mapOrigins: props.mapOrigins ?? [],
      webAclArn: props.webAclArn,
    });
    this.publicBaseUrl = props.publicBaseUrl ?? `https://${this.cdn.distribution.distributionDomainName}`;
    this.uploads = createUploadsBucket(this, 'Uploads', { logs, allowedOrigins: [this.publicBaseUrl], bucketName: uploadsName });

    this.pushKeys = createPushKeysSecret(this, 'PushKeys');
    // Names read by functions/src/lib/env.ts.
    const environment: Record<string, string> = {
      TABLE_NAME: this.table.tableName,
      UPLOADS_BUCKET: this.uploads.bucketName,
      EVENT_BUS_NAME: this.bus.eventBusName,
      PUBLIC_BASE_URL: this.publicBaseUrl,
      TRUSTED_ISSUER_PREFIX: `https://cognito-idp.${this.region}.amazonaws.com/`,
      MAIL_TRANSPORT: 'ses',
      MAIL_FROM: props.mailFrom,
    };
    const access = {
      table: this.table,
      uploads: this.uploads,
      bus: this.bus,
      mailFrom: props.mailFrom,
      connections: this.realtime.connectionsArn,
      connectionsNagResource: (scope: IConstruct) => this.realtime.connectionsNagResource(scope),
      pushKeys: this.pushKeys,
    };
    this.http.addFunctionsAndRoutes({ environment, access });
    this.realtime.addFunctionsAndRoutes({ environment, access });
    this.events = new TandemEvents(this, 'Events', { table: this.table, bus: this.bus, environment, access });
    // The fan-out posts changes to the sockets through the stage's management API (functions/src/lib/aws.ts).
    this.events.functions.get('realtime/fan-out')!.fn.addEnvironment('REALTIME_CONNECTIONS_URL', this.realtime.callbackUrl);
    this.alarms = new TandemAlarms(this, 'Alarms', {
      api: this.http.api,
      deadLetterQueues: { stream: this.events.streamFailures, rules: this.events.ruleFailures },
      functions: Object.fromEntries(
        [...this.http.functions, ...this.realtime.functions, ...this.events.functions].map(([key, f]) => [key, f.fn]),
      ),
      email: props.alarmEmail,
    });
    if (props.siteDir) {
      new SiteContent(this, 'SiteContent', { siteDir: props.siteDir, bucket: this.site, distribution: this.cdn.distribution });
      suppressSiteDeploymentFindings(this, this.site);
    }
    suppressPlatformWideFindings(this);

    new CfnOutput(this, 'SiteUrl', { value: this.publicBaseUrl, description: 'Public URL of the site and API (/api/…)' });
    new CfnOutput(this, 'DistributionId', { value: this.cdn.distribution.distributionId });
    new CfnOutput(this, 'SiteBucketName', { value: this.site.bucketName, description: 'Upload web/dist here' });
    new CfnOutput(this, 'ApiEndpoint', { value: this.http.api.apiEndpoint });
    new CfnOutput(this, 'RealtimeEndpoint', {
      value: this.realtime.stage.url,
      description: 'The WebSocket API stage (also wss://<site>/realtime)',
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'UploadsBucketName', { value: this.uploads.bucketName });
    new CfnOutput(this, 'EventBusName', { value: this.bus.eventBusName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn, description: 'Subscribe here to receive the alarms' });
  }
}
