/** The commune's events on one calendar day, marked as events (not tasks). */
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import type { CalendarEvent } from './calendar-events';

export default function DayEvents({ events }: { events?: CalendarEvent[] }) {
  if (!events?.length) return null;
  return (
    <ul class="day-events">
      {events.map((e) => (
        <li key={e.href}>
          <span class="visually-hidden">{tr('workTasks.calendar.event')} : </span>
          <a href={e.href} onClick={linkClick}>
            {e.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
