/**
 * The mails of an appointment (booked, moved, cancelled) in the person's language, with the iCalendar invitation
 * attached, sent through the house's mail adapter. They carry only the commune's words (service, reason, place), the
 * day and hour, the code and the manage link: no word the public typed, so they need no confirmation gate
 * (docs/mail-confirmation.md). A failure to send is logged and does not undo the booking (the answer holds the link).
 */
import {
  appointmentICalendar,
  appointmentManagePath,
  formatDayInWords,
  type AppointmentItem,
  type CommuneRegistration,
} from '@tandem/shared';
import { APPOINTMENT_MAIL_MESSAGES, translate } from '@tandem/shared/i18n/server-messages';
import { absoluteUrl } from '@tandem/shared/map/feeds/feed-common';
import { env } from '../lib/aws.js';
import { currentMailer } from '../notify/current-mailer.js';
import { logger } from '../lib/observability.js';
import { appointmentWords } from './appointment-view.js';

export type AppointmentMailKind = 'booked' | 'moved' | 'cancelled' | 'reminder';

const MODULES = [APPOINTMENT_MAIL_MESSAGES];

/**
 * The mail and its invitation; `token` is only known at booking and on requests that carry it (only its hash is
 * stored): without it (the eve's reminder), the link is the booking page's and the mail points to the booking mail's.
 */
export function composeAppointmentMail(kind: AppointmentMailKind, a: AppointmentItem, reg: CommuneRegistration, token?: string) {
  const commune = reg.config;
  const words = appointmentWords(a, commune.appointments, a.locale);
  const bookUrl = absoluteUrl(env().publicBaseUrl, `/${commune.id}/rendez-vous/`);
  const url = token ? absoluteUrl(env().publicBaseUrl, appointmentManagePath(commune.id, a.code, token)) : bookUrl;
  const vars = {
    service: words.service,
    reason: words.reason,
    place: words.place ?? '',
    date: formatDayInWords(a.day, a.locale),
    time: a.time,
    code: a.code,
    url,
    bookUrl,
    commune: commune.name,
  };
  const frWords = appointmentWords(a, commune.appointments, 'fr');
  const ics = appointmentICalendar({
    commune: { id: commune.id, name: commune.name },
    code: a.code,
    start: a.start,
    end: a.end,
    updatedAt: a.updatedAt,
    version: a.version,
    cancelled: kind === 'cancelled',
    summary: `${frWords.service} — ${frWords.reason}`,
    ...(frWords.place ? { place: frWords.place } : {}),
    description: `Rendez-vous ${a.code} — ${commune.name}\n${url}`,
    url,
  });
  return {
    id: `appointment-${commune.id}-${a.code}-${a.version}`,
    to: a.email,
    subject: translate(MODULES, a.locale, `appointment.mail.${kind}.subject`, vars),
    text: translate(MODULES, a.locale, `appointment.mail.${kind}.body`, vars).replace(/\n\n\n/g, '\n\n'),
    tags: { commune: commune.id, code: a.code, kind: `appointment-${kind}` },
    attachments: [{ fileName: `rendez-vous-${a.code}.ics`, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics }],
  };
}

export async function sendAppointmentMail(kind: AppointmentMailKind, a: AppointmentItem, reg: CommuneRegistration, token: string) {
  try {
    await currentMailer().send({ ...composeAppointmentMail(kind, a, reg, token), from: env().mailFrom });
  } catch (e) {
    logger().error({ message: 'appointment mail not sent', code: a.code, kind, error: (e as Error).message });
  }
}
