/**
 * The gate in front of every mail to an address typed by the public (docs/mail-confirmation.md). While the
 * address is not confirmed for the request, the mail is held (only the latest is kept) and the address gets,
 * once, the fixed-text confirmation mail; once confirmed, mails go out as before (sent once per event).
 */
import type { CommuneConfig, Locale, MailRequestKind } from '@tandem/shared';
import { env } from '../lib/aws.js';
import { composeConfirmationMail } from './compose-confirmation-mail.js';
import { currentMailer } from './current-mailer.js';
import { addressHash, tokenHash } from './mail-address.js';
import { closePending, getAddressRequest, holdLatest, openPending, renewExpiredLink, type RequestRef } from './mail-confirmation-store.js';
import type { Mail } from './mailer.js';
import { sendOnce } from './send-once.js';

export type GatedResult = 'sent' | 'already_sent' | 'held' | 'confirmation_sent';

export interface GatedMail {
  config: Pick<CommuneConfig, 'id' | 'name'>;
  kind: MailRequestKind;
  code: string;
  locale: Locale;
  /** The report's or permit's partition and the timeline item the mail tells about (see send-once.ts). */
  entityPk: string;
  timelineId: string;
  /** The event the mail answers: kept while held, replayed through the notifier on confirmation. */
  detail: unknown;
  mail: Omit<Mail, 'from'>;
}

async function sendConfirmation(g: GatedMail, token: string): Promise<void> {
  const text = composeConfirmationMail(g, token, g.config, env().publicBaseUrl);
  await currentMailer().send({
    // The id names the link by its hash, not by the token: ids end up in file names and logs.
    id: `${g.config.id}-${g.code}-confirm-${tokenHash(token).slice(0, 12)}`,
    from: env().mailFrom,
    to: g.mail.to,
    ...text,
    tags: { commune: g.config.id, code: g.code, kind: 'mail_confirmation', audience: g.mail.tags.audience ?? 'requester' },
  });
}

export async function sendWhenConfirmed(g: GatedMail): Promise<GatedResult> {
  const ref: RequestRef = { commune: g.config.id, addressHash: addressHash(g.mail.to), kind: g.kind, code: g.code };
  const held = { timelineId: g.timelineId, detail: JSON.stringify(g.detail) };
  for (let attempt = 0; attempt < 3; attempt++) {
    const record = await getAddressRequest(ref);
    if (record?.state === 'confirmed') return sendOnce(g.entityPk, g.timelineId, g.mail);
    if (!record) {
      const token = await openPending(ref, held);
      if (!token) continue; // another notifier opened it first: read it again
      try {
        await sendConfirmation(g, token);
      } catch (e) {
        await closePending(ref, token);
        throw e;
      }
      return 'confirmation_sent';
    }
    if (!(await holdLatest(ref, held))) continue; // confirmed meanwhile: read it again, then send
    const renewed = await renewExpiredLink(ref, record);
    if (renewed) {
      await sendConfirmation(g, renewed);
      return 'confirmation_sent';
    }
    return 'held';
  }
  throw new Error('mail confirmation record kept changing');
}
