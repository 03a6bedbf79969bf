import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../permits/calendar.js';
import {
  CIFS_ALWAYS_SENT_FIELDS,
  CIFS_CLOSURE_SUBTYPES,
  CIFS_POLYLINE_PATTERN,
  CIFS_REQUIRED_FIELDS,
  CIFS_TIME_PATTERN,
  cifsSchedule,
  closureLine,
  stripCentreLine,
  toWazeCifs,
  type CifsIncident,
} from './waze-cifs-feed.js';
import { BASE_URL, COMMUNE, feature, GENERATED_AT, GRAND_PLACE_CLOCKWISE, SAMPLES } from './soignies-samples.fixture.js';

const meta = { commune: COMMUNE, baseUrl: BASE_URL, generatedAt: GENERATED_AT };
const feed = JSON.parse(JSON.stringify(toWazeCifs(SAMPLES, meta))) as { incidents: CifsIncident[] };
const byId = (id: string) => feed.incidents.find((i) => i.id === `tandem-soignies-${id}`);

describe('Waze CIFS feed', () => {
  it('is {incidents: [...]} with closures only, skipping those Waze cannot place', () => {
    expect(Object.keys(feed)).toEqual(['incidents']);
    expect(feed.incidents.map((i) => i.id)).toEqual([
      'tandem-soignies-closure-station',
      'tandem-soignies-closure-roeulx',
      'tandem-soignies-closure-steenkerque',
    ]);
    // Not incidents: works, detours, parking bans, events, reports; nor a point, a compact area, a closure without street.
    for (const id of [
      'works-station',
      'detour-neuve',
      'ban-neuve',
      'permit-EV7K2P',
      'event-jogging',
      'report-R4X9',
      'permit-EV7K2P-closure',
      'closure-place-verte',
      'closure-no-street',
    ]) {
      expect(byId(id)).toBeUndefined();
    }
  });

  it('gives every incident the spec’s required elements, with the right types and formats', () => {
    const types: Record<(typeof CIFS_REQUIRED_FIELDS)[number] | (typeof CIFS_ALWAYS_SENT_FIELDS)[number], string> = {
      id: 'string',
      type: 'string',
      polyline: 'string',
      street: 'string',
      starttime: 'string',
      direction: 'string',
      endtime: 'string',
      description: 'string',
      updatetime: 'string',
      source: 'object',
    };
    for (const inc of feed.incidents) {
      for (const field of [...CIFS_REQUIRED_FIELDS, ...CIFS_ALWAYS_SENT_FIELDS]) {
        expect(inc, `${inc.id} lacks ${field}`).toHaveProperty(field);
        expect(typeof inc[field], `${inc.id}.${field}`).toBe(types[field]);
        if (types[field] === 'string') expect((inc[field] as string).trim().length).toBeGreaterThan(0);
      }
      expect(inc.type).toBe('ROAD_CLOSED');
      expect(inc.direction).toBe('BOTH_DIRECTIONS');
      if (inc.subtype !== undefined) expect(CIFS_CLOSURE_SUBTYPES).toContain(inc.subtype);
      for (const t of [inc.starttime, inc.endtime, inc.updatetime]) expect(t).toMatch(CIFS_TIME_PATTERN);
      expect(Date.parse(inc.endtime)).toBeGreaterThan(Date.parse(inc.starttime));
      expect(inc.source).toEqual({
        reference: 'tandem',
        name: 'Soignies',
        url: expect.stringMatching(/^https:\/\/tandem\.example\/soignies\//),
      });
      expect(new Set(feed.incidents.map((i) => i.id)).size).toBe(feed.incidents.length);
    }
  });

  it('writes the polyline as blank-separated "lat lon" pairs, latitude first, two points at least', () => {
    const station = byId('closure-station')!;
    expect(station.polyline).toMatch(CIFS_POLYLINE_PATTERN);
    expect(station.polyline).toBe('50.576000 4.065500 50.576800 4.066700 50.577600 4.068000');
    for (const inc of feed.incidents) {
      const n = inc.polyline.split(' ').map(Number);
      expect(n.length % 2).toBe(0);
      expect(n.length).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < n.length; i += 2) {
        expect(n[i]).toBeGreaterThan(50.5); // latitude
        expect(n[i + 1]).toBeLessThan(4.2); // longitude
      }
    }
  });

  it('turns a strip drawn along a road into its centre line, and refuses points and squares', () => {
    const strip = byId('closure-steenkerque')!;
    const [lat1, lng1, lat2, lng2] = strip.polyline.split(' ').map(Number);
    expect(strip.polyline.split(' ')).toHaveLength(4);
    expect(lng1).toBeCloseTo(4.06, 6);
    expect(lng2).toBeCloseTo(4.06, 6);
    const [south, north] = [lat1, lat2].sort((a, b) => a - b);
    expect(south).toBeCloseTo(50.585, 6);
    expect(north).toBeCloseTo(50.59, 6);
    expect(stripCentreLine(GRAND_PLACE_CLOCKWISE)).toBeUndefined();
    expect(closureLine({ type: 'Point', coordinates: [4.07, 50.58] })).toBeUndefined();
    // A line whose points are the same once written is no line.
    expect(
      closureLine({
        type: 'LineString',
        coordinates: [
          [4.07, 50.58],
          [4.0700000001, 50.58],
        ],
      }),
    ).toBeUndefined();
  });

  it('writes times in Brussels time with the offset of the day: winter +01:00, summer +02:00', () => {
    // Across the switch to summer time; days without hours run 00:00 → 23:59.
    expect(byId('closure-station')).toMatchObject({ starttime: '2026-03-23T00:00:00+01:00', endtime: '2026-04-03T23:59:00+02:00' });
    expect(byId('closure-roeulx')).toMatchObject({ starttime: '2026-07-04T08:00:00+02:00', endtime: '2026-07-04T18:00:00+02:00' });
    expect(byId('closure-steenkerque')).toMatchObject({ starttime: '2026-10-19T00:00:00+02:00', endtime: '2026-10-23T23:59:00+02:00' });
    const winter = toWazeCifs(
      [
        feature(
          'c',
          {
            type: 'LineString',
            coordinates: [
              [4.07, 50.58],
              [4.071, 50.581],
            ],
          },
          {
            kind: 'road_closure',
            title: 'Rue Neuve fermée',
            streets: ['Rue Neuve'],
            start: '2026-12-01',
            end: '2026-12-02',
            startTime: '07:00',
          },
        ),
      ],
      meta,
    ).incidents[0];
    expect(winter).toMatchObject({
      starttime: '2026-12-01T07:00:00+01:00',
      endtime: '2026-12-02T23:59:00+01:00',
      updatetime: '2026-02-20T10:15:00+01:00',
    });
  });

  it('names the cause: works → construction, event or event permit → event, unknown → no subtype', () => {
    expect(byId('closure-station')!.subtype).toBe('ROAD_CLOSED_CONSTRUCTION');
    expect(byId('closure-roeulx')!.subtype).toBe('ROAD_CLOSED_EVENT');
    expect(byId('closure-steenkerque')).not.toHaveProperty('subtype');
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [4.074, 50.576],
        [4.077, 50.574],
      ] as [number, number][],
    };
    const fromPermit = feature('permit-X-closure', line, {
      kind: 'road_closure',
      title: 'Brocante',
      streets: ['Rue Neuve'],
      start: '2026-05-01',
      end: '2026-05-01',
      source: { type: 'permit', code: 'X' },
    });
    const fromWorksFields = feature('closure-ores', line, {
      kind: 'road_closure',
      title: 'ORES',
      streets: ['Rue Neuve'],
      start: '2026-05-01',
      end: '2026-05-01',
      managingParty: 'ORES',
    });
    const out = toWazeCifs([fromPermit, fromWorksFields], meta).incidents;
    expect(out.find((i) => i.id.endsWith('permit-X-closure'))!.subtype).toBe('ROAD_CLOSED_EVENT');
    expect(out.find((i) => i.id.endsWith('closure-ores'))!.subtype).toBe('ROAD_CLOSED_CONSTRUCTION');
  });

  it('sends weekly schedules as active days → "HH:MM-HH:MM", splitting night hours at midnight', () => {
    expect(byId('closure-station')!.schedule).toEqual({
      monday: '07:00-16:00',
      tuesday: '07:00-16:00',
      wednesday: '07:00-16:00',
      thursday: '07:00-16:00',
      friday: '07:00-16:00',
    });
    expect(byId('closure-steenkerque')!.schedule).toEqual({
      monday: '22:00-23:59',
      tuesday: '00:00-06:00,22:00-23:59',
      wednesday: '00:00-06:00,22:00-23:59',
      thursday: '00:00-06:00',
    });
    expect(cifsSchedule({ days: [7], from: '20:00', to: '02:00' })).toEqual({ sunday: '20:00-23:59', monday: '00:00-02:00' });
    expect(byId('closure-roeulx')).not.toHaveProperty('schedule');
    for (const inc of feed.incidents) {
      for (const [day, ranges] of Object.entries(inc.schedule ?? {})) {
        expect(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']).toContain(day);
        expect(ranges).toMatch(/^\d{2}:\d{2}-\d{2}:\d{2}(,\d{2}:\d{2}-\d{2}:\d{2})*$/);
      }
    }
    // A schedule with no day inside the period is never on: no incident.
    const weekendOnly = feature(
      'closure-weekend',
      {
        type: 'LineString',
        coordinates: [
          [4.07, 50.58],
          [4.071, 50.581],
        ],
      },
      {
        kind: 'road_closure',
        title: 'Jamais',
        streets: ['Rue Neuve'],
        start: '2026-05-04',
        end: '2026-05-08',
        schedule: { days: [6, 7], from: '08:00', to: '12:00' },
      },
    );
    expect(isoWeekday('2026-05-04')).toBe(1);
    expect(toWazeCifs([weekendOnly], meta).incidents).toEqual([]);
  });

  it('describes the closure on one line, with all its streets, and keeps ids stable', () => {
    expect(byId('closure-station')!.description).toBe('Rue de la Station fermée — Rue de la Station, Rue Neuve');
    expect(byId('closure-station')!.street).toBe('Rue de la Station');
    expect(byId('closure-steenkerque')!.description).toBe('Rue de Steenkerque fermée la nuit — Inspection du pont.');
    for (const inc of feed.incidents) expect(inc.description).not.toMatch(/\n/);
    expect(JSON.stringify(toWazeCifs([...SAMPLES].reverse(), meta))).toBe(JSON.stringify(feed));
  });
});
