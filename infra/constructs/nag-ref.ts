import { Token } from 'aws-cdk-lib';

/** How cdk-nag spells a value in a finding id: the literal when known, <Pseudo::Param> when env-agnostic. */
export function nagRef(value: string, pseudo: string): string {
  return Token.isUnresolved(value) ? `<${pseudo}>` : value;
}
