/** What confirming an e-mail address answers (POST /api/{commune}/confirmations/{token}). */
import * as z from 'zod';

export const MailConfirmationResult = z.object({
  kind: z.enum(['report', 'permit', 'works', 'collections']).describe('The kind of request the address was confirmed for.'),
  code: z.string().describe('The request’s tracking code.'),
  confirmedAt: z.string().describe('When the address was first confirmed for this request.'),
  alreadyConfirmed: z.boolean().describe('True when the link had been used before (a retry): nothing changed.'),
});
export type MailConfirmationResult = z.infer<typeof MailConfirmationResult>;
