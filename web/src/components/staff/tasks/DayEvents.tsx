/** The commune's events and the permits on one calendar day, each marked as what it is (not a task). */
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import type { CalendarEvent } from './calendar-events';

export default function DayEvents({ events }: { events?: CalendarEvent[] }) {
  if (!events?.length) return null;
  return (
    <ul class="day-events">
      {events.map((e) => (
        <li key={e.href} class={`day-${e.kind}`} data-testid={`calendar-${e.kind}`}>
          <span class="visually-hidden">{tr(e.kind === 'permit' ? 'workTasks.calendar.permit' : 'workTasks.calendar.event')} : </span>
          <a href={e.href} onClick={linkClick}>
            {e.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
