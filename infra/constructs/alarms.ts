import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Every alarm looks at 5-minute periods. */
export const ALARM_PERIOD = Duration.minutes(5);
/** The API alarms when at least this share of its responses in a period are 5xx… */
export const API_5XX_PERCENT = 1;
/** …and it answered at least this many requests in that period (one failure among three is not a rate). */
export const API_5XX_MIN_REQUESTS = 20;
/** CloudWatch's most metrics in one alarm's expression. */
export const FUNCTIONS_PER_ERROR_ALARM = 10;

export interface TandemAlarmsProps {
  api: IHttpApi;
  /** Every dead-letter queue: one message in any of them is something that was not delivered. */
  deadLetterQueues: Record<string, IQueue>;
  /** Every function, by its key: an error is a crash, a timeout, or a background failure that will be retried. */
  functions: Record<string, IFunction>;
  /** Where the alarms are e-mailed (optional: the topic can be subscribed to later). */
  email?: string;
}

/**
 * CloudWatch alarms for a commune's IT, all sending to one SNS topic (encrypted with a key CloudWatch may use,
 * TLS only): messages in a dead-letter queue, the API's 5xx rate, and errors of every function (ten functions an alarm).
 */
export class TandemAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: TandemAlarmsProps) {
    super(scope, id);
    // The AWS-managed SNS key does not let CloudWatch publish: a customer-managed key that grants it.
    const key = new Key(this, 'TopicKey', {
      description: 'Tandem alarm notifications',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Topic', { displayName: 'Tandem alarms', masterKey: key, enforceSSL: true });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    const action = new SnsAction(this.topic);

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      this.add(
        action,
        new Alarm(this, `DeadLetters-${name}`, {
          alarmDescription: `Something could not be delivered and waits in the ${name} dead-letter queue (inspect and redrive it).`,
          metric: queue.metricApproximateNumberOfMessagesVisible({ period: ALARM_PERIOD, statistic: 'Maximum' }),
          threshold: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    }

    const rate = new MathExpression({
      label: 'API 5xx (% of requests)',
      expression: `IF(requests >= ${API_5XX_MIN_REQUESTS}, 100 * errors / requests, 0)`,
      usingMetrics: {
        errors: props.api.metricServerError({ period: ALARM_PERIOD, statistic: 'Sum' }),
        requests: props.api.metricCount({ period: ALARM_PERIOD, statistic: 'Sum' }),
      },
      period: ALARM_PERIOD,
    });
    this.add(
      action,
      new Alarm(this, 'Api5xxRate', {
        alarmDescription: `At least ${API_5XX_PERCENT}% of the API's responses were 5xx over 5 minutes (with at least ${API_5XX_MIN_REQUESTS} requests).`,
        metric: rate,
        threshold: API_5XX_PERCENT,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );

    // CloudWatch lets one alarm combine at most ten metrics: the functions' errors are watched in groups of ten (their
    // sum), not one alarm each, because each alarm is a resource and the platform stack must stay under
    // CloudFormation's 500 (docs/cloud.md). The alarm names its functions; the Lambda console tells which one failed.
    const names = Object.keys(props.functions).sort();
    for (let g = 0; g * FUNCTIONS_PER_ERROR_ALARM < names.length; g++) {
      const group = names.slice(g * FUNCTIONS_PER_ERROR_ALARM, (g + 1) * FUNCTIONS_PER_ERROR_ALARM);
      const usingMetrics = Object.fromEntries(
        group.map((name, i) => [`f${i}`, props.functions[name].metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' })]),
      );
      this.add(
        action,
        new Alarm(this, `FunctionErrors${g + 1}`, {
          alarmDescription: `One of these functions failed (crash, timeout, or a background error that Lambda retries): ${group.join(', ')}.`,
          metric: new MathExpression({ label: 'Errors', expression: 'SUM(FILL(METRICS(), 0))', usingMetrics, period: ALARM_PERIOD }),
          threshold: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    }
  }

  private add(action: IAlarmAction, alarm: Alarm): void {
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
  }
}
