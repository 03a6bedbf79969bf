import { App, Stack } from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_FUNCTIONS, BACKGROUND_FUNCTIONS, METRICS_NAMESPACE, SERVICE_NAME } from '@tandem/shared';
import { API_5XX_MIN_REQUESTS, API_5XX_PERCENT, FUNCTIONS_PER_ERROR_ALARM, TandemAlarms } from '../constructs/alarms.js';
import { buildTestApp } from './support/test-app.js';
import { functionLogicalId, resourcesOf, type Resource } from './support/template-queries.js';

let t: Template;
beforeAll(() => {
  t = buildTestApp().platform;
});

const alarms = () => resourcesOf(t, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
const topicId = () => {
  const topics = resourcesOf(t, 'AWS::SNS::Topic');
  expect(topics).toHaveLength(1);
  return topics[0][0];
};

describe('alarms', () => {
  it('one per dead-letter queue: a message visible for 5 minutes', () => {
    const queues = resourcesOf(t, 'AWS::SQS::Queue').map(([id]) => id);
    expect(queues.length).toBeGreaterThanOrEqual(2);
    for (const q of queues) {
      const hits = alarms().filter(
        (a) => a.MetricName === 'ApproximateNumberOfMessagesVisible' && a.Dimensions?.[0]?.Value?.['Fn::GetAtt']?.[0] === q,
      );
      expect(hits, q).toHaveLength(1);
      expect(hits[0]).toMatchObject({
        Namespace: 'AWS/SQS',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Period: 300,
        EvaluationPeriods: 1,
      });
    }
  });

  it('the API 5xx rate: at least 1% of at least 20 requests over 5 minutes, by metric math', () => {
    const [rate] = alarms().filter((a) => a.Metrics);
    expect(rate.Threshold).toBe(API_5XX_PERCENT);
    expect(API_5XX_PERCENT).toBe(1);
    expect(rate.ComparisonOperator).toBe('GreaterThanOrEqualToThreshold');
    const expr = rate.Metrics.find((m: any) => m.Expression);
    expect(expr.Expression).toBe(`IF(requests >= ${API_5XX_MIN_REQUESTS}, 100 * errors / requests, 0)`);
    const apiId = resourcesOf(t, 'AWS::ApiGatewayV2::Api')[0][0];
    const metric = (id: string) => rate.Metrics.find((m: any) => m.Id === id).MetricStat;
    expect(metric('errors')).toMatchObject({
      Metric: { Namespace: 'AWS/ApiGateway', MetricName: '5xx', Dimensions: [{ Name: 'ApiId', Value: { Ref: apiId } }] },
      Period: 300,
      Stat: 'Sum',
    });
    expect(metric('requests')).toMatchObject({ Metric: { Namespace: 'AWS/ApiGateway', MetricName: 'Count' }, Stat: 'Sum' });
  });

  it('every function’s Lambda errors are watched once, ten functions an alarm (their sum, missing data as 0)', () => {
    const grouped = alarms().filter((a) => a.Metrics?.some((m: any) => m.MetricStat?.Metric?.MetricName === 'Errors'));
    const watched = grouped.flatMap((a) =>
      a.Metrics.filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat.Metric.Dimensions[0].Value.Ref),
    );
    for (const key of Object.keys({ ...API_FUNCTIONS, ...BACKGROUND_FUNCTIONS })) {
      expect(
        watched.filter((id: string) => id === functionLogicalId(t, key)),
        key,
      ).toHaveLength(1);
    }
    for (const a of grouped) {
      const stats = a.Metrics.filter((m: any) => m.MetricStat);
      expect(stats.length).toBeLessThanOrEqual(FUNCTIONS_PER_ERROR_ALARM);
      expect(
        stats.every((m: any) => m.MetricStat.Metric.Namespace === 'AWS/Lambda' && m.MetricStat.Stat === 'Sum' && m.ReturnData === false),
      ).toBe(true);
      expect(a.Metrics.find((m: any) => m.Expression)).toMatchObject({ Expression: 'SUM(FILL(METRICS(), 0))' });
      expect(a).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    }
  });

  it('all send their alarm and their recovery to the one topic', () => {
    const topic = topicId();
    for (const a of alarms()) {
      expect(a.AlarmActions).toEqual([{ Ref: topic }]);
      expect(a.OKActions).toEqual([{ Ref: topic }]);
    }
  });

  it('the topic is encrypted with a rotated key that CloudWatch may use, and refuses plain HTTP', () => {
    const topic = (t.findResources('AWS::SNS::Topic') as Record<string, Resource>)[topicId()];
    const keyId = topic.Properties.KmsMasterKeyId['Fn::GetAtt'][0] as string;
    const key = (t.findResources('AWS::KMS::Key') as Record<string, Resource>)[keyId];
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeyPolicy.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] }),
      ]),
    );
    t.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
    expect(resourcesOf(t, 'AWS::SNS::Subscription')).toEqual([]);
  });

  it('functions get the Powertools settings of shared/src/observability.ts (INFO, metrics on)', () => {
    for (const [, fn] of resourcesOf(t, 'AWS::Lambda::Function').filter(([, r]) =>
      String(r.Properties.Description ?? '').startsWith('Tandem '),
    )) {
      expect(fn.Properties.Environment.Variables).toMatchObject({
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        POWERTOOLS_METRICS_DISABLED: 'false',
      });
    }
  });
});

describe('TandemAlarms', () => {
  it('subscribes the e-mail address when one is given', () => {
    const stack = new Stack(new App(), 'S');
    const fn = new LambdaFunction(stack, 'F', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler=async()=>1'),
    });
    new TandemAlarms(stack, 'Alarms', {
      api: new HttpApi(stack, 'Api'),
      deadLetterQueues: { q: new Queue(stack, 'Q') },
      functions: { 'a/b': fn },
      email: 'it@commune.example',
    });
    const s = Template.fromStack(stack);
    s.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'it@commune.example' });
    s.resourceCountIs('AWS::CloudWatch::Alarm', 3);
  });
});
