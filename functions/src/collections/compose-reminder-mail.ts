/**
 * The mails of the evening-before reminder (docs/collections.md), in the citizen's language: the welcome once the
 * address is confirmed, then, each evening before a collection, tomorrow's kinds. Plain text, fixed words and the
 * calendar's data only; every one ends with the one-click unsubscribe link.
 */
import {
  COLLECTION_MAIL_MESSAGES,
  REMINDER_UNSUBSCRIBE_FRAGMENT,
  formatDayInWords,
  kindsInWords,
  translate,
  type CollectionKind,
  type Locale,
  type Translate,
} from '@tandem/shared';
import { hourInWords } from '@tandem/shared/field/due-words';
import { COLLECTION_KIND_MESSAGES } from '@tandem/shared/i18n/collection-kinds/index';

const MAILS = [COLLECTION_MAIL_MESSAGES, COLLECTION_KIND_MESSAGES];
const t: Translate<typeof MAILS> = (locale, key, vars) => translate(MAILS, locale, key, vars);

export interface ReminderMailInput {
  locale: Locale;
  commune: { id: string; name: string };
  zone: { id: string; name: string };
  /** `<zone>.<address hash>.<secret>`: the unsubscribe link's key. */
  unsubscribeKey: string;
  /** The evening's collections (tomorrow); absent: the welcome mail. */
  tomorrow?: { day: string; kinds: CollectionKind[] };
  /** When the evening mails leave (Brussels, "HH:MM"), said in the welcome. */
  sendTime: string;
}

export const collectionsPagePath = (commune: string) => `/${commune}/collectes/`;

export function composeReminderMail(m: ReminderMailInput, baseUrl: string): { subject: string; text: string } {
  const vars = {
    commune: m.commune.name,
    zone: m.zone.name,
    time: hourInWords(m.sendTime, m.locale),
    url: `${baseUrl}${collectionsPagePath(m.commune.id)}`,
    unsubscribeUrl: `${baseUrl}${collectionsPagePath(m.commune.id)}#${REMINDER_UNSUBSCRIBE_FRAGMENT}=${m.unsubscribeKey}`,
  };
  if (!m.tomorrow)
    return { subject: t(m.locale, 'collections.mail.welcome.subject', vars), text: t(m.locale, 'collections.mail.welcome.body', vars) };
  const kinds = kindsInWords(
    m.tomorrow.kinds.map((k) => t(m.locale, `collections.kind.${k}`)),
    m.locale,
  );
  const evening = { ...vars, kinds, day: formatDayInWords(m.tomorrow.day, m.locale) };
  return {
    subject: t(m.locale, 'collections.mail.reminder.subject', evening),
    text: t(m.locale, 'collections.mail.reminder.body', evening),
  };
}
