/**
 * The calendar of tasks (`?vue=calendrier&mode=mois|semaine&jour=YYYY-MM-DD`): tasks on their due day in Brussels
 * time, with the commune's events and the permit requests being handled or issued on the days they run. The month is
 * a table of weeks; the week lists each day's tasks. The arrows and « Aujourd’hui » are links. A task changed by
 * anyone (topic `tasks`) reads the tasks again quietly, once for a burst.
 */
import { useEffect } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { isValidIsoDate } from '@tandem/shared/permits/calendar';
import { byDueDay, shownRange, stepDay, type CalendarMode } from '@tandem/shared/work/calendar-days';
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import { ErrorNotice } from '../page-states';
import { fetchTasks } from './task-api';
import { tasksHref } from './tasks-route';
import { useLoad } from './use-load';
import { eventsByDay, mergeDays, permitsByDay } from './calendar-events';
import { may } from '../may';
import { dayInWords, monthTitle } from './calendar-format';
import CalendarMonth from './CalendarMonth';
import CalendarWeek from './CalendarWeek';
import { useLiveRefresh } from '../live/use-live';

export default function TaskCalendar({
  commune,
  params,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  params: URLSearchParams;
  onSignedOut(): void;
}) {
  const mode: CalendarMode = params.get('mode') === 'semaine' ? 'semaine' : 'mois';
  const asked = params.get('jour') ?? '';
  const today = brusselsDate(Date.now());
  const day = isValidIsoDate(asked) ? asked : today;
  const range = shownRange(mode, day);
  const list = useLoad(() => fetchTasks(commune.id, range), [mode, day], onSignedOut);
  // The commune's events and the permits too; the calendar of tasks stands without them if they do not load.
  const seesPermits = may(commune, 'GET /api/{commune}/staff/permits', 'list');
  const events = useLoad(
    () =>
      Promise.all([
        eventsByDay(commune.id, range).catch(() => new Map()),
        seesPermits ? permitsByDay(commune.id, range).catch(() => new Map()) : new Map(),
      ]).then((maps) => mergeDays(...maps)),
    [mode, day],
    onSignedOut,
  );
  useLiveRefresh(commune.id, ['tasks'], () => void list.refresh());
  useEffect(() => document.getElementById('calendar-title')?.focus(), []);
  const href = (m: CalendarMode, d: string) => tasksHref(commune.id, 'calendrier', { mode: m, jour: d });
  const days = byDueDay(list.data ?? []);
  return (
    <section aria-labelledby="calendar-title" data-testid="task-calendar" aria-busy={list.loading ? 'true' : undefined}>
      <h1 id="calendar-title" tabindex={-1}>
        {tr('workTasks.calendar.title')}
      </h1>
      <nav class="calendar-nav" aria-label={tr('workTasks.calendar.nav')}>
        <ul>
          <li>
            <a href={href('mois', day)} onClick={linkClick} aria-current={mode === 'mois' ? 'page' : undefined}>
              {tr('workTasks.calendar.month')}
            </a>
          </li>
          <li>
            <a href={href('semaine', day)} onClick={linkClick} aria-current={mode === 'semaine' ? 'page' : undefined}>
              {tr('workTasks.calendar.week')}
            </a>
          </li>
          <li>
            <a href={href(mode, stepDay(mode, day, -1))} onClick={linkClick}>
              ← {tr(mode === 'mois' ? 'workTasks.calendar.prevMonth' : 'workTasks.calendar.prevWeek')}
            </a>
          </li>
          <li>
            <a href={href(mode, today)} onClick={linkClick}>
              {tr('workTasks.calendar.today')}
            </a>
          </li>
          <li>
            <a href={href(mode, stepDay(mode, day, 1))} onClick={linkClick}>
              {tr(mode === 'mois' ? 'workTasks.calendar.nextMonth' : 'workTasks.calendar.nextWeek')} →
            </a>
          </li>
        </ul>
      </nav>
      <h2>
        {mode === 'mois' ? monthTitle(day) : tr('workTasks.calendar.weekOf', { from: dayInWords(range.from), to: dayInWords(range.to) })}
      </h2>
      <p class="status" role="status" aria-live="polite">
        {list.loading ? tr('common.loading') : tr('workTasks.count', { n: list.data?.length ?? 0 })}
      </p>
      {list.error && <ErrorNotice message={list.error} onRetry={list.reload} />}
      {mode === 'mois' ? (
        <CalendarMonth commune={commune.id} day={day} today={today} days={days} events={events.data} />
      ) : (
        <CalendarWeek commune={commune.id} day={day} today={today} days={days} events={events.data} />
      )}
    </section>
  );
}
