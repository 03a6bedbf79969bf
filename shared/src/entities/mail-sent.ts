/**
 * The mail-sent marker: written (conditionally) in the partition of the report or permit before its mail
 * goes out, one per timeline item, so that an event delivered twice sends one mail.
 */
export const MAIL_SENT_PREFIX = 'MAIL#';

/** `timelineId` is the timeline item's sort key (the event's `timelineId`). */
export const mailSentKey = (entityPk: string, timelineId: string) => ({ pk: entityPk, sk: `${MAIL_SENT_PREFIX}${timelineId}` });

export interface MailSentItem {
  pk: string;
  sk: string;
  type: 'mail-sent';
  at: string;
}

export function mailSentItem(entityPk: string, timelineId: string, at: string): MailSentItem {
  return { ...mailSentKey(entityPk, timelineId), type: 'mail-sent', at };
}
