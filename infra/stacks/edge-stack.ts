import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ApiWebAcl } from '../constructs/api-web-acl.js';

/** AWS WAF web ACLs for CloudFront must be created in us-east-1, whatever the platform's region. */
export const EDGE_REGION = 'us-east-1';
export const EDGE_STACK_NAME = 'TandemEdge';

export interface EdgeStackProps extends StackProps {
  /** Commune ids: each has its own per-commune limit. */
  communes: readonly string[];
}

/**
 * The abuse limits in front of the distribution (shared/src/rate-limits.ts). The platform stack attaches the
 * web ACL to CloudFront through a cross-region reference; adding a commune redeploys this stack too.
 */
export class EdgeStack extends Stack {
  readonly limits: ApiWebAcl;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    this.limits = new ApiWebAcl(this, 'Limits', { communes: props.communes });
    new CfnOutput(this, 'WebAclArn', { value: this.limits.webAcl.attrArn });
  }
}
