import type { EventPattern as CdkEventPattern } from 'aws-cdk-lib/aws-events';
import type { EventPattern } from '@tandem/shared';

/** Top-level fields of an EventBridge pattern and their names in CDK's EventPattern. */
const TOP_LEVEL: Record<string, keyof CdkEventPattern> = {
  version: 'version',
  id: 'id',
  'detail-type': 'detailType',
  source: 'source',
  account: 'account',
  time: 'time',
  region: 'region',
  resources: 'resources',
  detail: 'detail',
};

/**
 * Converts one of Tandem's event patterns (EventBridge's own JSON syntax, shared with the local bus) into
 * CDK's EventPattern. CDK renders it back to the same JSON, so the deployed rule matches what the local bus matches.
 */
export function toCdkEventPattern(pattern: EventPattern): CdkEventPattern {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(pattern)) {
    const key = TOP_LEVEL[field];
    if (!key) throw new Error(`Unsupported top-level field "${field}" in an event pattern`);
    out[key] = value;
  }
  return out as CdkEventPattern;
}
