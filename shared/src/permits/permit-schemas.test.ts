import { describe, expect, it } from 'vitest';
import soignies from '../../../infra/communes/soignies.json' with { type: 'json' };
import braine from '../../../infra/communes/braine-le-comte.json' with { type: 'json' };
import { CommuneConfig } from '../commune-config.js';
import { bucketKeys } from '../storage.js';
import { CreatePermitInput, OpinionInput, PermitTransitionInput, UpdatePermitInput } from './permit-api.js';
import { FeeRule, PermitsConfig } from './permit-config.js';
import { DEFAULT_USE_FEES, occupationUse } from './permit-kinds.js';
import { EventDetails, OccupationDetails, PermitGeometry, PermitPeriod, Requester, requesterWithOrganisation } from './permit-details.js';

const point = { type: 'Point', coordinates: [4.07, 50.58] };

const eventInput = {
  title: 'Brocante du quartier',
  organiser: { type: 'association', name: 'Comité de la Grand-Place' },
  period: { start: '2026-04-10', end: '2026-04-11', startTime: '08:00', endTime: '18:00' },
  place: { label: 'Grand-Place', geometry: point },
  attendance: 200,
};

const occupationInput = {
  use: 'container',
  period: { start: '2026-03-16', end: '2026-03-20' },
  place: { label: 'Rue de la Station 12', geometry: point },
  lengthMetres: 6,
};

const requester = { name: 'Marie Dupont', email: 'marie@example.be', phone: '+32 67 34 73 00' };

/** The messages of a failed parse (fails the test when the parse succeeds). */
function messages(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } },
  value: unknown,
): string[] {
  const r = schema.safeParse(value);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => i.message);
}

describe('EventDetails', () => {
  it('parses a minimal event and fills in the defaults', () => {
    const d = EventDetails.parse(eventInput);
    expect(d.description).toBe('');
    expect(d.organiser).toEqual({ type: 'association', name: 'Comité de la Grand-Place' });
    expect(EventDetails.parse({ ...eventInput, organiser: { type: 'citizen' } }).organiser).toEqual({ type: 'citizen', name: '' });
    expect(d.needs).toEqual([]);
    expect(d.attachments).toEqual([]);
  });

  it('requires the name of an organising association or company, not of a citizen', () => {
    for (const type of ['association', 'company'] as const) {
      const r = EventDetails.safeParse({ ...eventInput, organiser: { type, name: '  ' } });
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['organiser.name', 'indiquez le nom de l’association ou de l’entreprise'],
      ]);
    }
    expect(EventDetails.safeParse({ ...eventInput, organiser: { type: 'citizen', name: '' } }).success).toBe(true);
    expect(
      CreatePermitInput.safeParse({ kind: 'event', details: { ...eventInput, organiser: { type: 'company' } }, requester }).success,
    ).toBe(false);
  });

  it('stores the organising association or company as the requester’s organisation (the holder)', () => {
    const d = EventDetails.parse(eventInput);
    expect(requesterWithOrganisation('event', d, requester)).toEqual({ ...requester, organisation: 'Comité de la Grand-Place' });
    const citizen = EventDetails.parse({ ...eventInput, organiser: { type: 'citizen' } });
    expect(requesterWithOrganisation('event', citizen, { ...requester, organisation: 'Reste' })).toEqual(requester);
    expect(requesterWithOrganisation('occupation', {}, { ...requester, organisation: 'Lebrun SRL' })).toEqual({
      ...requester,
      organisation: 'Lebrun SRL',
    });
    expect(Requester.safeParse({ ...requester, organisation: 'x' }).success).toBe(false);
  });

  it('trims and requires a title of three characters', () => {
    expect(EventDetails.parse({ ...eventInput, title: '  Fête  ' }).title).toBe('Fête');
    expect(messages(EventDetails, { ...eventInput, title: '  ab  ' })).toContain('donnez un nom à l’évènement');
  });

  it('refuses a silly attendance, unknown needs and too many attachments', () => {
    expect(messages(EventDetails, { ...eventInput, attendance: 0 })).toContain('au moins 1 personne');
    expect(EventDetails.safeParse({ ...eventInput, attendance: 2.5 }).success).toBe(false);
    expect(EventDetails.safeParse({ ...eventInput, attendance: 200_001 }).success).toBe(false);
    expect(EventDetails.safeParse({ ...eventInput, needs: ['fireworks'] }).success).toBe(false);
    expect(EventDetails.safeParse({ ...eventInput, organiser: { type: 'government' } }).success).toBe(false);
    const doc = { type: 'other', key: bucketKeys.upload('soignies', '2026-01-01', crypto.randomUUID(), 'pdf'), name: 'x.pdf' };
    expect(EventDetails.safeParse({ ...eventInput, attachments: Array(10).fill(doc) }).success).toBe(true);
    expect(EventDetails.safeParse({ ...eventInput, attachments: Array(11).fill(doc) }).success).toBe(false);
    expect(EventDetails.safeParse({ ...eventInput, attachments: [{ ...doc, type: 'selfie' }] }).success).toBe(false);
    // Only keys of our own making: an upload, or a document a request keeps; never a dot segment.
    const kept = { ...doc, key: bucketKeys.permitAttachment('soignies', 'ABCD-1234', 'a1b2c3d4', 'pdf') };
    expect(EventDetails.safeParse({ ...eventInput, attachments: [kept] }).success).toBe(true);
    for (const key of [
      '../x.pdf',
      `${doc.key}/../../x.pdf`,
      'uploads/soignies/../../etc/passwd',
      'permits/soignies/ABCD-1234/attachment-../x.pdf',
    ])
      expect(EventDetails.safeParse({ ...eventInput, attachments: [{ ...doc, key }] }).success, key).toBe(false);
  });

  it('requires a place label', () => {
    expect(messages(EventDetails, { ...eventInput, place: { label: ' a ', geometry: point } })).toContain('indiquez l’adresse ou le lieu');
  });
});

describe('OccupationDetails', () => {
  it('parses a minimal occupation and fills in the defaults', () => {
    const d = OccupationDetails.parse(occupationInput);
    expect(d).toMatchObject({ use: 'container', description: '', contractor: '', attachments: [], lengthMetres: 6 });
  });

  it('refuses an unknown use and a length out of range', () => {
    expect(OccupationDetails.safeParse({ ...occupationInput, use: 'bouncy_castle' }).success).toBe(false);
    expect(messages(OccupationDetails, { ...occupationInput, lengthMetres: 0.5 })).toContain('au moins 1 mètre');
    expect(OccupationDetails.safeParse({ ...occupationInput, lengthMetres: 500 }).success).toBe(true);
    expect(OccupationDetails.safeParse({ ...occupationInput, lengthMetres: 501 }).success).toBe(false);
    expect(OccupationDetails.safeParse({ ...occupationInput, lengthMetres: 2.5 }).success).toBe(true); // metres need not be whole
    expect(OccupationDetails.safeParse({ ...occupationInput, lengthMetres: '6' }).success).toBe(false);
  });
});

describe('PermitPeriod', () => {
  it('accepts real dates and times', () => {
    expect(PermitPeriod.safeParse({ start: '2028-02-29', end: '2028-03-01', startTime: '00:00', endTime: '23:59' }).success).toBe(true);
  });

  it('refuses dates that do not exist or are badly written', () => {
    expect(messages(PermitPeriod, { start: '2026-02-30', end: '2026-03-01' })).toEqual(['cette date n’existe pas']);
    expect(messages(PermitPeriod, { start: '2026-02-28', end: '2026-04-31' })).toEqual(['cette date n’existe pas']);
    expect(messages(PermitPeriod, { start: '2026-02-29', end: '2026-03-01' })).toEqual(['cette date n’existe pas']);
    expect(messages(PermitPeriod, { start: '10/04/2026', end: '2026-04-11' })).toContain('date au format AAAA-MM-JJ');
    expect(PermitPeriod.safeParse({ start: '2026-4-10', end: '2026-04-11' }).success).toBe(false);
    expect(PermitPeriod.safeParse({ start: '2026-04-10' }).success).toBe(false);
  });

  it('refuses bad times', () => {
    for (const t of ['24:00', '9:00', '12:60', '12h30', '12:30:00', '']) {
      expect(messages(PermitPeriod, { start: '2026-04-10', end: '2026-04-10', startTime: t }), t).toContain('heure au format HH:MM');
    }
    expect(PermitPeriod.safeParse({ start: '2026-04-10', end: '2026-04-10', endTime: '19:45' }).success).toBe(true);
  });
});

describe('PermitGeometry', () => {
  const square = [
    [4, 50.5],
    [4.1, 50.5],
    [4.1, 50.6],
    [4, 50.6],
    [4, 50.5],
  ];

  it('accepts a point, a line and a closed area', () => {
    expect(PermitGeometry.safeParse(point).success).toBe(true);
    expect(
      PermitGeometry.safeParse({
        type: 'LineString',
        coordinates: [
          [4, 50.5],
          [4.1, 50.6],
        ],
      }).success,
    ).toBe(true);
    expect(PermitGeometry.safeParse({ type: 'Polygon', coordinates: [square] }).success).toBe(true);
    expect(
      PermitGeometry.safeParse({
        type: 'Polygon',
        coordinates: [
          [
            [4, 50.5],
            [4.1, 50.5],
            [4.1, 50.6],
            [4, 50.5],
          ],
        ],
      }).success,
    ).toBe(true); // a triangle
  });

  it('refuses coordinates out of range', () => {
    expect(PermitGeometry.safeParse({ type: 'Point', coordinates: [181, 50] }).success).toBe(false);
    expect(PermitGeometry.safeParse({ type: 'Point', coordinates: [-181, 50] }).success).toBe(false);
    expect(PermitGeometry.safeParse({ type: 'Point', coordinates: [4, 90.5] }).success).toBe(false);
    expect(PermitGeometry.safeParse({ type: 'Point', coordinates: [4, -91] }).success).toBe(false);
    expect(PermitGeometry.safeParse({ type: 'Point', coordinates: [4] }).success).toBe(false);
    expect(PermitGeometry.safeParse({ type: 'Point', coordinates: [4, 50, 100] }).success).toBe(false);
    expect(
      PermitGeometry.safeParse({
        type: 'LineString',
        coordinates: [
          [4, 50],
          [4, 95],
        ],
      }).success,
    ).toBe(false);
  });

  it('refuses a line of one point', () => {
    expect(messages(PermitGeometry, { type: 'LineString', coordinates: [[4, 50.5]] })).toContain('une ligne a deux points au moins');
    expect(PermitGeometry.safeParse({ type: 'LineString', coordinates: [] }).success).toBe(false);
  });

  it('refuses an area that is not closed, too small or with holes', () => {
    expect(messages(PermitGeometry, { type: 'Polygon', coordinates: [square.slice(0, 4)] })).toEqual(['la zone doit être fermée']);
    expect(
      messages(PermitGeometry, {
        type: 'Polygon',
        coordinates: [
          [
            [4, 50.5],
            [4.1, 50.5],
            [4, 50.5],
          ],
        ],
      }),
    ).toContain('une zone a trois points au moins');
    expect(messages(PermitGeometry, { type: 'Polygon', coordinates: [square, square] })).toContain('une seule zone, sans trou');
    // A ring whose last point differs from the first in latitude only.
    expect(messages(PermitGeometry, { type: 'Polygon', coordinates: [[...square.slice(0, 4), [4, 50.55]]] })).toEqual([
      'la zone doit être fermée',
    ]);
  });

  it('refuses an empty area with a message, not an exception', () => {
    expect(() => PermitGeometry.safeParse({ type: 'Polygon', coordinates: [] })).not.toThrow();
    expect(PermitGeometry.safeParse({ type: 'Polygon', coordinates: [] }).success).toBe(false);
    expect(() => PermitGeometry.safeParse({ type: 'Polygon', coordinates: [[]] })).not.toThrow();
    expect(messages(PermitGeometry, { type: 'Polygon', coordinates: [[]] })).toContain('une zone a trois points au moins');
  });

  it('refuses other geometry types', () => {
    expect(PermitGeometry.safeParse({ type: 'MultiPoint', coordinates: [[4, 50.5]] }).success).toBe(false);
    expect(PermitGeometry.safeParse({ coordinates: [4, 50.5] }).success).toBe(false);
  });
});

describe('Requester', () => {
  it('accepts a requester with or without phone and address', () => {
    expect(Requester.parse({ ...requester, email: '  marie@example.be ' }).email).toBe('marie@example.be');
    expect(Requester.safeParse({ name: 'Jo', email: 'jo@example.be' }).success).toBe(true);
    expect(Requester.safeParse({ ...requester, address: 'Rue Neuve 1, 7060 Soignies' }).success).toBe(true);
    for (const phone of ['067/34.73.00', '+32 (0)67 34 73 00', '0470-12-34-56'])
      expect(Requester.safeParse({ ...requester, phone }).success, phone).toBe(true);
  });

  it('refuses a bad e-mail', () => {
    for (const email of ['marie', 'marie@', '@example.be', 'marie example.be', '']) {
      expect(messages(Requester, { ...requester, email }), email).toContain('adresse e-mail non valide');
    }
  });

  it('refuses a bad phone number', () => {
    for (const phone of ['abc', '12345', '067 34 73 00 ext 2', '+'.repeat(26), '067;347300']) {
      expect(messages(Requester, { ...requester, phone }), phone).toContain('numéro de téléphone non valide');
    }
  });

  it('requires a name', () => {
    expect(messages(Requester, { ...requester, name: ' M ' })).toContain('indiquez votre nom');
  });
});

describe('CreatePermitInput', () => {
  it('parses an event with event details, defaulting locale and submit', () => {
    const r = CreatePermitInput.parse({ kind: 'event', details: eventInput, requester });
    expect(r.kind).toBe('event');
    expect(r.locale).toBe('fr');
    expect(r.submit).toBe(true);
    expect(r.details).toMatchObject({ title: 'Brocante du quartier', needs: [] });
  });

  it('parses an occupation with occupation details', () => {
    const r = CreatePermitInput.parse({ kind: 'occupation', details: occupationInput, requester, locale: 'nl', submit: false });
    expect(r).toMatchObject({ kind: 'occupation', locale: 'nl', submit: false, details: { use: 'container', contractor: '' } });
  });

  it('checks the details against the kind’s schema', () => {
    expect(CreatePermitInput.safeParse({ kind: 'event', details: occupationInput, requester }).success).toBe(false);
    expect(CreatePermitInput.safeParse({ kind: 'occupation', details: eventInput, requester }).success).toBe(false);
    expect(CreatePermitInput.safeParse({ kind: 'festival', details: eventInput, requester }).success).toBe(false);
    expect(CreatePermitInput.safeParse({ details: eventInput, requester }).success).toBe(false);
  });

  it('requires a valid requester and a known locale', () => {
    expect(CreatePermitInput.safeParse({ kind: 'event', details: eventInput }).success).toBe(false);
    expect(CreatePermitInput.safeParse({ kind: 'event', details: eventInput, requester: { ...requester, email: 'nope' } }).success).toBe(
      false,
    );
    expect(CreatePermitInput.safeParse({ kind: 'event', details: eventInput, requester, locale: 'es' }).success).toBe(false);
  });

  it('names the failing field with its path', () => {
    const r = CreatePermitInput.safeParse({
      kind: 'event',
      details: { ...eventInput, period: { start: '2026-02-30', end: '2026-03-01' } },
      requester,
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain('details.period.start');
  });
});

describe('other API bodies', () => {
  it('needs a text for an unfavourable or conditional opinion', () => {
    expect(OpinionInput.parse({ verdict: 'favourable' })).toEqual({ verdict: 'favourable', text: '' });
    const r = OpinionInput.safeParse({ verdict: 'unfavourable', text: '' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['text'], message: 'expliquez l’avis ou les conditions' });
    expect(OpinionInput.safeParse({ verdict: 'unfavourable' }).success).toBe(false);
    expect(OpinionInput.safeParse({ verdict: 'unfavourable', text: '  ok  ' }).success).toBe(false); // trimmed to 2 characters
    expect(OpinionInput.safeParse({ verdict: 'conditional', text: '' }).success).toBe(false);
    expect(OpinionInput.safeParse({ verdict: 'unfavourable', text: 'Pas de voie d’accès pour les secours.' }).success).toBe(true);
    expect(OpinionInput.safeParse({ verdict: 'conditional', text: 'Barrières Nadar aux deux entrées.' }).success).toBe(true);
    expect(OpinionInput.safeParse({ verdict: 'maybe', text: 'Pourquoi pas.' }).success).toBe(false);
  });

  it('validates transitions and updates', () => {
    expect(PermitTransitionInput.safeParse({ to: 'approved', version: 3 }).success).toBe(true);
    expect(PermitTransitionInput.safeParse({ to: 'accepted', version: 3 }).success).toBe(false);
    expect(PermitTransitionInput.safeParse({ to: 'approved', version: 0 }).success).toBe(false);
    expect(PermitTransitionInput.safeParse({ to: 'approved_with_conditions', version: 1, conditions: [''] }).success).toBe(false);
    expect(
      PermitTransitionInput.safeParse({ to: 'approved', version: 1, college: { date: '2026-04-02', reference: 'CC/2026/112' } }).success,
    ).toBe(true);
    expect(UpdatePermitInput.parse({ details: {}, requester, version: 2 }).submit).toBe(false);
  });
});

describe('PermitsConfig', () => {
  it('fills in the defaults from a minimal config', () => {
    const c = PermitsConfig.parse({ event: { handlingDepartment: 'evenements' }, occupation: { handlingDepartment: 'travaux' } });
    expect(c.closingDays).toEqual([]);
    expect(c.event).toEqual({
      enabled: true,
      handlingDepartment: 'evenements',
      reviewers: [],
      reviewersByNeed: {},
      leadDays: 30,
      largeAttendance: 1000,
      largeLeadDays: 60,
      opinionWorkingDays: 10,
      maxDays: 31,
      fee: { flat: 0, perDay: 0, perMetrePerDay: 0, minimum: 0 },
      documents: [
        { type: 'insurance', when: 'always' },
        { type: 'plan', when: 'large' },
      ],
    });
    expect(c.occupation).toEqual({
      enabled: true,
      handlingDepartment: 'travaux',
      reviewers: [],
      leadWorkingDays: 5,
      opinionWorkingDays: 5,
      maxDays: 90,
      uses: {},
    });
    // An untuned use takes the default fees, enabled, without reviewers.
    expect(occupationUse(c.occupation, 'scaffolding')).toEqual({ enabled: true, fee: DEFAULT_USE_FEES.scaffolding, reviewers: [] });
  });

  it('fills in the defaults of a tuned use', () => {
    const c = PermitsConfig.parse({
      event: { handlingDepartment: 'evenements' },
      occupation: { handlingDepartment: 'travaux', uses: { lift: { fee: { flat: 2000 } } } },
    });
    expect(occupationUse(c.occupation, 'lift')).toEqual({
      enabled: true,
      fee: { flat: 2000, perDay: 0, perMetrePerDay: 0, minimum: 0 },
      reviewers: [],
    });
  });

  it('refuses bad tuning', () => {
    const base = { event: { handlingDepartment: 'evenements' }, occupation: { handlingDepartment: 'travaux' } };
    expect(PermitsConfig.safeParse({ ...base, closingDays: ['09-27', '2026-11-02'] }).success).toBe(true);
    expect(PermitsConfig.safeParse({ ...base, closingDays: ['27/09'] }).success).toBe(false);
    expect(PermitsConfig.safeParse({ ...base, closingDays: ['9-27'] }).success).toBe(false);
    expect(PermitsConfig.safeParse({ ...base, event: { handlingDepartment: 'Événements' } }).success).toBe(false);
    expect(PermitsConfig.safeParse({ ...base, event: { handlingDepartment: 'evenements', reviewers: ['Police'] } }).success).toBe(false);
    expect(
      PermitsConfig.safeParse({ ...base, occupation: { handlingDepartment: 'travaux', uses: { bouncy_castle: { fee: {} } } } }).success,
    ).toBe(false);
    expect(PermitsConfig.safeParse({ ...base, occupation: { handlingDepartment: 'travaux', maxDays: 0 } }).success).toBe(false);
    expect(PermitsConfig.safeParse({ event: { handlingDepartment: 'evenements' } }).success).toBe(false);
  });

  it('keeps fees in whole, non-negative cents', () => {
    expect(FeeRule.safeParse({ flat: -1 }).success).toBe(false);
    expect(FeeRule.safeParse({ perDay: 2.5 }).success).toBe(false);
    expect(FeeRule.parse({})).toEqual({ flat: 0, perDay: 0, perMetrePerDay: 0, minimum: 0 });
  });
});

describe('seeded communes', () => {
  for (const [id, raw] of [
    ['soignies', soignies],
    ['braine-le-comte', braine],
  ] as const) {
    describe(id, () => {
      const c = CommuneConfig.parse(raw);

      it('parses, permits included', () => {
        expect(c.id).toBe(id);
        expect(c.permits).toBeDefined();
        expect(c.permits!.event.handlingDepartment).toBe('evenements');
        expect(c.permits!.occupation.handlingDepartment).toBe('travaux');
      });

      it('names only departments that exist', () => {
        const p = c.permits!;
        const known = new Set(c.departments.map((d) => d.code));
        const named = [
          p.event.handlingDepartment,
          ...p.event.reviewers,
          ...Object.values(p.event.reviewersByNeed).flat(),
          p.occupation.handlingDepartment,
          ...p.occupation.reviewers,
          ...Object.values(p.occupation.uses).flatMap((u) => u?.reviewers ?? []),
        ];
        expect(named.length).toBeGreaterThan(4);
        expect(named.filter((d) => !known.has(d))).toEqual([]);
      });

      it('keys reviewersByNeed by real event needs', () => {
        const needs = EventDetails.shape.needs.unwrap().element.options;
        for (const need of Object.keys(c.permits!.event.reviewersByNeed)) expect(needs, need).toContain(need);
      });

      it('has valid closing days', () => {
        for (const d of c.permits!.closingDays) {
          const full = d.length === 5 ? `2028-${d}` : d; // a leap year, so that 02-29 would pass
          expect(PermitPeriod.shape.start.safeParse(full).success, d).toBe(true);
        }
      });
    });
  }
});
