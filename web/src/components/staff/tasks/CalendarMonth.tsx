/** A month of tasks as a table of weeks (Monday first): each day its number and its tasks, today marked. */
import { monthWeeks } from '@tandem/shared/work/calendar-days';
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import type { TaskSummaryView } from './task-api';
import type { CalendarEvent } from './calendar-events';
import DayEvents from './DayEvents';
import { dayInWords, monthTitle, weekdayLong, weekdayShort } from './calendar-format';
import { taskHref } from './tasks-route';

export default function CalendarMonth({
  commune,
  day,
  today,
  days,
  events,
}: {
  commune: string;
  day: string;
  today: string;
  days: Map<string, TaskSummaryView[]>;
  /** The commune's events by day, once loaded. */
  events?: Map<string, CalendarEvent[]>;
}) {
  const weeks = monthWeeks(day);
  const month = day.slice(0, 7);
  return (
    <table class="calendar-month" data-testid="calendar-month">
      <caption class="visually-hidden">{tr('workTasks.calendar.caption', { month: monthTitle(day) })}</caption>
      <thead>
        <tr>
          {weeks[0].map((d) => (
            <th scope="col" key={d}>
              <abbr title={weekdayLong(d)}>{weekdayShort(d)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w[0]}>
            {w.map((d) => (
              <td key={d} class={`${d.slice(0, 7) === month ? '' : 'other-month'}${d === today ? ' today' : ''}`} data-day={d}>
                <span class="day-number" aria-hidden="true">
                  {Number(d.slice(8))}
                </span>
                <span class="visually-hidden">{dayInWords(d)}</span>
                {d === today && <span class="visually-hidden"> ({tr('workTasks.calendar.today')})</span>}
                <DayEvents events={events?.get(d)} />
                {(days.get(d) ?? []).length > 0 && (
                  <ul>
                    {days.get(d)!.map((t) => (
                      <li key={t.id} class={t.overdue ? 'overdue' : ''}>
                        <a href={taskHref(commune, t.id)} onClick={linkClick}>
                          {t.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
