/**
 * Mail adapter. SES in the cloud; locally an outbox folder (SES has no local stand-in). Both take the
 * same Mail and are idempotent per mail id (the outbox overwrites the same file; SES is guarded by the
 * notifier's sent-marker).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { checkLocalAccess } from '../lib/aws.js';
import { clock } from '../lib/clock.js';

export interface Mail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** What caused it (commune, code, kind), for the outbox page and logs. */
  tags: Record<string, string>;
  /** Files joined to it (an appointment's iCalendar invitation), as text. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  fileName: string;
  contentType: string;
  content: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export class OutboxMailer implements Mailer {
  constructor(private readonly dir: string) {}
  async send(mail: Mail): Promise<void> {
    // What SES would check (ses:SendEmail from this address) is checked by the local runtime.
    await checkLocalAccess('ses', 'SendEmail', { FromEmailAddress: mail.from });
    await mkdir(this.dir, { recursive: true });
    const safeId = mail.id.replace(/[^A-Za-z0-9_-]/g, '_');
    await writeFile(join(this.dir, `${safeId}.json`), JSON.stringify({ ...mail, sentAt: clock.iso() }, null, 2));
  }
}

export class SesMailer implements Mailer {
  constructor(private readonly client: Pick<SESv2Client, 'send'> = new SESv2Client({})) {}
  async send(mail: Mail): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: mail.from,
        Destination: { ToAddresses: [mail.to] },
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: mail.text, Charset: 'UTF-8' } },
            ...(mail.attachments?.length
              ? {
                  Attachments: mail.attachments.map((a) => ({
                    FileName: a.fileName,
                    ContentType: a.contentType,
                    ContentDisposition: 'ATTACHMENT' as const,
                    RawContent: Buffer.from(a.content, 'utf8'),
                  })),
                }
              : {}),
          },
        },
        EmailTags: Object.entries(mail.tags).map(([Name, Value]) => ({ Name, Value: Value.replace(/[^A-Za-z0-9_-]/g, '_') })),
      }),
    );
  }
}
