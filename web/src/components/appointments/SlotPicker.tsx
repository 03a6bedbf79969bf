/**
 * The free times of one service and reason (docs/appointments.md): the days that have some, a week at a time, then
 * the chosen day's times as big buttons. Used to book and to move. `refresh` reloads them (after a 409: the slot
 * someone else just took is gone).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicAgendas, SlotsAnswer } from '@tandem/shared/appointments/appointment-api';
import { SLOT_SEARCH_MAX_DAYS } from '@tandem/shared/appointments/slot-search';
import { addDays, daysBetween } from '@tandem/shared/permits/calendar';
import { apiFetch, apiPath } from '../../lib/api';
import { tr } from '../../lib/locale';
import { dayWords, timeWords } from './appointment-words';

export type Slot = SlotsAnswer['slots'][number];
const DAYS_SHOWN = 7;

/** Every free start of the window, read in as few searches as the route allows. */
async function windowSlots(commune: string, service: string, type: string, window: PublicAgendas['window']): Promise<Slot[]> {
  const slots: Slot[] = [];
  for (let from = window.first; from <= window.last; from = addDays(from, SLOT_SEARCH_MAX_DAYS)) {
    const to = daysBetween(from, window.last) < SLOT_SEARCH_MAX_DAYS ? window.last : addDays(from, SLOT_SEARCH_MAX_DAYS - 1);
    const q = new URLSearchParams({ service, type, from, to });
    slots.push(...(await apiFetch<SlotsAnswer>(apiPath(commune, `appointments/slots?${q}`))).slots);
  }
  return slots;
}

export function SlotPicker({
  commune,
  service,
  type,
  window,
  refresh,
  skip,
  onPick,
}: {
  commune: string;
  service: string;
  type: string;
  window: PublicAgendas['window'];
  refresh: number;
  /** A start not to offer (the appointment's own, when moving it). */
  skip?: string;
  onPick(slot: Slot): void;
}) {
  const [slots, setSlots] = useState<Slot[] | 'loading' | 'failed'>('loading');
  const [shown, setShown] = useState(DAYS_SHOWN);
  const [day, setDay] = useState<string>();
  const timesHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    setSlots('loading');
    windowSlots(commune, service, type, window).then(
      (all) => live && setSlots(all.filter((s) => s.start !== skip)),
      () => live && setSlots('failed'),
    );
    return () => {
      live = false;
    };
  }, [commune, service, type, window.first, window.last, refresh]);
  useEffect(() => {
    if (day) timesHeading.current?.focus();
  }, [day]);

  if (slots === 'loading') return <p aria-live="polite">{tr('appointments.loading')}</p>;
  if (slots === 'failed') return <p class="notice warn">{tr('appointments.failed')}</p>;
  if (!slots.length) return <p class="notice">{tr('appointments.step2.empty')}</p>;

  const byDay = new Map<string, Slot[]>();
  for (const s of slots) byDay.set(s.day, [...(byDay.get(s.day) ?? []), s]);
  const days = [...byDay.keys()];
  const times = day ? (byDay.get(day) ?? []) : [];
  return (
    <div class="slot-picker" data-testid="slot-picker">
      <h3 id="slot-days">{tr('appointments.step2.days')}</h3>
      <ul class="slot-days" aria-labelledby="slot-days">
        {days.slice(0, shown).map((d) => {
          const count = byDay.get(d)!.length;
          const words = dayWords(d);
          return (
            <li key={d}>
              <button
                type="button"
                class={`button ${d === day ? '' : 'secondary'}`}
                aria-pressed={d === day}
                data-day={d}
                onClick={() => setDay(d)}
              >
                {count === 1 ? tr('appointments.step2.dayOne', { day: words }) : tr('appointments.step2.day', { day: words, count })}
              </button>
            </li>
          );
        })}
      </ul>
      {days.length > shown && (
        <button type="button" class="button secondary" onClick={() => setShown(shown + DAYS_SHOWN)}>
          {tr('appointments.step2.more')}
        </button>
      )}
      {day && (
        <>
          <h3 id="slot-times" tabindex={-1} ref={timesHeading}>
            {tr('appointments.step2.times', { day: dayWords(day) })}
          </h3>
          <ul class="slot-times" aria-labelledby="slot-times" data-testid="slot-times">
            {times.map((s) => (
              <li key={s.start}>
                <button type="button" class="button secondary" data-start={s.start} onClick={() => onPick(s)}>
                  {timeWords(s.time)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
