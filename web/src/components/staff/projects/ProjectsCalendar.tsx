/**
 * The projects of a month (`?mois=2027-03`, default: this Brussels month) as a calendar table, Monday first: each day
 * lists the projects running that day (from start to end; a project without an end on its start day only). Projects
 * without a date are counted below.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { brusselsDate, formatCalendarDay } from '@tandem/shared/brussels-time';
import { addDays, isoWeekday } from '@tandem/shared/permits/calendar';
import { dateLocale, tr } from '../../../lib/locale';
import { linkClick } from '../router';
import type { ProjectView } from './project-format';
import { ProjectLink } from './ProjectBits';

const shiftMonth = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** The weeks (Monday to Sunday) that hold the month's days; days of the months around are empty strings. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  const weeks: string[][] = [];
  let day = addDays(first, 1 - isoWeekday(first));
  while (day.slice(0, 7) <= month) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++, day = addDays(day, 1)) week.push(day.slice(0, 7) === month ? day : '');
    weeks.push(week);
  }
  return weeks;
}

export const runsOn = (p: Pick<ProjectView, 'start' | 'end'>, day: string) =>
  Boolean(p.start && p.start <= day && (p.end ?? p.start) >= day);

export default function ProjectsCalendar({
  commune,
  items,
  month: asked,
  hrefOf,
}: {
  commune: PublicCommuneConfig;
  items: ProjectView[];
  month: string;
  hrefOf(month: string): string;
}) {
  const month = asked || brusselsDate(Date.now()).slice(0, 7);
  const monthName = formatCalendarDay(`${month}-01`, dateLocale(), { month: 'long', year: 'numeric' });
  const weeks = monthWeeks(month);
  const weekdays = weeks[0].map((_, i) => formatCalendarDay(addDays('2024-01-01', i), dateLocale(), { weekday: 'long' }));
  const inMonth = items.filter((p) => p.start && p.start <= `${month}-31` && (p.end ?? p.start) >= `${month}-01`);
  const undated = items.filter((p) => !p.start).length;
  return (
    <div data-testid="projects-calendar">
      <p class="calendar-nav">
        <a href={hrefOf(shiftMonth(month, -1))} onClick={linkClick} class="button secondary">
          ← {tr('projects.calendar.previous')}
        </a>{' '}
        <strong>{monthName}</strong>{' '}
        <a href={hrefOf(shiftMonth(month, 1))} onClick={linkClick} class="button secondary">
          {tr('projects.calendar.next')} →
        </a>
      </p>
      {!inMonth.length && <p>{tr('projects.calendar.none')}</p>}
      <table class="project-calendar">
        <caption>{tr('projects.calendar.caption', { month: monthName })}</caption>
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th scope="col" key={w}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.join()}>
              {week.map((day, i) => {
                const running = day ? inMonth.filter((p) => runsOn(p, day)) : [];
                return (
                  <td key={day || `x${i}`} class={day ? undefined : 'outside'}>
                    {day && (
                      <>
                        <span class="day-number">{formatCalendarDay(day, dateLocale(), { day: 'numeric', month: 'short' })}</span>
                        {running.length > 0 && (
                          <ul>
                            {running.map((p) => (
                              <li key={p.id}>
                                <ProjectLink commune={commune.id} project={p} />
                              </li>
                            ))}
                          </ul>
                        )}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {undated > 0 && <p>{tr('projects.calendar.undated', { n: undated })}</p>}
    </div>
  );
}
