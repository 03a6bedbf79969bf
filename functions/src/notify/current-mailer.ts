/** The mail adapter every notifier uses: the outbox locally, SES in the cloud; tests may swap it. */
import { env } from '../lib/aws.js';
import { OutboxMailer, SesMailer, type Mailer } from './mailer.js';

let mailer: Mailer | undefined;
export function currentMailer(): Mailer {
  const e = env();
  mailer ??= e.mailTransport === 'outbox' ? new OutboxMailer(e.outboxDir ?? '.data/outbox') : new SesMailer();
  return mailer;
}
export function setMailer(m: Mailer | undefined): void {
  mailer = m;
}
