import { describe, expect, it } from 'vitest';
import soignies from '../../../infra/communes/soignies.json' with { type: 'json' };
import { PermitsConfig } from './permit-config.js';
import { MESSAGES } from '../i18n/index.js';
import { EVENT_NEEDS } from './permit-vocabulary.js';
import { bucketKeys } from '../storage.js';
import { addDays } from './calendar.js';
import type { Boundary } from '../geo.js';
import type { EventDetails, OccupationDetails, PermitGeometry } from './permit-details.js';
import {
  anchorOf,
  checkPermitRequest,
  computeFee,
  earliestStart,
  geometryInside,
  handlingDepartment,
  leadTimeOf,
  opinionDueDate,
  periodDays,
  permitMapKind,
  posterVariant,
  quoteFee,
  requiredDocuments,
  reviewersFor,
} from './permit-rules.js';

/** A commune tuned on purpose with values unlike the defaults, so that the tests see the config is read. */
const cfg = PermitsConfig.parse({
  closingDays: ['09-27', '2026-06-15'],
  event: {
    handlingDepartment: 'evenements',
    reviewers: ['police', 'secours'],
    reviewersByNeed: { road_closure: ['mobilite'], electricity: ['travaux'], stage: ['secours'] },
    leadDays: 30,
    largeAttendance: 1000,
    largeLeadDays: 60,
    opinionWorkingDays: 10,
    fee: { flat: 2000, perDay: 1000 },
  },
  occupation: {
    handlingDepartment: 'travaux',
    reviewers: ['mobilite'],
    leadWorkingDays: 5,
    maxDays: 90,
    uses: {
      container: { fee: { perDay: 500, minimum: 1500 } },
      scaffolding: { fee: { perMetrePerDay: 50, minimum: 2500, maximum: 20000 }, reviewers: ['police', 'mobilite'] },
      terrace: { enabled: false, fee: { perMetrePerDay: 20, minimum: 2500 } },
      works_site: { fee: { perMetrePerDay: 50, minimum: 2500 }, leadWorkingDays: 10 },
    },
  },
});
/** The same without closing days, to see what they change. */
const noClosing = { ...cfg, closingDays: [] };

/** A rectangle, to see edges; the communes' real boundaries are tested in geo.test.ts. */
const area: Boundary = {
  type: 'Polygon',
  coordinates: [
    [
      [3.96, 50.52],
      [4.14, 50.52],
      [4.14, 50.64],
      [3.96, 50.64],
      [3.96, 50.52],
    ],
  ],
};
const inside: PermitGeometry = { type: 'Point', coordinates: [4.07, 50.58] };
const TODAY = '2026-03-02'; // a Monday

const insurance = { type: 'insurance' as const, key: bucketKeys.upload('soignies', '2026-01-01', 'doc-1', 'pdf'), name: 'assurance.pdf' };
const plan = { type: 'plan' as const, key: bucketKeys.upload('soignies', '2026-01-01', 'doc-2', 'pdf'), name: 'plan.pdf' };

function event(over: Partial<EventDetails> = {}): EventDetails {
  return {
    title: 'Brocante du quartier',
    description: '',
    organiser: { type: 'association', name: 'Comité des fêtes' },
    period: { start: '2026-04-10', end: '2026-04-11' },
    place: { label: 'Grand-Place', geometry: inside },
    attendance: 200,
    needs: [],
    attachments: [insurance],
    ...over,
  };
}

function occupation(over: Partial<OccupationDetails> = {}): OccupationDetails {
  return {
    use: 'container',
    description: '',
    period: { start: '2026-03-16', end: '2026-03-20' },
    place: { label: 'Rue de la Station 12', geometry: inside },
    lengthMetres: 6,
    contractor: '',
    attachments: [],
    ...over,
  };
}

const codes = (issues: { code: string }[]) => issues.map((i) => i.code).sort();

describe('fees', () => {
  it('computes flat + per day + per metre per day, within minimum and maximum', () => {
    const rule = { flat: 100, perDay: 10, perMetrePerDay: 2, minimum: 0 };
    expect(computeFee(rule, 3, 5)).toBe(100 + 30 + 30);
    expect(computeFee({ ...rule, minimum: 500 }, 3, 5)).toBe(500);
    expect(computeFee({ ...rule, maximum: 120 }, 3, 5)).toBe(120);
    expect(computeFee({ flat: 0, perDay: 0, perMetrePerDay: 7, minimum: 0 }, 1, 1.5)).toBe(11); // 10.5 cents rounds to 11
    expect(computeFee({ flat: 0, perDay: 0, perMetrePerDay: 0, minimum: 0 }, 10, 10)).toBe(0);
  });

  it('counts period days with both ends included', () => {
    expect(periodDays({ start: '2026-05-01', end: '2026-05-01' })).toBe(1);
    expect(periodDays({ start: '2026-05-01', end: '2026-05-04' })).toBe(4);
    expect(periodDays({ start: '2026-02-27', end: '2026-03-02' })).toBe(4); // 2026 is not a leap year
    expect(periodDays({ start: '2024-02-28', end: '2024-03-01' })).toBe(3); // 2024 is
  });

  it('charges an event flat + per day, ignoring any length', () => {
    const q = quoteFee(cfg, 'event', { period: { start: '2026-04-10', end: '2026-04-12' }, lengthMetres: 40 } as Partial<
      EventDetails & OccupationDetails
    >);
    expect(q).toMatchObject({ amount: 2000 + 3 * 1000, days: 3, metres: 0 });
  });

  it('charges a container per day, at least the minimum', () => {
    expect(quoteFee(cfg, 'occupation', { use: 'container', period: { start: '2026-05-01', end: '2026-05-01' } }).amount).toBe(1500); // 500 < minimum
    expect(quoteFee(cfg, 'occupation', { use: 'container', period: { start: '2026-05-01', end: '2026-05-03' } }).amount).toBe(1500); // exactly the minimum
    expect(quoteFee(cfg, 'occupation', { use: 'container', period: { start: '2026-05-01', end: '2026-05-04' } })).toMatchObject({
      amount: 2000,
      days: 4,
    });
  });

  it('charges scaffolding per metre per day, between minimum and maximum', () => {
    const scaff = (end: string, lengthMetres: number) =>
      quoteFee(cfg, 'occupation', { use: 'scaffolding', lengthMetres, period: { start: '2026-05-01', end } });
    expect(scaff('2026-05-10', 12)).toMatchObject({ amount: 50 * 12 * 10, days: 10, metres: 12 });
    expect(scaff('2026-05-01', 1).amount).toBe(2500); // 50 < minimum
    expect(scaff('2026-05-10', 50).amount).toBe(20000); // 25 000 > maximum
  });

  it('falls back on the default fee of a use the commune did not tune', () => {
    // lift: flat 15 €, whatever the length of the period.
    expect(quoteFee(cfg, 'occupation', { use: 'lift', period: { start: '2026-05-01', end: '2026-05-03' } }).amount).toBe(1500);
    expect(quoteFee(cfg, 'occupation', { use: 'removal_van', period: { start: '2026-05-01', end: '2026-05-01' } }).amount).toBe(1000);
  });

  it('is 0 while the period is not valid', () => {
    const q = (period: unknown) => quoteFee(cfg, 'occupation', { use: 'container', period } as Partial<OccupationDetails>);
    expect(q(undefined)).toMatchObject({ amount: 0, days: 0 });
    expect(q({ start: '2026-05-04', end: '2026-05-01' })).toMatchObject({ amount: 0, days: 0 });
    expect(q({ start: '2026-05-04' })).toMatchObject({ amount: 0, days: 0 });
    expect(q({ start: '', end: '2026-05-04' })).toMatchObject({ amount: 0, days: 0 });
    expect(q({ start: '2026-05-01', end: '2026-5' })).toMatchObject({ amount: 0, days: 0 }); // half typed
    expect(q({ start: '2026-02-27', end: '2026-02-30' })).toMatchObject({ amount: 0, days: 0 }); // no such day
  });
});

describe('earliest start', () => {
  it('gives events their lead time in calendar days', () => {
    expect(leadTimeOf(cfg, 'event', { attendance: 200 })).toEqual({ days: 30, working: false });
    expect(earliestStart(cfg, 'event', { attendance: 200 }, TODAY)).toBe('2026-04-01');
    expect(earliestStart(cfg, 'event', {}, TODAY)).toBe('2026-04-01');
    // Calendar days: holidays and weekends do not push it.
    expect(earliestStart(cfg, 'event', { attendance: 200 }, '2026-04-15')).toBe('2026-05-15');
  });

  it('switches large events to the longer lead time from the threshold on', () => {
    expect(earliestStart(cfg, 'event', { attendance: 999 }, TODAY)).toBe('2026-04-01');
    expect(leadTimeOf(cfg, 'event', { attendance: 1000 })).toEqual({ days: 60, working: false });
    expect(earliestStart(cfg, 'event', { attendance: 1000 }, TODAY)).toBe('2026-05-01');
    expect(earliestStart(cfg, 'event', { attendance: 20000 }, TODAY)).toBe('2026-05-01');
  });

  it('gives occupations their lead time in working days, the permit starting the day after the last one', () => {
    expect(leadTimeOf(cfg, 'occupation', { use: 'container' })).toEqual({ days: 5, working: true });
    // Mon 2 March: Tue 3 … Mon 9 are the five working days → Tue 10.
    expect(earliestStart(cfg, 'occupation', { use: 'container' }, TODAY)).toBe('2026-03-10');
    // Wed 4 March: Thu 5, Fri 6, Mon 9, Tue 10, Wed 11 → Thu 12 (the weekend does not count).
    expect(earliestStart(cfg, 'occupation', { use: 'container' }, '2026-03-04')).toBe('2026-03-12');
  });

  it('uses the per-use lead time when the commune sets one', () => {
    expect(leadTimeOf(cfg, 'occupation', { use: 'works_site' })).toEqual({ days: 10, working: true });
    expect(earliestStart(cfg, 'occupation', { use: 'works_site' }, TODAY)).toBe('2026-03-17');
    expect(earliestStart(cfg, 'occupation', { use: 'scaffolding' }, TODAY)).toBe('2026-03-10'); // no override
  });

  it('is pushed by public holidays', () => {
    // Fri 8 May 2026: Mon 11, Tue 12, Wed 13, [Thu 14 Ascension], Fri 15, Mon 18 → Tue 19.
    expect(earliestStart(cfg, 'occupation', { use: 'container' }, '2026-05-08')).toBe('2026-05-19');
    // Fri 22 May: [Mon 25 Whit Monday], Tue 26 … Mon 1 June → Tue 2 June.
    expect(earliestStart(cfg, 'occupation', { use: 'container' }, '2026-05-22')).toBe('2026-06-02');
  });

  it('is pushed by the commune’s closing days, yearly and dated', () => {
    // Mon 20 Sept 2027: Tue 21 … Fri 24, [Mon 27 closed], Tue 28 → Wed 29.
    expect(earliestStart(noClosing, 'occupation', { use: 'container' }, '2027-09-20')).toBe('2027-09-28');
    expect(earliestStart(cfg, 'occupation', { use: 'container' }, '2027-09-20')).toBe('2027-09-29');
    // Mon 8 June 2026: Tue 9 … Fri 12, [Mon 15 closed that year], Tue 16 → Wed 17.
    expect(earliestStart(noClosing, 'occupation', { use: 'container' }, '2026-06-08')).toBe('2026-06-16');
    expect(earliestStart(cfg, 'occupation', { use: 'container' }, '2026-06-08')).toBe('2026-06-17');
  });

  it('sets the opinions’ due date in working days', () => {
    expect(opinionDueDate(cfg, 'event', TODAY)).toBe('2026-03-16'); // 10 working days
    expect(opinionDueDate(cfg, 'event', '2026-05-08')).toBe('2026-05-26'); // Ascension and Whit Monday skipped
  });
});

describe('checkPermitRequest', () => {
  const check = (kind: 'event' | 'occupation', details: EventDetails | OccupationDetails, today = TODAY) =>
    checkPermitRequest(cfg, kind, details, { today, area });

  it('finds nothing wrong with a clean request', () => {
    expect(check('event', event())).toEqual([]);
    expect(check('occupation', occupation())).toEqual([]);
    // On the earliest day exactly.
    expect(check('event', event({ period: { start: '2026-04-01', end: '2026-04-01' } }))).toEqual([]);
    expect(check('occupation', occupation({ period: { start: '2026-03-10', end: '2026-03-10' } }))).toEqual([]);
  });

  it('refuses a start in the past (and does not add too_soon on top)', () => {
    const issues = check('event', event({ period: { start: '2026-03-01', end: '2026-03-05' } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ name: 'details.period.start', code: 'start_in_past' });
    expect(issues[0].reason).toMatch(/passée/);
  });

  it('refuses an end before the start', () => {
    const issues = check('occupation', occupation({ period: { start: '2026-04-10', end: '2026-04-09' } }));
    expect(issues).toEqual([expect.objectContaining({ name: 'details.period.end', code: 'end_before_start' })]);
  });

  it('refuses reversed or equal times on a single day only', () => {
    const oneDay = (startTime: string, endTime: string) =>
      event({ period: { start: '2026-04-10', end: '2026-04-10', startTime, endTime } });
    expect(check('event', oneDay('18:00', '17:00'))).toEqual([
      expect.objectContaining({ name: 'details.period.endTime', code: 'times_reversed' }),
    ]);
    expect(codes(check('event', oneDay('18:00', '18:00')))).toEqual(['times_reversed']);
    expect(check('event', oneDay('08:00', '23:30'))).toEqual([]);
    // Over two days, ending earlier in the day than it started is fine.
    expect(check('event', event({ period: { start: '2026-04-10', end: '2026-04-11', startTime: '20:00', endTime: '02:00' } }))).toEqual([]);
  });

  it('refuses too short a notice, giving the earliest possible date', () => {
    const small = check('event', event({ period: { start: '2026-03-31', end: '2026-03-31' } }));
    expect(small).toEqual([
      expect.objectContaining({ name: 'details.period.start', code: 'too_soon', params: { earliest: '2026-04-01', days: 30 } }),
    ]);
    expect(small[0].reason).toContain('2026-04-01');

    const large = check(
      'event',
      event({ attendance: 1500, attachments: [insurance, plan], period: { start: '2026-04-15', end: '2026-04-15' } }),
    );
    expect(large).toEqual([expect.objectContaining({ code: 'too_soon', params: { earliest: '2026-05-01', days: 60 } })]);

    const occ = check('occupation', occupation({ period: { start: '2026-03-09', end: '2026-03-09' } }));
    expect(occ).toEqual([expect.objectContaining({ code: 'too_soon', params: { earliest: '2026-03-10', days: 5 } })]);
    expect(occ[0].reason).toContain('ouvrables');

    // Starting today is soon, not past.
    expect(codes(check('occupation', occupation({ period: { start: TODAY, end: TODAY } })))).toEqual(['too_soon']);
  });

  it('counts the lead time of a request sent back from its first filing, never from a later day', () => {
    const resubmitted = event({ period: { start: '2026-04-01', end: '2026-04-01' } });
    // Filed 30 days ahead, sent back, completed ten days later: still on time.
    const later = addDays(TODAY, 10);
    expect(codes(checkPermitRequest(cfg, 'event', resubmitted, { today: later, area }))).toEqual(['too_soon']);
    expect(checkPermitRequest(cfg, 'event', resubmitted, { today: later, area, filedOn: TODAY })).toEqual([]);
    // A "first filing" after today changes nothing.
    expect(codes(checkPermitRequest(cfg, 'event', resubmitted, { today: later, area, filedOn: addDays(later, 5) }))).toEqual(['too_soon']);
  });

  it('refuses a request longer than the commune allows, both ends counted', () => {
    expect(check('occupation', occupation({ period: { start: '2026-03-16', end: '2026-06-13' } }))).toEqual([]); // 90 days
    const issues = check('occupation', occupation({ period: { start: '2026-03-16', end: '2026-06-14' } })); // 91 days
    expect(issues).toEqual([expect.objectContaining({ name: 'details.period.end', code: 'too_long', params: { max: 90 } })]);
    // Events have their own maximum (31 days by default).
    expect(check('event', event({ period: { start: '2026-04-10', end: '2026-05-10' } }))).toEqual([]);
    expect(codes(check('event', event({ period: { start: '2026-04-10', end: '2026-05-11' } })))).toEqual(['too_long']);
  });

  it('refuses a place outside the commune, whatever the geometry', () => {
    const at = (geometry: PermitGeometry) => check('occupation', occupation({ place: { label: 'Quelque part', geometry } }));
    const outside = [expect.objectContaining({ name: 'details.place.geometry', code: 'outside_commune' })];
    expect(at({ type: 'Point', coordinates: [4.5, 50.58] })).toEqual(outside);
    expect(at({ type: 'Point', coordinates: [4.07, 50.7] })).toEqual(outside);
    expect(
      at({
        type: 'LineString',
        coordinates: [
          [4.07, 50.58],
          [4.08, 50.58],
          [4.2, 50.58],
        ],
      }),
    ).toEqual(outside);
    expect(
      at({
        type: 'LineString',
        coordinates: [
          [4.07, 50.58],
          [4.08, 50.59],
        ],
      }),
    ).toEqual([]);
    expect(
      at({
        type: 'Polygon',
        coordinates: [
          [
            [4.07, 50.58],
            [4.08, 50.58],
            [4.08, 50.5],
            [4.07, 50.58],
          ],
        ],
      }),
    ).toEqual(outside);
    expect(
      at({
        type: 'Polygon',
        coordinates: [
          [
            [4.07, 50.58],
            [4.08, 50.58],
            [4.08, 50.59],
            [4.07, 50.58],
          ],
        ],
      }),
    ).toEqual([]);
    // The area's edge is inside.
    expect(at({ type: 'Point', coordinates: [3.96, 50.64] })).toEqual([]);
  });

  it('asks for the insurance of every event', () => {
    const issues = check('event', event({ attachments: [] }));
    expect(issues).toEqual([
      expect.objectContaining({ name: 'details.attachments.insurance', code: 'document_missing', params: { type: 'insurance' } }),
    ]);
    // Another document type does not stand in for it.
    expect(codes(check('event', event({ attachments: [{ ...plan, type: 'other' }] })))).toEqual(['document_missing']);
  });

  it('asks for a plan of large events only', () => {
    expect(check('event', event({ attendance: 999 }))).toEqual([]);
    const large = { attendance: 1000, period: { start: '2026-05-10', end: '2026-05-10' } };
    expect(check('event', event({ ...large, attachments: [insurance] }))).toEqual([
      expect.objectContaining({ name: 'details.attachments.plan', code: 'document_missing', params: { type: 'plan' } }),
    ]);
    expect(check('event', event({ ...large, attachments: [plan, insurance] }))).toEqual([]);
    expect(
      check('event', event({ ...large, attachments: [] }))
        .map((i) => i.name)
        .sort(),
    ).toEqual(['details.attachments.insurance', 'details.attachments.plan']);
    expect(requiredDocuments(cfg, 'event', { attendance: 5000 })).toEqual(['insurance', 'plan']);
    expect(requiredDocuments(cfg, 'occupation', { use: 'works_site' })).toEqual([]);
  });

  it('refuses a use the commune disabled', () => {
    const issues = check('occupation', occupation({ use: 'terrace', period: { start: '2026-04-01', end: '2026-04-30' } }));
    expect(issues).toEqual([expect.objectContaining({ name: 'details.use', code: 'use_disabled' })]);
  });

  it('reports every failed rule at once', () => {
    const issues = check(
      'occupation',
      occupation({
        use: 'terrace',
        period: { start: '2026-03-03', end: '2026-07-01' },
        place: { label: 'Ailleurs', geometry: { type: 'Point', coordinates: [5, 51] } },
      }),
    );
    expect(codes(issues)).toEqual(['outside_commune', 'too_long', 'too_soon', 'use_disabled']);
  });
});

describe('reviewers and departments', () => {
  it('asks the event reviewers, plus those of each need, without repeats', () => {
    expect(reviewersFor(cfg, 'event', { needs: [] })).toEqual(['police', 'secours']);
    expect(reviewersFor(cfg, 'event', {})).toEqual(['police', 'secours']);
    expect(reviewersFor(cfg, 'event', { needs: ['road_closure'] })).toEqual(['police', 'secours', 'mobilite']);
    expect(reviewersFor(cfg, 'event', { needs: ['electricity', 'road_closure'] })).toEqual(['police', 'secours', 'travaux', 'mobilite']);
    expect(reviewersFor(cfg, 'event', { needs: ['stage', 'sound'] })).toEqual(['police', 'secours']); // stage → secours again; sound → nobody
  });

  it('asks the occupation reviewers, plus those of the use', () => {
    expect(reviewersFor(cfg, 'occupation', { use: 'container' })).toEqual(['mobilite']);
    expect(reviewersFor(cfg, 'occupation', { use: 'scaffolding' })).toEqual(['mobilite', 'police']);
    expect(reviewersFor(cfg, 'occupation', { use: 'lift' })).toEqual(['mobilite']); // default use settings
  });

  it('follows the seeded Soignies tuning', () => {
    const s = PermitsConfig.parse(soignies.permits);
    expect(reviewersFor(s, 'occupation', { use: 'container' })).toEqual([]);
    expect(reviewersFor(s, 'occupation', { use: 'works_site' })).toEqual(['police', 'mobilite']);
    expect(reviewersFor(s, 'event', { needs: ['road_closure', 'electricity', 'sound'] })).toEqual([
      'police',
      'secours',
      'travaux',
      'environnement',
    ]);
    expect(handlingDepartment(s, 'event')).toBe('evenements');
    expect(handlingDepartment(s, 'occupation')).toBe('travaux');
  });

  it('asks no mobility department for a road closure where the commune does not (Soignies)', () => {
    const s = PermitsConfig.parse(soignies.permits);
    expect(reviewersFor(s, 'event', { needs: ['road_closure'] })).toEqual(['police', 'secours']);
    expect(reviewersFor(s, 'event', { needs: ['road_closure'] })).not.toContain('mobilite');
  });

  it("leaves who gives an opinion to the settings: the needs' help texts name no department, in any language", () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      for (const n of EVENT_NEEDS) {
        const help = messages[`permit.need.${n}.help`];
        expect(help, `${locale} ${n}`).not.toMatch(/mobilit|service|dienst|department|bauhof|avis|advies|opinion|stellung/i);
      }
    }
  });
});

describe('posters and map kinds', () => {
  it('chooses the poster by use or need', () => {
    expect(posterVariant('event', { needs: [] })).toBeUndefined();
    expect(posterVariant('event', { needs: ['stage', 'sound'] })).toBeUndefined();
    expect(posterVariant('event', { needs: ['sound', 'road_closure'] })).toBe('event');
    expect(posterVariant('occupation', { use: 'container' })).toBe('parking_ban');
    expect(posterVariant('occupation', { use: 'lift' })).toBe('parking_ban');
    expect(posterVariant('occupation', { use: 'removal_van' })).toBe('parking_ban');
    expect(posterVariant('occupation', { use: 'scaffolding' })).toBe('works');
    expect(posterVariant('occupation', { use: 'works_site' })).toBe('works');
    expect(posterVariant('occupation', { use: 'terrace' })).toBeUndefined();
  });

  it('chooses the map kind by use or need', () => {
    expect(permitMapKind('event', {})).toBe('event');
    expect(permitMapKind('event', { needs: ['tents'] })).toBe('event');
    expect(permitMapKind('event', { needs: ['road_closure'] })).toBe('road_closure');
    expect(permitMapKind('occupation', { use: 'container' })).toBe('parking_ban');
    expect(permitMapKind('occupation', { use: 'lift' })).toBe('parking_ban');
    expect(permitMapKind('occupation', { use: 'removal_van' })).toBe('parking_ban');
    expect(permitMapKind('occupation', { use: 'scaffolding' })).toBe('works');
    expect(permitMapKind('occupation', { use: 'works_site' })).toBe('works');
    expect(permitMapKind('occupation', { use: 'terrace' })).toBe('terrace');
  });
});

describe('geometry helpers', () => {
  it('anchors a point on itself and a line on its middle vertex', () => {
    expect(anchorOf({ type: 'Point', coordinates: [4.07, 50.58] })).toEqual([4.07, 50.58]);
    expect(
      anchorOf({
        type: 'LineString',
        coordinates: [
          [4, 50],
          [4.1, 50.1],
          [4.2, 50.2],
        ],
      }),
    ).toEqual([4.1, 50.1]);
    expect(
      anchorOf({
        type: 'LineString',
        coordinates: [
          [4, 50],
          [4.1, 50],
          [4.2, 50],
          [4.3, 50],
          [4.4, 50],
        ],
      }),
    ).toEqual([4.2, 50]);
  });

  it('anchors an area on the mean of its vertices, the closing one counted once', () => {
    const [lng, lat] = anchorOf({
      type: 'Polygon',
      coordinates: [
        [
          [4, 50],
          [4.2, 50],
          [4.2, 50.2],
          [4, 50.2],
          [4, 50],
        ],
      ],
    });
    expect(lng).toBeCloseTo(4.1, 10);
    expect(lat).toBeCloseTo(50.1, 10);
  });

  it('tells whether every position is inside the area, its edge included', () => {
    expect(geometryInside({ type: 'Point', coordinates: [4, 50.6] }, area)).toBe(true);
    expect(geometryInside({ type: 'Point', coordinates: [3.95, 50.6] }, area)).toBe(false); // west
    expect(geometryInside({ type: 'Point', coordinates: [4.15, 50.6] }, area)).toBe(false); // east
    expect(geometryInside({ type: 'Point', coordinates: [4, 50.51] }, area)).toBe(false); // south
    expect(geometryInside({ type: 'Point', coordinates: [4, 50.65] }, area)).toBe(false); // north
    // lat/lng swapped by mistake is outside.
    expect(geometryInside({ type: 'Point', coordinates: [50.58, 4.07] }, area)).toBe(false);
  });
});
