/**
 * Time is a parameter: the real handlers against DynamoDB Local, run with the handlers' clock set to the
 * instants where a UTC date is not the Brussels date (00:30 in Brussels is still the day before in UTC) and
 * around the new year. A report filed then is on the map on its Brussels day; the map's default day is the
 * Brussels day; Open311 reads dates without an offset in Brussels time; a permit issued at 00:30 on 1 January gets
 * the new year's reference number.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AFTER_MIDNIGHT, BRUSSELS_EDGES } from '@tandem/shared/brussels-time.test-support';
import { clock, clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { occupationDetails, requester } from './permit-fixtures.js';

const C = '/api/soignies';
let agent = '';

beforeAll(async () => {
  agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
});
afterEach(() => setClock());

const edge = (name: string) => BRUSSELS_EDGES.find((e) => e.name === name)!;

describe('the handlers run at the instant the clock says, and date it in Brussels', () => {
  it.each([...AFTER_MIDNIGHT, edge('23:30 on 31 December 2026')])('a report filed at $wall ($name) is on the map on $day', async (e) => {
    setClock(clockFrom(e.at));
    expect(clock.today()).toBe(e.day);
    const rep = await api('POST', `${C}/reports`, { body: sampleReport() });
    expect(rep.status).toBe(201);

    const staff = await api('GET', `${C}/staff/reports/${rep.body.code}`, { headers: auth(agent) });
    expect(staff.status).toBe(200);
    expect(Date.parse(staff.body.createdAt) - Date.parse(e.at)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(staff.body.createdAt) - Date.parse(e.at)).toBeLessThan(60_000);

    // No date asked: the map shows the clock's Brussels day, and the report as made on that day.
    const map = await api('GET', `${C}/map/items?kind=report&bbox=4.065,50.575,4.078,50.584`);
    expect(map.status).toBe(200);
    const f = map.body.features.find((x: { id: string }) => x.id === `report-${rep.body.code}`);
    expect(f.properties.start).toBe(e.day);
    expect(f.properties.end).toBe(e.day);
  });

  it('Open311 reads a date without an offset as Brussels time, and writes the filing instant as it was', async () => {
    const e = edge('00:30 on 1 January 2027');
    setClock(clockFrom(e.at));
    const rep = await api('POST', `${C}/reports`, { body: sampleReport() });
    expect(rep.status).toBe(201);
    const ids = async (query: string) => {
      const r = await api('GET', `/api/open311/v2/requests.json?jurisdiction_id=soignies&${query}`);
      expect(r.status).toBe(200);
      return r.body.map((x: { service_request_id: string }) => x.service_request_id);
    };
    // From midnight on 1 January in Brussels (23:00 UTC the day before): filed at 00:30, it is in.
    expect(await ids('start_date=2027-01-01&end_date=2027-01-01T02:00')).toContain(rep.body.code);
    expect(await ids('start_date=2027-01-01T00:00:00%2B01:00&end_date=2027-01-01T02:00:00%2B01:00')).toContain(rep.body.code);
    // From midnight UTC it is not (it was 23:30 UTC on 31 December).
    expect(await ids('start_date=2027-01-01T00:00:00Z&end_date=2027-01-01T02:00:00Z')).not.toContain(rep.body.code);
    expect((await api('GET', '/api/open311/v2/requests.json?jurisdiction_id=soignies&start_date=2027-02-30')).status).toBe(400);
  });

  it.each([
    { name: '23:30 on 31 December 2026', year: '2026' },
    { name: '00:30 on 1 January 2027', year: '2027' },
  ])('a permit issued at $name gets a reference of $year', async ({ name, year }) => {
    setClock(clockFrom(edge(name).at));
    const r = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
    expect(r.status).toBe(201);
    const move = (to: string, version: number) =>
      api('POST', `${C}/staff/permits/${r.body.code}/transitions`, { headers: auth(agent), body: { to, version } });
    expect((await move('under_review', 1)).status).toBe(200);
    expect((await move('approved', 2)).status).toBe(200);
    const issued = await move('issued', 3);
    expect(issued.status).toBe(200);
    expect(issued.body.reference).toMatch(new RegExp(`^OC-${year}-\\d{4}$`));
  });
});
