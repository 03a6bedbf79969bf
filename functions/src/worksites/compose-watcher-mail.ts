/**
 * The mails a confirmed watcher gets, in their language: the welcome once their address is confirmed, then each
 * progress update (the words staff wrote for the public page). Plain text; every one ends with the unsubscribe link.
 */
import {
  WORKS_MAIL_MESSAGES,
  WORKS_UNSUBSCRIBE_FRAGMENT,
  formatInstantInWords,
  translate,
  worksPagePath,
  type Locale,
  type Translate,
} from '@tandem/shared';

const MAILS = [WORKS_MAIL_MESSAGES];
const t: Translate<typeof MAILS> = (locale, key, vars) => translate(MAILS, locale, key, vars);

export interface WatcherMailInput {
  locale: Locale;
  commune: { id: string; name: string };
  site: { id: string; title: string };
  /** `<address hash>.<secret>`: the unsubscribe link's key. */
  unsubscribeKey: string;
  /** Absent: the welcome mail. */
  progress?: { at: string; text: string };
}

export const unsubscribeUrl = (baseUrl: string, commune: string, id: string, key: string) =>
  `${baseUrl}${worksPagePath(commune, id)}#${WORKS_UNSUBSCRIBE_FRAGMENT}=${key}`;

export function composeWatcherMail(m: WatcherMailInput, baseUrl: string): { subject: string; text: string } {
  const vars = {
    commune: m.commune.name,
    title: m.site.title,
    url: `${baseUrl}${worksPagePath(m.commune.id, m.site.id)}`,
    unsubscribeUrl: unsubscribeUrl(baseUrl, m.commune.id, m.site.id, m.unsubscribeKey),
  };
  if (!m.progress) return { subject: t(m.locale, 'works.mail.welcome.subject', vars), text: t(m.locale, 'works.mail.welcome.body', vars) };
  const progress = { ...vars, text: m.progress.text, date: formatInstantInWords(m.progress.at, m.locale) };
  return { subject: t(m.locale, 'works.mail.progress.subject', progress), text: t(m.locale, 'works.mail.progress.body', progress) };
}
