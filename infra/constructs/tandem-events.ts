import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { type EventBus, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Validations } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import {
  BACKGROUND_FUNCTIONS,
  EVENT_RULES,
  PERMIT_EVENT_SOURCE,
  REPORT_EVENT_SOURCE,
  SCHEDULES,
  keys,
  type BackgroundFunctionName,
} from '@tandem/shared';
import { toCdkEventPattern } from './event-pattern.js';
import { grantDeclaredAccess, type AccessTargets } from './function-access.js';
import { createDeadLetterQueue } from './queues.js';
import { functionId } from './function-id.js';
import { TandemFunction } from './tandem-function.js';

/** Stream records the bus cares about: new timeline items only (sk begins with TL#). */
export const STREAM_FILTER = {
  eventName: FilterRule.isEqual('INSERT'),
  dynamodb: { NewImage: { sk: { S: FilterRule.beginsWith(keys.timelinePrefix) } } },
};
export const STREAM_BATCH_SIZE = 25;
export const STREAM_RETRY_ATTEMPTS = 10;
export const RULE_RETRY_ATTEMPTS = 8;

export interface TandemEventsProps {
  table: ITable;
  bus: EventBus;
  environment: Record<string, string>;
  access: AccessTargets;
}

/**
 * Table stream → stream-to-bus → EventBridge bus → one rule per EVENT_RULES entry → its function; and one
 * schedule rule per SCHEDULES entry (on the default bus, as AWS requires for schedules).
 * Every hop that can fail keeps what it could not deliver: the stream's on-failure queue, each rule
 * target's DLQ, and the target function's asynchronous on-failure destination.
 */
export class TandemEvents extends Construct {
  readonly functions = new Map<BackgroundFunctionName, TandemFunction>();
  readonly streamFailures: Queue;
  readonly ruleFailures: Queue;
  readonly rules: Rule[] = [];

  constructor(scope: Construct, id: string, props: TandemEventsProps) {
    super(scope, id);
    this.streamFailures = createDeadLetterQueue(this, 'StreamFailures');
    this.ruleFailures = createDeadLetterQueue(this, 'RuleFailures');

    for (const [key, access] of Object.entries(BACKGROUND_FUNCTIONS) as [
      BackgroundFunctionName,
      (typeof BACKGROUND_FUNCTIONS)[BackgroundFunctionName],
    ][]) {
      const f = new TandemFunction(this, functionId(key), {
        handlerKey: key,
        environment: props.environment,
        timeout: Duration.seconds(30),
      });
      grantDeclaredAccess(f.fn, access, props.access);
      this.functions.set(key, f);
    }

    const streamToBus = this.functions.get('events/stream-to-bus')!.fn;
    streamToBus.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: STREAM_BATCH_SIZE,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        retryAttempts: STREAM_RETRY_ATTEMPTS,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(this.streamFailures),
        filters: [FilterCriteria.filter(STREAM_FILTER)],
      }),
    );
    Validations.of(streamToBus).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'dynamodb:ListStreams, added by the DynamoDB event source, has no resource-level permissions.',
    });

    props.bus.archive('Archive', {
      description: 'Replay of report and permit events',
      eventPattern: { source: [REPORT_EVENT_SOURCE, PERMIT_EVENT_SOURCE] },
      retention: Duration.days(30),
    });

    for (const def of EVENT_RULES) {
      const target = this.functions.get(def.target)!.fn;
      const rule = new Rule(this, `Rule-${def.name}`, {
        eventBus: props.bus,
        description: def.description,
        eventPattern: toCdkEventPattern(def.pattern),
        targets: [
          new LambdaFunction(target, {
            deadLetterQueue: this.ruleFailures,
            retryAttempts: RULE_RETRY_ATTEMPTS,
            maxEventAge: Duration.hours(24),
          }),
        ],
      });
      this.rules.push(rule);
    }
    for (const def of SCHEDULES) {
      const target = this.functions.get(def.target)!.fn;
      this.rules.push(
        new Rule(this, `Schedule-${def.name}`, {
          description: def.description,
          schedule: Schedule.rate(Duration.minutes(def.everyMinutes)),
          targets: [new LambdaFunction(target, { deadLetterQueue: this.ruleFailures, retryAttempts: 2, maxEventAge: Duration.hours(1) })],
        }),
      );
    }
    // EventBridge invokes asynchronously: what the function itself fails on lands in the same DLQ.
    for (const key of new Set([...EVENT_RULES.map((r) => r.target), ...SCHEDULES.map((s) => s.target)])) {
      this.functions
        .get(key)!
        .fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(6), onFailure: new SqsDestination(this.ruleFailures) });
    }
  }
}
