/**
 * Waste collections (docs/collections.md) through the real handlers against DynamoDB Local: a year imported as CSV,
 * one zone replaced by an iCalendar file, streets assigned to zones, a street's next collections at the hour the
 * clock says (Brussels days), and a zone's feed read back by ical.js. The year is far from the demo's (2031), so the
 * demo calendar is left as it is.
 */
import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { api, auth, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { demoStreetZonesCsv } from '../../infra/local/seed/demo-collections.js';
import { demoAddressCsv } from '../../infra/local/seed/demo-addresses.js';

const C = '/api/soignies';
let admin = '';
const csv = (raw: string, type = 'text/csv') => ({ raw, headers: { ...auth(admin), 'content-type': type } });

const YEAR_2031 = [
  'zone;date;collecte',
  'Zone Centre;04/03/2031;Ordures ménagères',
  'Zone Centre;11/03/2031;PMC - Papiers-cartons',
  'Zone Gare;06/03/2031;PMC',
  'Zone Gare;13/03/2031;Verre',
].join('\n');

const GARE_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20310305',
  'SUMMARY:Encombrants',
  'END:VEVENT',
  'BEGIN:VEVENT',
  // 23:30 UTC on 5 March is 00:30 on 6 March in Brussels.
  'DTSTART:20310305T233000Z',
  'SUMMARY:Ordures ménagères',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

beforeAll(async () => {
  admin = await signIn('soignies', 'admin@soignies.example', demoPassword());
  // The address register the local start imports: the streets' import checks names against it.
  expect((await api('PUT', `${C}/staff/addresses`, csv(demoAddressCsv('soignies', 'Soignies')!))).status).toBe(200);
});
afterEach(() => setClock());
afterAll(async () => {
  // The demo's streets back as the local start imports them.
  await api('PUT', `${C}/staff/collections/streets`, csv(demoStreetZonesCsv('soignies')!));
});

describe('importing a year’s calendar', () => {
  it('replaces the year from a CSV, idempotently, and one zone from an iCalendar file', async () => {
    const first = await api('PUT', `${C}/staff/collections/calendar/2031`, csv(YEAR_2031));
    expect(first.status).toBe(200);
    expect(first.body.zones).toEqual([
      { id: 'zone-centre', name: 'Zone Centre', collections: 3, counts: { residual: 1, pmc: 1, paper: 1, glass: 0, bulky: 0 } },
      { id: 'zone-gare', name: 'Zone Gare', collections: 2, counts: { residual: 0, pmc: 1, paper: 0, glass: 1, bulky: 0 } },
    ]);
    const again = await api('PUT', `${C}/staff/collections/calendar/2031`, csv(YEAR_2031));
    expect(again.body).toMatchObject({ unchanged: true, importedAt: first.body.importedAt });

    const noZone = await api('PUT', `${C}/staff/collections/calendar/2031`, csv(GARE_ICS, 'text/calendar'));
    expect(noZone.status).toBe(422);
    expect(noZone.body['invalid-params']).toEqual([{ name: 'zone', reason: 'required for text/calendar' }]);
    const gare = await api('PUT', `${C}/staff/collections/calendar/2031?zone=Zone%20Gare`, csv(GARE_ICS, 'text/calendar'));
    expect(gare.status).toBe(200);
    expect(gare.body.zones.map((z: { id: string; collections: number }) => [z.id, z.collections])).toEqual([
      ['zone-centre', 3],
      ['zone-gare', 2],
    ]);
    expect(gare.body.zones[1].counts).toMatchObject({ bulky: 1, residual: 1, pmc: 0 });
  });

  it('refuses a file with bad lines, naming each, and changes nothing', async () => {
    const before = await api('GET', `${C}/staff/collections`, { headers: auth(admin) });
    const bad = await api(
      'PUT',
      `${C}/staff/collections/calendar/2031`,
      csv('zone,date,kind\nZone Centre,2031-02-30,PMC\nZone Centre,2032-01-06,PMC\nZone Centre,2031-01-07,Compost'),
    );
    expect(bad.status).toBe(422);
    expect(bad.headers['content-type']).toBe('application/problem+json');
    expect(bad.body['invalid-params'].map((p: { name: string }) => p.name)).toEqual([
      'line 2, column date',
      'line 3, column date',
      'line 4, column kind',
    ]);
    expect((await api('GET', `${C}/staff/collections`, { headers: auth(admin) })).body).toEqual(before.body);
  });
});

describe('streets and the next collections', () => {
  it('assigns streets of the address register to zones the calendar names, refusing others by line', async () => {
    const bad = await api(
      'PUT',
      `${C}/staff/collections/streets`,
      csv('street,zone\nRue de la Station,Zone Gare\nRue Imaginaire,Zone Gare\nRue Neuve,Zone Lune'),
    );
    expect(bad.status).toBe(422);
    expect(bad.body['invalid-params']).toEqual([
      { name: 'line 3, column street', reason: expect.stringContaining('address register') },
      { name: 'line 4, column zone', reason: expect.stringContaining('Zone Lune') },
    ]);
    const ok = await api('PUT', `${C}/staff/collections/streets`, csv('rue;zone\nrue de la station;Zone Gare\nRue Neuve;Zone Centre'));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      streets: 2,
      zones: [
        { id: 'zone-centre', streets: 1 },
        { id: 'zone-gare', streets: 1 },
      ],
    });
    const state = await api('GET', `${C}/staff/collections`, { headers: auth(admin) });
    // The register's spelling is kept.
    expect(state.body.streets.zones).toEqual([
      { id: 'zone-centre', name: 'Zone Centre', streets: ['Rue Neuve'] },
      { id: 'zone-gare', name: 'Zone Gare', streets: ['Rue de la Station'] },
    ]);
  });

  it('answers a typed street with its zone’s next collections from the Brussels day the clock says', async () => {
    // 23:30 UTC on 5 March 2031 is 00:30 on 6 March in Brussels: the 5th's collection is past.
    setClock(clockFrom('2031-03-05T23:30:00Z'));
    const r = await api('GET', `${C}/collections?street=${encodeURIComponent('r. de la station 12')}`);
    expect(r.status).toBe(200);
    expect(r.body.found).toEqual({
      street: 'Rue de la Station',
      postcode: '7060',
      zone: { id: 'zone-gare', name: 'Zone Gare' },
      // Zone Gare is the iCalendar file's now: bulky waste on the 5th (past), household waste on the 6th.
      next: [{ kind: 'residual', date: '2031-03-06' }],
      upcoming: [{ date: '2031-03-06', kinds: ['residual'] }],
      feed: '/api/feeds/soignies/collectes-zone-gare.ics',
      today: '2031-03-06',
    });
    // A street's start finds it when it is the only one; a name no street has finds none.
    expect((await api('GET', `${C}/collections?street=neu`)).body.found).toMatchObject({
      street: 'Rue Neuve',
      zone: { id: 'zone-centre' },
    });
    expect((await api('GET', `${C}/collections?street=imaginaire`)).body).toEqual({ calendar: true, matches: [] });
  });

  it('serves the zone’s feed, read back by ical.js, with an ETag', async () => {
    setClock(clockFrom('2031-03-01T10:00:00Z'));
    const r = await api('GET', '/api/feeds/soignies/collectes-zone-gare.ics');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const cal = new ICAL.Component(ICAL.parse(String(r.body)));
    const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2031-03-05', 'Collecte : Encombrants'],
      ['2031-03-06', 'Collecte : Ordures ménagères'],
    ]);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Soignies — collectes des déchets (Zone Gare)');
    const again = await api('GET', '/api/feeds/soignies/collectes-zone-gare.ics', { headers: { 'if-none-match': String(r.headers.etag) } });
    expect(again.status).toBe(304);
    expect((await api('GET', '/api/feeds/soignies/collectes-zone-lune.ics')).status).toBe(404);
    expect((await api('GET', '/api/feeds/soignies/autre.ics')).status).toBe(404);
  });
});
