/**
 * Keeps a role's statements inline, in the role itself, instead of CDK's separate `AWS::IAM::Policy` (DefaultPolicy):
 * one resource fewer per role, as CloudFormation allows 500 per stack. Used for the functions' tenant roles. Not for
 * their execution roles: those allow sts:AssumeRole on the tenant role, whose trust names them, and an inline
 * statement would make the two roles depend on each other (a cycle); a separate policy breaks it.
 */
import { Lazy } from 'aws-cdk-lib';
import { type CfnRole, PolicyDocument, type Role } from 'aws-cdk-lib/aws-iam';

export const INLINE_POLICY_NAME = 'access';

export function keepPolicyInline(role: Role): void {
  const doc = new PolicyDocument();
  role.addToPrincipalPolicy = (statement) => {
    doc.addStatements(statement);
    return { statementAdded: true, policyDependable: role };
  };
  (role.node.defaultChild as CfnRole).policies = Lazy.any(
    { produce: () => (doc.isEmpty ? undefined : [{ policyName: INLINE_POLICY_NAME, policyDocument: doc }]) },
    { omitEmptyArray: true },
  );
}
