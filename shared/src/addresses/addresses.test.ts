import { describe, expect, it } from 'vitest';
import { distanceMetres, geohashEncode } from '../geo.js';
import {
  ADDRESS_CSV_MAX_PROBLEMS,
  mayLeaveOutRefused,
  parseAddressCsv,
  registerArea,
  slimAddressCsv,
  type AddressPoint,
} from './address-csv.js';
import {
  ADDRESS_CELL_PRECISION,
  NEAREST_MAX_METRES,
  buildRegister,
  cellsAround,
  certainMatch,
  matchStreets,
  nearestPoint,
} from './address-register.js';
import { compareNumbers, numberMatches, parseAddressQuery, streetKey } from './address-words.js';

const SOIGNIES: [number, number, number, number] = [3.9, 50.47, 4.15, 50.67];

describe('street keys', () => {
  it('fold accents, case, the street type and its abbreviations, and leading particles', () => {
    expect(streetKey('Rue de la Station')).toEqual({ type: 'rue', core: 'station' });
    expect(streetKey('r. de la station')).toEqual({ type: 'rue', core: 'station' });
    expect(streetKey('RUE DE LA STATION')).toEqual({ type: 'rue', core: 'station' });
    expect(streetKey('Av. de l’Émancipation')).toEqual({ type: 'avenue', core: 'emancipation' });
    expect(streetKey('Chaussée de Braine')).toEqual({ type: 'chaussee', core: 'braine' });
    expect(streetKey('Grand-Place')).toEqual({ core: 'grand place' });
    expect(streetKey('Rue Neuve').core).toBe('neuve');
    // A type alone, or particles alone, stay the name: never an empty key.
    expect(streetKey('Place').core).toBe('place');
    expect(streetKey('Rue du').core).toBe('du');
  });

  it('read a typed address as a street and a number, whichever side the number is on', () => {
    expect(parseAddressQuery('rue de la station 12')).toEqual({ street: { type: 'rue', core: 'station' }, number: '12' });
    expect(parseAddressQuery('12, rue de la Station')).toEqual({ street: { type: 'rue', core: 'station' }, number: '12' });
    expect(parseAddressQuery('12 rue de la Station')).toEqual({ street: { type: 'rue', core: 'station' }, number: '12' });
    expect(parseAddressQuery('R. de la Station 12A, 7060 Soignies')).toEqual({ street: { type: 'rue', core: 'station' }, number: '12a' });
    expect(parseAddressQuery('rue de la station 12 a')).toMatchObject({ number: '12a' });
    expect(parseAddressQuery('rue de la station 12 bte 3')).toMatchObject({ street: { core: 'station' }, number: '12' });
    expect(parseAddressQuery('rue de la stat')).toEqual({ street: { type: 'rue', core: 'stat' } });
    expect(parseAddressQuery('rue de la station 12/3')).toMatchObject({ street: { core: 'station' }, number: '12' });
    // A number inside the name is part of it.
    expect(parseAddressQuery('Rue du 8 Mai')).toEqual({ street: { type: 'rue', core: '8 mai' } });
  });

  it('match 12 to 12 and 12A, never to 120; order numbers as they are read', () => {
    expect(numberMatches('12', '12')).toBe('exact');
    expect(numberMatches('12A', '12')).toBe('prefix');
    expect(numberMatches('12 a', '12a')).toBe('exact');
    expect(numberMatches('120', '12')).toBeUndefined();
    expect(['10', '2A', '2', '1'].sort(compareNumbers)).toEqual(['1', '2', '2A', '10']);
  });
});

describe('the register CSV', () => {
  it('reads the BeST export: WGS 84 columns, French names, boxes folded into their number, retired rows skipped', () => {
    const csv = [
      'EPSG:31370_x,EPSG:31370_y,EPSG:4326_lat,EPSG:4326_lon,address_id,box_number,house_number,municipality_id,municipality_name_de,municipality_name_fr,municipality_name_nl,postcode,postname_fr,postname_nl,street_id,streetname_de,streetname_fr,streetname_nl,region_code,status',
      '1,2,50.57452,4.06861,1,,12,55040,,Soignies,Zinnik,7060,Soignies,,9,,Rue de la Station,,BE-WAL,current',
      '1,2,50.57452,4.06861,2,1,12,55040,,Soignies,Zinnik,7060,Soignies,,9,,Rue de la Station,,BE-WAL,current',
      '1,2,50.57462,4.06871,3,,14,55040,,Soignies,Zinnik,7060,Soignies,,9,,Rue de la Station,,BE-WAL,retired',
      '1,2,50.5591,4.0398,4,,3,55040,,Soignies,Zinnik,7063,Neufvilles,,10,,"Rue ""du"" Tilleul",,BE-WAL,current',
    ].join('\r\n');
    const r = parseAddressCsv(csv, SOIGNIES);
    expect(r.problems).toEqual([]);
    expect(r.skipped).toBe(2);
    expect(r.points).toEqual([
      {
        street: 'Rue de la Station',
        number: '12',
        postcode: '7060',
        section: 'Soignies',
        municipality: 'Soignies',
        lat: 50.57452,
        lng: 4.06861,
      },
      {
        street: 'Rue "du" Tilleul',
        number: '3',
        postcode: '7063',
        section: 'Neufvilles',
        municipality: 'Soignies',
        lat: 50.5591,
        lng: 4.0398,
      },
    ]);
  });

  it('reads the simple subset, semicolon-separated with decimal commas', () => {
    const r = parseAddressCsv('\ufeffstreet;number;postcode;lat;lng\nRue Neuve;5;7060;50,57768;4,07509\n', SOIGNIES);
    expect(r.problems).toEqual([]);
    expect(r.points).toEqual([{ street: 'Rue Neuve', number: '5', postcode: '7060', lat: 50.57768, lng: 4.07509 }]);
  });

  it('names every bad row by its line and column, and a missing column by its name', () => {
    const r = parseAddressCsv(
      [
        'street,number,postcode,lat,lng',
        'Rue Neuve,5,7060,50.57,4.07',
        ',6,7060,50.57,4.07',
        'Rue Neuve,x,706,50.57,4.07',
        'Rue Neuve,7,7060,4.07,50.57',
      ].join('\n'),
      SOIGNIES,
    );
    expect(r.problems).toEqual([
      { line: 3, column: 'street', reason: 'missing street name', code: 'missing-street' },
      { line: 4, column: 'number', reason: expect.stringContaining('not a house number'), code: 'bad-number' },
      { line: 4, column: 'postcode', reason: expect.stringContaining('four digits'), code: 'bad-postcode' },
      { line: 5, column: 'lat', reason: 'outside the commune', code: 'outside-commune' },
    ]);
    expect(parseAddressCsv('street,number,postcode\nRue Neuve,1,7060', SOIGNIES).problems).toEqual([
      { line: 1, column: 'lat', reason: expect.stringContaining('missing column'), code: 'missing-column' },
      { line: 1, column: 'lng', reason: expect.stringContaining('missing column'), code: 'missing-column' },
    ]);
  });

  it('counts lines inside quoted cells', () => {
    const r = parseAddressCsv('street,number,postcode,lat,lng\n"Rue\nNeuve",5,7060,50.57,4.07\nRue Neuve,,7060,50.57,4.07', SOIGNIES);
    expect(r.problems).toEqual([
      { line: 2, column: 'street', reason: 'control characters in the name', code: 'control-characters' },
      { line: 4, column: 'number', reason: 'missing house number', code: 'missing-number' },
    ]);
  });
});

describe('a file before it is sent (the admins’ screen)', () => {
  const BEST =
    'EPSG:31370_x;EPSG:31370_y;EPSG:4326_lat;EPSG:4326_lon;address_id;box_number;house_number;municipality_id;postcode;postname_fr;streetname_fr;region_code;status';
  it('slims a BeST export to the columns the reader uses, every row on its own line, to the same register', () => {
    const text = [
      BEST,
      '123.4;456.7;50,5794;4,0714;A1;;1;55040;7060;Soignies;Grand-Place;BE-WAL;current',
      '',
      '123.4;456.7;50,5797;4,0720;"A\n2";;3;55040;7060;Soignies;"Rue ""du"" Nord;bis";BE-WAL;current',
      '123.4;456.7;50,5799;4,0722;A3;;x;55040;7060;Soignies;Grand-Place;BE-WAL;current',
    ].join('\r\n');
    const slim = slimAddressCsv(text);
    expect(slim.split('\n')[0]).toBe('EPSG:4326_lat,EPSG:4326_lon,box_number,house_number,postcode,postname_fr,streetname_fr,status');
    expect(slim.length).toBeLessThan(text.length);
    const [before, after] = [parseAddressCsv(text, SOIGNIES), parseAddressCsv(slim, SOIGNIES)];
    expect(after.points).toEqual(before.points);
    // The bad number is on line 6 of both: a blank line and a quoted line break (in a column left out) come before it.
    expect(before.problems.map((p) => p.line)).toEqual([6]);
    expect(after.problems).toEqual(before.problems);
  });

  it('may leave out a few refused rows, never a header problem nor a file the reader stopped reading', () => {
    const head = 'street,number,postcode,lat,lng';
    const bad = (n: number) => Array.from({ length: n }, (_, i) => `Rue Neuve,${i + 1},706,50.57,4.07`);
    const few = parseAddressCsv([head, 'Rue Neuve,100,7060,50.57,4.07', ...bad(3)].join('\n'), SOIGNIES);
    expect([few.points.length, few.problems.length, mayLeaveOutRefused(few)]).toEqual([1, 3, true]);
    const many = parseAddressCsv([head, ...bad(ADDRESS_CSV_MAX_PROBLEMS + 5)].join('\n'), SOIGNIES);
    expect(mayLeaveOutRefused(many)).toBe(false);
    expect(mayLeaveOutRefused(parseAddressCsv('street,number\nRue Neuve,1', SOIGNIES))).toBe(false);
    expect(mayLeaveOutRefused(parseAddressCsv('', SOIGNIES))).toBe(false);
  });

  it('reads the commune’s area padded by about a kilometre', () => {
    const [w, s, e, n] = registerArea(SOIGNIES);
    expect([SOIGNIES[0] - w, SOIGNIES[1] - s, e - SOIGNIES[2], n - SOIGNIES[3]].map((d) => Math.round(d * 1000))).toEqual([15, 15, 15, 15]);
  });
});

describe('the register', () => {
  const points: AddressPoint[] = [
    { street: 'Rue de la Station', number: '14', postcode: '7060', lat: 50.5747, lng: 4.0688 },
    { street: 'Rue de la Station', number: '12', postcode: '7060', lat: 50.57452, lng: 4.06861 },
    { street: 'Rue de la Station', number: '12A', postcode: '7060', lat: 50.57455, lng: 4.06865 },
    { street: 'Place de la Station', number: '1', postcode: '7060', lat: 50.5742, lng: 4.0682 },
    { street: 'Rue Neuve', number: '5', postcode: '7060', lat: 50.57768, lng: 4.07509 },
  ];

  it('is the same whatever the order of the file', () => {
    expect(buildRegister([...points].reverse())).toEqual(buildRegister(points));
  });

  it('finds the nearest point within the bound, and none beyond it', () => {
    const built = buildRegister(points);
    const all = built.cells.flatMap((c) => c.points);
    const near = nearestPoint(all, { lat: 50.57451, lng: 4.06858 });
    expect(near?.point.slice(0, 2)).toEqual(['Rue de la Station', '12']);
    expect(near!.distance).toBeLessThan(5);
    expect(nearestPoint(all, { lat: 50.58, lng: 4.09 })).toBeUndefined();
  });

  it('reads cells around a point that hold every point within the bound', () => {
    const at = { lat: 50.5745, lng: 4.0686 };
    const cells = new Set(cellsAround(at));
    expect(cells.size).toBe(9);
    // Points on a circle at the bound: each falls in one of the nine cells.
    for (let deg = 0; deg < 360; deg += 15) {
      const r = NEAREST_MAX_METRES - 1;
      const p = {
        lat: at.lat + ((r * Math.cos((deg * Math.PI) / 180)) / 6_371_008.8) * (180 / Math.PI),
        lng: at.lng + ((r * Math.sin((deg * Math.PI) / 180)) / (6_371_008.8 * Math.cos((at.lat * Math.PI) / 180))) * (180 / Math.PI),
      };
      expect(distanceMetres(at, p)).toBeLessThanOrEqual(NEAREST_MAX_METRES);
      expect(cells.has(geohashEncode(p, ADDRESS_CELL_PRECISION)), `${deg}°`).toBe(true);
    }
  });

  it('answers a typed street and number, the type typed first, 12 before 12A', () => {
    const { streets } = buildRegister(points);
    const m = matchStreets(streets, parseAddressQuery('rue de la station 12'), 'Soignies');
    expect(m.map((x) => x.label)).toEqual([
      'Rue de la Station 12, 7060 Soignies',
      'Rue de la Station 12A, 7060 Soignies',
      'Place de la Station, 7060 Soignies',
    ]);
    expect(m[0]).toMatchObject({ lat: 50.57452, lng: 4.06861, number: '12' });
    const place = matchStreets(streets, parseAddressQuery('pl. de la sta'), 'Soignies');
    expect(place[0].label).toBe('Place de la Station, 7060 Soignies');
    expect(matchStreets(streets, parseAddressQuery('neu'), 'Soignies').map((x) => x.street)).toEqual(['Rue Neuve']);
  });

  it('names one point for a typed address only when there is no doubt (the form without JavaScript)', () => {
    const { streets } = buildRegister([...points, { street: 'Rue Neuve', number: '5', postcode: '7063', lat: 50.6, lng: 4.1 }]);
    const certain = (typed: string) => certainMatch(streets, parseAddressQuery(typed), 'Soignies')?.label;
    expect(certain('Rue de la Station 12, 7060 Soignies')).toBe('Rue de la Station 12, 7060 Soignies');
    expect(certainMatch(streets, parseAddressQuery('r. de la station 12a'), 'Soignies')).toMatchObject({ lat: 50.57455, lng: 4.06865 });
    // Without the type, the one street of that name that has the number.
    expect(certain('de la station 14')).toBe('Rue de la Station 14, 7060 Soignies');
    // No number, a prefix of the street, a number it does not have exactly, another type, two streets of that name.
    for (const typed of ['rue de la station', 'rue de la sta 12', 'rue de la station 13', 'place de la station 12', 'rue neuve 5'])
      expect(certain(typed), typed).toBeUndefined();
  });
});
