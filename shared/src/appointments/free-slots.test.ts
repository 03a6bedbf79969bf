import { describe, expect, it } from 'vitest';
import { AppointmentService, AppointmentsConfig } from './appointment-config.js';
import { appointmentCells, bookableDays, freeSlots, startVerdict, type SlotQuery } from './free-slots.js';

const population = AppointmentService.parse({
  id: 'population',
  name: { fr: 'Population' },
  stepMinutes: 15,
  types: [
    { id: 'carte-identite', reason: { fr: 'Carte d’identité' }, minutes: 15 },
    { id: 'mariage', reason: { fr: 'Dossier de mariage' }, minutes: 30, bufferMinutes: 15 },
  ],
  hours: {
    mon: [{ from: '08:30', to: '12:00' }],
    tue: [
      { from: '08:30', to: '12:00' },
      { from: '13:30', to: '16:00' },
    ],
    wed: [{ from: '08:30', to: '12:00' }],
    thu: [{ from: '08:30', to: '12:00' }],
    fri: [{ from: '08:30', to: '12:00' }],
    sat: [{ from: '09:00', to: '10:00' }],
  },
  closingDates: ['2027-04-02'],
});
const [idCard, wedding] = population.types;
/** Friday 26 March 2027, 16:00 in Brussels: the spring change is on Sunday 28 (Easter), Monday 29 is Easter Monday. */
const NOW = Date.parse('2027-03-26T16:00:00+01:00');
const query = (over: Partial<SlotQuery> = {}): SlotQuery => ({
  service: population,
  type: idCard,
  from: '2027-03-26',
  to: '2027-03-31',
  now: NOW,
  window: { minDaysAhead: 1, maxDaysAhead: 56 },
  closingDays: ['09-27'],
  taken: new Set(),
  ...over,
});

describe('free slots', () => {
  it('offers the opening hours from tomorrow, across the spring change, without Easter Monday', () => {
    const slots = freeSlots(query());
    const days = [...new Set(slots.map((s) => s.day))];
    // Today is before the window (minDaysAhead 1); Sunday has no hours; Monday 29 is a public holiday.
    expect(days).toEqual(['2027-03-27', '2027-03-30', '2027-03-31']);
    const saturday = slots.filter((s) => s.day === '2027-03-27');
    expect(saturday.map((s) => s.start)).toEqual([
      '2027-03-27T09:00:00+01:00',
      '2027-03-27T09:15:00+01:00',
      '2027-03-27T09:30:00+01:00',
      '2027-03-27T09:45:00+01:00',
    ]);
    // After the change the same wall time is an hour earlier in UTC.
    const tuesday = slots.filter((s) => s.day === '2027-03-30');
    expect(tuesday[0]).toEqual({ start: '2027-03-30T08:30:00+02:00', day: '2027-03-30', time: '08:30' });
    expect(Date.parse(tuesday[0].start)).toBe(Date.parse('2027-03-30T06:30:00Z'));
    // Two ranges on Tuesday: 14 starts in the morning, 10 in the afternoon; the last ends at the range's end.
    expect(tuesday).toHaveLength(14 + 10);
    expect(tuesday.at(-1)?.time).toBe('15:45');
  });

  it('an appointment ends by the range’s end; its pause may run past it', () => {
    const sat = freeSlots(query({ type: wedding, from: '2027-03-27', to: '2027-03-27' }));
    expect(sat.map((s) => s.time)).toEqual(['09:00', '09:15', '09:30']);
  });

  it('leaves out taken cells, the pause after a booking, and starts whose length would overlap one', () => {
    const start = Date.parse('2027-03-30T10:00:00+02:00');
    const taken = new Set(appointmentCells(start, population, wedding)); // 10:00–10:45 with the pause
    expect(taken.size).toBe(3);
    const times = freeSlots(query({ type: wedding, from: '2027-03-30', to: '2027-03-30', taken })).map((s) => s.time);
    // 09:15 with its pause ends at 10:00; 09:30 and 09:45 (with their pauses) would run into 10:00; 10:45 is free again.
    expect(times.filter((t) => t >= '09:00' && t <= '11:00')).toEqual(['09:00', '09:15', '10:45', '11:00']);
    const short = freeSlots(query({ from: '2027-03-30', to: '2027-03-30', taken })).map((s) => s.time);
    expect(short).toContain('09:45');
    expect(short).not.toContain('10:30');
  });

  it('closing days: a service’s own, the commune’s yearly one, and the window’s last day', () => {
    expect(freeSlots(query({ from: '2027-04-02', to: '2027-04-02' }))).toEqual([]);
    const sept = freeSlots(query({ now: Date.parse('2027-09-20T12:00:00+02:00'), from: '2027-09-27', to: '2027-09-28' }));
    expect(new Set(sept.map((s) => s.day))).toEqual(new Set(['2027-09-28']));
    const { last } = bookableDays(NOW, { minDaysAhead: 1, maxDaysAhead: 56 });
    expect(last).toBe('2027-05-21');
    const far = freeSlots(query({ from: '2027-05-20', to: '2027-05-31' }));
    expect(far.at(-1)?.day).toBe('2027-05-21');
  });

  it('with no lead time, only starts after now on today', () => {
    const now = Date.parse('2027-03-30T10:05:00+02:00');
    const today = freeSlots(query({ now, window: { minDaysAhead: 0, maxDaysAhead: 3 }, from: '2027-03-30', to: '2027-03-30' }));
    expect(today[0].time).toBe('10:15');
  });

  it('a night range on the days of the changes: no missing hour, the repeated hour once', () => {
    const night = AppointmentService.parse({
      id: 'permanence',
      name: { fr: 'Permanence de nuit' },
      stepMinutes: 30,
      types: [{ id: 'urgence', reason: { fr: 'Urgence' }, minutes: 30 }],
      hours: { sun: [{ from: '01:00', to: '04:00' }] },
    });
    const q = (day: string): SlotQuery =>
      query({ service: night, type: night.types[0], from: day, to: day, now: Date.parse(`${day}T00:00:00Z`) - 7 * 86_400_000 });
    const spring = freeSlots(q('2027-03-28'));
    expect(spring.map((s) => s.start)).toEqual([
      '2027-03-28T01:00:00+01:00',
      '2027-03-28T01:30:00+01:00',
      '2027-03-28T03:00:00+02:00',
      '2027-03-28T03:30:00+02:00',
    ]);
    const autumn = freeSlots(q('2027-10-31'));
    expect(autumn.map((s) => s.start)).toEqual([
      '2027-10-31T01:00:00+02:00',
      '2027-10-31T01:30:00+02:00',
      '2027-10-31T02:00:00+02:00',
      '2027-10-31T02:30:00+02:00',
      '2027-10-31T03:00:00+01:00',
      '2027-10-31T03:30:00+01:00',
    ]);
    expect(new Set(autumn.map((s) => Date.parse(s.start))).size).toBe(6);
  });

  it('says why a start cannot be booked', () => {
    const base = { ...query(), from: undefined, to: undefined };
    const at = (iso: string) => startVerdict(Date.parse(iso), base);
    expect(at('2027-03-30T08:30:00+02:00')).toBe('free');
    expect(at('2027-03-26T16:30:00+01:00')).toBe('outside-window');
    expect(at('2027-06-30T08:30:00+02:00')).toBe('outside-window');
    expect(at('2027-03-29T08:30:00+02:00')).toBe('closed');
    expect(at('2027-03-30T08:40:00+02:00')).toBe('not-a-start');
    expect(at('2027-03-30T12:00:00+02:00')).toBe('not-a-start');
    const taken = new Set(appointmentCells(Date.parse('2027-03-30T08:30:00+02:00'), population, idCard));
    expect(startVerdict(Date.parse('2027-03-30T08:30:00+02:00'), { ...base, taken })).toBe('taken');
  });
});

describe('agendas as data', () => {
  it('refuses lengths off the grid, overlapping ranges and a window upside down, naming where', () => {
    const bad = AppointmentsConfig.safeParse({
      minDaysAhead: 10,
      maxDaysAhead: 5,
      services: [
        {
          id: 'urbanisme',
          name: { fr: 'Urbanisme' },
          stepMinutes: 15,
          types: [{ id: 'permis', reason: { fr: 'Permis' }, minutes: 20 }],
          hours: {
            mon: [
              { from: '09:00', to: '12:00' },
              { from: '11:00', to: '13:00' },
            ],
            tue: [{ from: '09:10', to: '12:00' }],
          },
        },
      ],
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['services.0.hours', 'services.0.types.0.minutes', 'services.0.hours.tue.0', 'maxDaysAhead']),
    );
  });
});
