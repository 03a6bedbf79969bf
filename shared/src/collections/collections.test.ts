import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { BRUSSELS_EDGES } from '../brussels-time.test-support.js';
import type { StreetZone } from '../entities/collection-calendar.js';
import { calendarZones, matchStreetZones, mergeZones, nextCollections, zoneOfFeedName, collectionFeedPath } from './collection-calendar.js';
import { toCollectionICalendar } from './collection-feed.js';
import { COLLECTION_MAX_PROBLEMS, parseCalendarCsv, parseCalendarIcal, parseStreetZonesCsv, readDay, zoneId } from './collection-import.js';
import { kindsNamedBy } from './collection-kinds.js';
import { collectionDayInWords, collectionDayWhen, kindsInWords } from './collection-words.js';

describe('the kinds a calendar names', () => {
  it('reads the intercommunales’ words, several in one text, and nothing else', () => {
    expect(kindsNamedBy('PMC')).toEqual(['pmc']);
    expect(kindsNamedBy('Papiers-cartons')).toEqual(['paper']);
    expect(kindsNamedBy('Ordures ménagères')).toEqual(['residual']);
    expect(kindsNamedBy('Collecte des ENCOMBRANTS')).toEqual(['bulky']);
    expect(kindsNamedBy('PMC - Papiers et cartons')).toEqual(['pmc', 'paper']);
    expect(kindsNamedBy('P+MD')).toEqual(['pmc']);
    expect(kindsNamedBy('Verre')).toEqual(['glass']);
    expect(kindsNamedBy('Déchets organiques')).toEqual([]);
    expect(kindsNamedBy('Papeterie')).toEqual([]);
  });
});

describe('the calendar as CSV', () => {
  it('reads zone, date and kind, French columns, semicolons, Belgian dates, one row naming two kinds', () => {
    const csv = [
      '\ufeffSecteur;Jour;Collecte',
      'Zone A;06/01/2026;PMC - Papiers-cartons',
      'Zone A;2026-01-07;Ordures ménagères',
      'Zone B;7.1.2026;Verre',
    ].join('\r\n');
    const r = parseCalendarCsv(csv, 2026);
    expect(r.problems).toEqual([]);
    expect(r.entries).toEqual([
      { zone: 'Zone A', date: '2026-01-06', kind: 'pmc' },
      { zone: 'Zone A', date: '2026-01-06', kind: 'paper' },
      { zone: 'Zone A', date: '2026-01-07', kind: 'residual' },
      { zone: 'Zone B', date: '2026-01-07', kind: 'glass' },
    ]);
  });

  it('names every refused row by its line and column; a missing column by its name', () => {
    const csv = [
      'zone,date,kind',
      'Zone A,2026-02-30,PMC',
      ',2026-01-06,PMC',
      'Zone A,2027-01-05,PMC',
      'Zone A,2026-01-06,Compost',
      'Zone\u0000A,2026-01-06,PMC',
    ].join('\n');
    expect(parseCalendarCsv(csv, 2026).problems).toEqual([
      { line: 2, column: 'date', reason: expect.stringContaining('not a date'), code: 'bad-date' },
      { line: 3, column: 'zone', reason: 'missing zone', code: 'missing-zone' },
      { line: 4, column: 'date', reason: 'not in 2026', code: 'other-year' },
      { line: 5, column: 'kind', reason: expect.stringContaining('no known collection'), code: 'unknown-kind' },
      { line: 6, column: 'zone', reason: 'control characters in the name', code: 'bad-zone' },
    ]);
    expect(parseCalendarCsv('date,kind\n2026-01-06,PMC', 2026).problems).toEqual([
      { line: 1, column: 'zone', reason: expect.stringContaining('missing column'), code: 'missing-column' },
    ]);
    expect(parseCalendarCsv('', 2026).problems[0].code).toBe('empty-file');
  });

  it('takes one zone’s file without a zone column when the import names the zone, and refuses another zone in it', () => {
    expect(parseCalendarCsv('date,kind\n2026-01-06,PMC', 2026, 'Zone C').entries).toEqual([
      { zone: 'Zone C', date: '2026-01-06', kind: 'pmc' },
    ]);
    expect(parseCalendarCsv('zone,date,kind\nZone D,2026-01-06,PMC', 2026, 'Zone C').problems[0]).toMatchObject({
      line: 2,
      code: 'bad-zone',
    });
  });

  it('stops naming problems at the limit', () => {
    const rows = Array.from({ length: 50 }, () => 'Zone A,nope,PMC');
    expect(parseCalendarCsv(['zone,date,kind', ...rows].join('\n'), 2026).problems).toHaveLength(COLLECTION_MAX_PROBLEMS);
  });

  it('reads days as people write them, and only real days', () => {
    expect(['2026-01-06', '6/1/2026', '06-01-2026', '29/02/2028'].map(readDay)).toEqual([
      '2026-01-06',
      '2026-01-06',
      '2026-01-06',
      '2028-02-29',
    ]);
    expect(['29/02/2026', '2026-1-6', '06/01/26', ''].map(readDay)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Intercommunale//Collectes//FR',
  'BEGIN:VEVENT',
  'UID:1',
  'DTSTART;VALUE=DATE:20260106',
  'SUMMARY:PMC\\, Papiers-',
  ' cartons',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:2',
  'DTSTART;TZID=Europe/Brussels:20260107T060000',
  'SUMMARY:Ordures ménagères',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:3',
  // 23:30 UTC on 7 January is 00:30 on 8 January in Brussels.
  'DTSTART:20260107T233000Z',
  'SUMMARY:Verre',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('one zone’s calendar as iCalendar', () => {
  it('reads each event’s first day (a UTC time as its Brussels day) and its summary’s kinds, folded lines unfolded', () => {
    const r = parseCalendarIcal(ICS, 2026, 'Zone A');
    expect(r.problems).toEqual([]);
    expect(r.entries).toEqual([
      { zone: 'Zone A', date: '2026-01-06', kind: 'pmc' },
      { zone: 'Zone A', date: '2026-01-06', kind: 'paper' },
      { zone: 'Zone A', date: '2026-01-07', kind: 'residual' },
      { zone: 'Zone A', date: '2026-01-08', kind: 'glass' },
    ]);
  });

  it('takes the Brussels day of a UTC start at the year’s and DST’s edges', () => {
    for (const e of BRUSSELS_EDGES) {
      const utc = new Date(e.at)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
      const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', `DTSTART:${utc}`, 'SUMMARY:PMC', 'END:VEVENT', 'END:VCALENDAR'].join('\n');
      const r = parseCalendarIcal(text, Number(e.day.slice(0, 4)), 'Zone A');
      expect(
        r.entries.map((x) => x.date),
        e.name,
      ).toEqual([e.day]);
    }
  });

  it('refuses recurring events, missing or bad dates, other years and unknown summaries, by line and property', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20260106',
      'RRULE:FREQ=WEEKLY',
      'SUMMARY:PMC',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY:PMC',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20261340',
      'SUMMARY:PMC',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20250106',
      'SUMMARY:Jour férié',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    expect(parseCalendarIcal(text, 2026, 'Zone A').problems).toEqual([
      { line: 4, column: 'RRULE', reason: expect.stringContaining('recurring'), code: 'recurring-event' },
      { line: 7, column: 'DTSTART', reason: 'the event has no date', code: 'bad-date' },
      { line: 11, column: 'DTSTART', reason: expect.stringContaining('not a date'), code: 'bad-date' },
      { line: 15, column: 'DTSTART', reason: 'not in 2026', code: 'other-year' },
      { line: 14, column: 'SUMMARY', reason: expect.stringContaining('no known collection'), code: 'unknown-kind' },
    ]);
    expect(parseCalendarIcal('zone,date,kind\n', 2026, 'Zone A').problems[0].code).toBe('not-icalendar');
    expect(parseCalendarIcal(ICS, 2026, '  ').problems[0].code).toBe('bad-zone');
  });
});

describe('streets to zones', () => {
  it('reads street and zone (postcode optional); the same street twice in one zone is one, in two zones refused', () => {
    const r = parseStreetZonesCsv(
      [
        'rue;secteur;code_postal',
        'Rue de la Station;Zone A;7060',
        'rue de la station;zone a;7060',
        'Rue Neuve;Zone B;',
        'RUE NEUVE;Zone A;',
        ';Zone A;',
        'Rue X;Zone A;706',
      ].join('\n'),
    );
    expect(r.rows).toEqual([
      { line: 2, street: 'Rue de la Station', postcode: '7060', zone: 'Zone A' },
      { line: 4, street: 'Rue Neuve', zone: 'Zone B' },
    ]);
    expect(r.problems).toEqual([
      { line: 5, column: 'secteur', reason: 'the street is already in Zone B (line 4)', code: 'two-zones' },
      { line: 6, column: 'rue', reason: 'missing street name', code: 'missing-street' },
      { line: 7, column: 'code_postal', reason: expect.stringContaining('four digits'), code: 'bad-street' },
    ]);
  });
});

describe('the calendar model', () => {
  const year = calendarZones(
    parseCalendarCsv(
      [
        'zone,date,kind',
        'Zone B,2026-12-08,PMC',
        'Zone A,2026-12-09,Verre',
        'Zone A,2026-12-08,PMC',
        'Zone A,2026-12-08,PMC',
        'Zone A,2026-12-01,Ordures',
        'Zone A,2026-12-15,Ordures',
      ].join('\n'),
      2026,
    ).entries,
  );
  it('groups days by zone and kind, in order, without repeats', () => {
    expect(Object.keys(year)).toEqual(['zone-a', 'zone-b']);
    expect(year['zone-a']).toEqual({
      name: 'Zone A',
      days: { residual: ['2026-12-01', '2026-12-15'], pmc: ['2026-12-08'], glass: ['2026-12-09'] },
    });
    expect(zoneId('Tournée 3 – Neufvilles')).toBe('tournee-3-neufvilles');
  });

  it('replaces one zone, or the whole year', () => {
    const c = calendarZones([{ zone: 'Zone C', date: '2026-12-10', kind: 'bulky' }]);
    expect(Object.keys(mergeZones(year, c, true))).toEqual(['zone-a', 'zone-b', 'zone-c']);
    expect(Object.keys(mergeZones(year, c, false))).toEqual(['zone-c']);
    expect(mergeZones(year, { 'zone-a': c['zone-c'] }, true)['zone-a'].days).toEqual({ bulky: ['2026-12-10'] });
  });

  it('gives each kind’s next day from the day given (included), across the new year', () => {
    const next = calendarZones([{ zone: 'Zone A', date: '2027-01-05', kind: 'glass' }]);
    expect(nextCollections([year['zone-a'], next['zone-a']], '2026-12-08')).toEqual({
      next: [
        { kind: 'pmc', date: '2026-12-08' },
        { kind: 'residual', date: '2026-12-15' },
        { kind: 'glass', date: '2026-12-09' },
      ].sort((a, b) => a.date.localeCompare(b.date)),
      upcoming: [
        { date: '2026-12-08', kinds: ['pmc'] },
        { date: '2026-12-09', kinds: ['glass'] },
        { date: '2026-12-15', kinds: ['residual'] },
        { date: '2027-01-05', kinds: ['glass'] },
      ],
    });
    expect(nextCollections([year['zone-a']], '2026-12-16')).toEqual({ next: [], upcoming: [] });
  });

  it('finds a street from what a person typed, certain only without doubt', () => {
    const streets: StreetZone[] = [
      ['Rue de la Station', '7060', 'zone-a'],
      ['Place de la Station', '7060', 'zone-b'],
      ['Rue Neuve', '7060', 'zone-b'],
      ['Rue de Mons', '7060', 'zone-a'],
      ['Rue de Montgomery', '7060', 'zone-a'],
    ];
    expect(matchStreetZones(streets, 'r. de la station 12').certain).toEqual(streets[0]);
    expect(matchStreetZones(streets, 'station').matches.map((s) => s[0])).toEqual(['Place de la Station', 'Rue de la Station']);
    expect(matchStreetZones(streets, 'station').certain).toBeUndefined();
    expect(matchStreetZones(streets, 'neu').certain).toEqual(streets[2]);
    expect(matchStreetZones(streets, 'rue de mons').certain).toEqual(streets[3]);
    expect(matchStreetZones(streets, 'mon').certain).toBeUndefined();
    expect(matchStreetZones(streets, 'xyz')).toEqual({ matches: [] });
  });

  it('names a zone’s feed, and reads the zone back from it', () => {
    expect(collectionFeedPath('soignies', 'zone-a')).toBe('/api/feeds/soignies/collectes-zone-a.ics');
    expect(zoneOfFeedName('collectes-zone-a.ics')).toBe('zone-a');
    for (const bad of ['collectes-.ics', 'collectes-Zone.ics', 'collectes-a--b.ics', 'agenda.ics', 'collectes-a.ics.ics'])
      expect(zoneOfFeedName(bad)).toBeUndefined();
  });
});

describe('a zone’s feed, read back with ical.js', () => {
  const zones = calendarZones(parseCalendarIcal(ICS, 2026, 'Zone A').entries);
  const words = {
    kind: (k: string) =>
      ({ pmc: 'PMC', paper: 'Papiers-cartons', residual: 'Ordures ménagères', glass: 'Verre', bulky: 'Encombrants' })[k]!,
    summary: (k: string) => `Collecte : ${k}`,
    calendarName: 'Soignies — collectes (Zone A)',
    description: 'Sortez vos déchets la veille, après 18 h; ou le jour même.',
  };
  const meta = {
    commune: { id: 'soignies', name: 'Soignies' },
    zone: { id: 'zone-a', name: 'Zone A' },
    baseUrl: 'https://tandem.example',
    words,
  };
  const ics = toCollectionICalendar([{ importedAt: '2025-12-01T10:00:00.000Z', zone: zones['zone-a'] }], meta);
  const cal = new ICAL.Component(ICAL.parse(ics));
  const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  it('has one all-day event per day and kind, in order, with stable UIDs and an alarm the evening before', () => {
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Soignies — collectes (Zone A)');
    expect(events.map((e) => [e.startDate.toString(), e.startDate.isDate, e.endDate.toString(), e.summary])).toEqual([
      ['2026-01-06', true, '2026-01-07', 'Collecte : PMC'],
      ['2026-01-06', true, '2026-01-07', 'Collecte : Papiers-cartons'],
      ['2026-01-07', true, '2026-01-08', 'Collecte : Ordures ménagères'],
      ['2026-01-08', true, '2026-01-09', 'Collecte : Verre'],
    ]);
    expect(events[0].uid).toBe('collecte-zone-a-2026-01-06-pmc@soignies.tandem');
    expect(events[0].description).toBe(words.description);
    expect(events[0].component.getFirstPropertyValue('url')).toBe('https://tandem.example/soignies/collectes/');
    const alarm = events[0].component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('-PT5H');
    expect(toCollectionICalendar([{ importedAt: '2025-12-01T10:00:00.000Z', zone: zones['zone-a'] }], meta)).toBe(ics);
  });
});

describe('collection days in words', () => {
  const near = { today: 'aujourd’hui', tomorrow: 'demain' };
  it('says today and tomorrow from the day given, across a month’s and a year’s end', () => {
    expect(collectionDayWhen('2026-12-31', '2026-12-31')).toBe('today');
    expect(collectionDayWhen('2027-01-01', '2026-12-31')).toBe('tomorrow');
    expect(collectionDayWhen('2027-01-02', '2026-12-31')).toBe('day');
    expect(collectionDayInWords('2026-12-01', '2026-11-30', 'fr', near)).toBe('Demain (mardi 1 décembre)');
    expect(collectionDayInWords('2026-11-30', '2026-11-30', 'fr', near)).toBe('Aujourd’hui (lundi 30 novembre)');
    expect(collectionDayInWords('2026-12-08', '2026-11-30', 'fr', near)).toBe('Mardi 8 décembre');
    expect(collectionDayInWords('2026-12-08', '2026-11-30', 'nl', { today: 'vandaag', tomorrow: 'morgen' })).toBe('Dinsdag 8 december');
  });

  it('joins the kinds as a phrase, acronyms and German nouns kept as written', () => {
    expect(kindsInWords(['PMC', 'Papiers-cartons'], 'fr')).toBe('PMC et papiers-cartons');
    expect(kindsInWords(['Ordures ménagères', 'PMC', 'Verre'], 'fr')).toBe('Ordures ménagères, PMC et verre');
    expect(kindsInWords(['Restmüll', 'Papier und Pappe'], 'de')).toBe('Restmüll und Papier und Pappe');
    expect(kindsInWords(['Glass'], 'en')).toBe('Glass');
  });
});
