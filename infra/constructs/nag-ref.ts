import { type CfnElement, Names, Stack, Token } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** How cdk-nag spells a value in a finding id: the literal when known, <Pseudo::Param> when env-agnostic. */
export function nagRef(value: string, pseudo: string): string {
  return Token.isUnresolved(value) ? `<${pseudo}>` : value;
}

/**
 * How cdk-nag spells, in a finding of a resource under `scope`, a reference to `target` (its `attribute`, or its Ref):
 * `<Id.Arn>` / `<Id>` in the same stack; in a nested stack of the target's stack, the parameter CDK passes the
 * value through (`<referenceto<target's unique id><Arn|Ref>>`, core/lib/private/refs.ts).
 */
export function nagAttRef(scope: IConstruct, target: CfnElement, attribute?: string): string {
  const here = Stack.of(scope);
  const there = Stack.of(target);
  if (here === there) {
    const id = there.getLogicalId(target);
    return attribute ? `<${id}.${attribute}>` : `<${id}>`;
  }
  if (here.nestedStackParent === there) return `<referenceto${Names.nodeUniqueId(target.node)}${attribute ?? 'Ref'}>`;
  throw new Error(`nagAttRef: ${target.node.path} is neither in the stack of ${scope.node.path} nor in its parent`);
}
