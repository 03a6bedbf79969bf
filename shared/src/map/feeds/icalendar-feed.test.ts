import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { brusselsDateTime } from '../../brussels-time.js';
import { escapeText, foldLine, ICAL_KINDS, toICalendar } from './icalendar-feed.js';
import { BASE_URL, COMMUNE, feature, GENERATED_AT, SAMPLES, WORKS_DESCRIPTION } from './soignies-samples.fixture.js';

const meta = { commune: COMMUNE, baseUrl: BASE_URL, generatedAt: GENERATED_AT };
const ics = toICalendar(SAMPLES, meta);

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { cal, events, byUid: (uid: string) => events.find((e) => e.uid === uid) };
}
const { cal, events, byUid } = parse(ics);
const utc = (t: ICAL.Time) => t.toJSDate().toISOString();

describe('iCalendar feed (RFC 5545), read back with ical.js', () => {
  it('is a published calendar with a Brussels time zone', () => {
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//Tandem//Agenda soignies//FR');
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Soignies — travaux et évènements');
    expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Brussels');
  });

  it('has one event per works, event and road closure, with stable UIDs', () => {
    const expected = SAMPLES.filter((f) => ICAL_KINDS.includes(f.properties.kind)).map((f) => `${f.id}@soignies.tandem`);
    expect(expected).toHaveLength(9);
    expect(events.map((e) => e.uid).sort()).toEqual(expected.sort());
    for (const uid of ['detour-neuve', 'ban-neuve', 'report-R4X9']) expect(byUid(`${uid}@soignies.tandem`)).toBeUndefined();
    expect(toICalendar([...SAMPLES].reverse(), meta)).toBe(ics);
  });

  it('keeps summaries, descriptions and locations intact: commas, semicolons, backslashes, newlines, accents, emoji', () => {
    const works = byUid('works-station@soignies.tandem')!;
    expect(works.summary).toBe('Travaux SWDE rue de la Station');
    expect(works.description).toBe(WORKS_DESCRIPTION);
    expect(works.location).toBe('Rue de la Station');
    const market = byUid('permit-EV7K2P@soignies.tandem')!;
    expect(market.summary).toBe(SAMPLES.find((f) => f.id === 'permit-EV7K2P')!.properties.title);
    // CRLF in the stored text comes back as one newline.
    expect(market.description).toBe(
      'Chalets, vin chaud; concert des chorales à 18 h.\nAccès PMR par la rue de la Station, C:\\plan.pdf 🎄',
    );
    expect(market.location).toBe('Grand-Place, Rue de la Station');
    expect(byUid('closure-no-street@soignies.tandem')!.component.hasProperty('location')).toBe(false);
    expect(byUid('event-jogging@soignies.tandem')!.component.hasProperty('description')).toBe(false);
  });

  it('writes all-day periods as dates, with DTEND the day after the last', () => {
    const closure = byUid('permit-EV7K2P-closure@soignies.tandem')!;
    expect(closure.startDate.isDate).toBe(true);
    expect(closure.startDate.toString()).toBe('2026-12-11');
    expect(closure.endDate.isDate).toBe(true);
    expect(closure.endDate.toString()).toBe('2026-12-14');
    const jogging = byUid('event-jogging@soignies.tandem')!;
    expect([jogging.startDate.toString(), jogging.endDate.toString()]).toEqual(['2026-07-04', '2026-07-05']);
  });

  it('writes hours in Europe/Brussels, right in winter and in summer', () => {
    const market = byUid('permit-EV7K2P@soignies.tandem')!;
    expect(market.startDate.isDate).toBe(false);
    expect(market.startDate.zone?.tzid).toBe('Europe/Brussels');
    expect(utc(market.startDate)).toBe('2026-12-11T09:00:00.000Z');
    expect(utc(market.endDate)).toBe('2026-12-13T21:00:00.000Z');
    const roeulx = byUid('closure-roeulx@soignies.tandem')!;
    expect(utc(roeulx.startDate)).toBe('2026-07-04T06:00:00.000Z');
    expect(utc(roeulx.endDate)).toBe('2026-07-04T16:00:00.000Z');
    // The same instants as the CIFS feed writes.
    expect(Date.parse(brusselsDateTime('2026-07-04', '08:00'))).toBe(roeulx.startDate.toJSDate().getTime());
    // A first hour without a last one runs to the end of the last day.
    const open = parse(
      toICalendar(
        [
          feature(
            'w',
            { type: 'Point', coordinates: [4.07, 50.58] },
            { kind: 'works', title: 'Fouilles', start: '2026-12-01', end: '2026-12-02', startTime: '07:00' },
          ),
        ],
        meta,
      ),
    ).events[0];
    expect([utc(open.startDate), utc(open.endDate)]).toEqual(['2026-12-01T06:00:00.000Z', '2026-12-02T23:00:00.000Z']);
  });

  it('turns a weekly schedule into a weekly recurrence that keeps local hours across the clock change', () => {
    const works = byUid('works-station@soignies.tandem')!;
    expect(works.isRecurring()).toBe(true);
    const it = works.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next && starts.length < 50; next = it.next()) starts.push(utc(next));
    // Weekdays 23 March – 3 April 2026, 07:00 Brussels: 06:00 UTC before 29 March, 05:00 UTC after.
    expect(starts).toEqual([
      '2026-03-23T06:00:00.000Z',
      '2026-03-24T06:00:00.000Z',
      '2026-03-25T06:00:00.000Z',
      '2026-03-26T06:00:00.000Z',
      '2026-03-27T06:00:00.000Z',
      '2026-03-30T05:00:00.000Z',
      '2026-03-31T05:00:00.000Z',
      '2026-04-01T05:00:00.000Z',
      '2026-04-02T05:00:00.000Z',
      '2026-04-03T05:00:00.000Z',
    ]);
    expect(utc(works.endDate)).toBe('2026-03-23T15:00:00.000Z');
    // A night schedule ends the next morning; the first occurrence is the first scheduled day.
    const night = byUid('closure-steenkerque@soignies.tandem')!;
    expect([utc(night.startDate), utc(night.endDate)]).toEqual(['2026-10-19T20:00:00.000Z', '2026-10-20T04:00:00.000Z']);
    const nightStarts: string[] = [];
    const nit = night.iterator();
    for (let next = nit.next(); next && nightStarts.length < 10; next = nit.next()) nightStarts.push(next.toString());
    expect(nightStarts).toEqual(['2026-10-19T22:00:00', '2026-10-20T22:00:00', '2026-10-21T22:00:00']);
    const saturdayStart = parse(
      toICalendar(
        [
          feature(
            's',
            { type: 'Point', coordinates: [4.07, 50.58] },
            {
              kind: 'works',
              title: 'Élagage',
              start: '2026-05-09',
              end: '2026-05-15',
              schedule: { days: [2, 4], from: '08:00', to: '12:00' },
            },
          ),
        ],
        meta,
      ),
    ).events[0];
    expect(saturdayStart.startDate.toString()).toBe('2026-05-12T08:00:00');
  });

  it('stamps, dates, locates, links and files each event', () => {
    const market = byUid('permit-EV7K2P@soignies.tandem')!.component;
    expect(market.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-02-21T08:00:00Z');
    expect(market.getFirstPropertyValue('last-modified')?.toString()).toBe('2026-11-20T16:40:12Z');
    expect(market.getFirstPropertyValue('url')).toBe('https://tandem.example/soignies/demandes/suivi/EV7K2P/');
    expect(market.getFirstPropertyValue('categories')).toBe('event');
    expect(market.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    const [lat, lng] = market.getFirstPropertyValue('geo') as unknown as number[];
    expect(lat).toBeCloseTo(50.5795, 6);
    expect(lng).toBeCloseTo(4.07165, 6);
    const roeulx = byUid('closure-roeulx@soignies.tandem')!.component;
    expect(roeulx.getFirstPropertyValue('url')).toBe('https://tandem.example/soignies/carte/');
    expect(roeulx.getFirstPropertyValue('categories')).toBe('road_closure');
  });

  it('ends lines with CRLF and folds them at 75 octets without splitting a character', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    const continuations = lines.filter((l) => l.startsWith(' '));
    expect(continuations.length).toBeGreaterThan(3);
    // Every line is valid UTF-8 on its own: no character was cut in two.
    for (const line of lines)
      expect(Buffer.from(Buffer.from(line, 'utf8').toString('utf8'), 'utf8').equals(Buffer.from(line, 'utf8'))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDFFF]/u);
  });

  it('folds at octets, not characters', () => {
    // 8 + 200 octets: 8 + 33 × 2 = 74 (one more "é" would make 76), then 1 + 37 × 2 = 75, then 1 + 30 × 2.
    const accents = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(accents).split('\r\n');
    expect(folded.map((l) => Buffer.byteLength(l))).toEqual([74, 75, 61]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(accents);
    // 12 + 120 octets of 4-octet characters: 12 + 15 × 4 = 72, then 1 + 15 × 4.
    const emoji = `DESCRIPTION:${'🚧'.repeat(30)}`;
    const lines = foldLine(emoji).split('\r\n');
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([72, 61]);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(emoji);
    expect(foldLine('UID:short')).toBe('UID:short');
  });

  it('escapes text as RFC 5545 says', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});
