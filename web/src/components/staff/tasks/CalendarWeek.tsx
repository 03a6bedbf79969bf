/** A week of tasks: each day a heading and its tasks (with status), today marked. */
import { weekDays } from '@tandem/shared/work/calendar-days';
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import type { TaskSummaryView } from './task-api';
import type { CalendarEvent } from './calendar-events';
import DayEvents from './DayEvents';
import { dayInWords } from './calendar-format';
import { dueText, statusLabel } from './task-format';
import { taskHref } from './tasks-route';

export default function CalendarWeek({
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
  return (
    <ol class="calendar-week" data-testid="calendar-week">
      {weekDays(day).map((d) => (
        <li key={d} class={d === today ? 'today' : ''} data-day={d}>
          <h3>
            {dayInWords(d)}
            {d === today && ` (${tr('workTasks.calendar.today')})`}
          </h3>
          <DayEvents events={events?.get(d)} />
          {(days.get(d) ?? []).length === 0 ? (
            <p class="hint">{tr('workTasks.calendar.nothing')}</p>
          ) : (
            <ul>
              {days.get(d)!.map((t) => (
                <li key={t.id}>
                  <a href={taskHref(commune, t.id)} onClick={linkClick}>
                    {t.title}
                  </a>{' '}
                  <span class="hint">
                    {statusLabel(t.status)} · {dueText(t.dueAt)}
                  </span>
                  {t.overdue && <strong class="overdue"> {tr('workTasks.overdue')}</strong>}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
