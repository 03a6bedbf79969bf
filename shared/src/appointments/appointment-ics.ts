/**
 * An appointment as an iCalendar invitation (RFC 5545), attached to its mails (docs/appointments.md): one VEVENT
 * through the platform's one iCalendar writer (map/feeds/icalendar-feed.ts: escaping, folding, the calendar's head).
 *
 * - UID `rdv-<code>@<commune>.tandem` and SEQUENCE = the appointment's version − 1: a move (or a cancellation,
 *   STATUS:CANCELLED) replaces the same event in the person's calendar application.
 * - DTSTART/DTEND in UTC (the instants booked), TRANSP:OPAQUE (the person is busy then), an alarm an hour before.
 * - The summary, place and description are the commune's words and the system's (service, reason, code, manage link):
 *   never a word the public typed.
 */
import { escapeText, icalendarDocument } from '../map/feeds/icalendar-feed.js';
import { icalUtc } from '../map/feeds/ical-time.js';

export interface AppointmentInvitation {
  commune: { id: string; name: string };
  code: string;
  /** UTC instants (ISO). */
  start: string;
  end: string;
  /** When it last changed (DTSTAMP, LAST-MODIFIED) and its version (SEQUENCE = version − 1). */
  updatedAt: string;
  version: number;
  cancelled: boolean;
  summary: string;
  place?: string;
  description: string;
  /** The manage page (absolute). */
  url: string;
}

export function appointmentICalendar(a: AppointmentInvitation): string {
  const event = [
    'BEGIN:VEVENT',
    `UID:rdv-${a.code}@${a.commune.id}.tandem`,
    `SEQUENCE:${a.version - 1}`,
    `DTSTAMP:${icalUtc(a.updatedAt)}`,
    `LAST-MODIFIED:${icalUtc(a.updatedAt)}`,
    `DTSTART:${icalUtc(a.start)}`,
    `DTEND:${icalUtc(a.end)}`,
    `SUMMARY:${escapeText(a.summary)}`,
    ...(a.place ? [`LOCATION:${escapeText(a.place)}`] : []),
    `DESCRIPTION:${escapeText(a.description)}`,
    `URL:${a.url.replace(/[\r\n]/g, '')}`,
    `STATUS:${a.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    ...(a.cancelled ? [] : ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(a.summary)}`, 'TRIGGER:-PT1H', 'END:VALARM']),
    'END:VEVENT',
  ];
  return icalendarDocument({ prodId: `-//Tandem//Rendez-vous ${a.commune.id}//FR`, name: `${a.commune.name} — rendez-vous` }, event);
}
