/** The signed-in person's sub (their id in the staff directory): a change they made themselves raises no banner. */
import { claims, session } from '../session';

export function ownSub(): string | undefined {
  const s = session.value;
  const sub = s ? claims(s.idToken).sub : undefined;
  return typeof sub === 'string' && sub ? sub : undefined;
}
