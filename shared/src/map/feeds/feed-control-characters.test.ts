/**
 * Items stored before input refused control characters may hold some (NUL, VT, ESC, C1): no feed carries them.
 * The iCalendar feed is read back with ical.js, the JSON feeds with JSON.parse.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toGeoJson } from './geojson-feed.js';
import { toICalendar } from './icalendar-feed.js';
import { toWazeCifs } from './waze-cifs-feed.js';
import { BASE_URL, COMMUNE, feature, GENERATED_AT, RUE_DE_LA_STATION } from './soignies-samples.fixture.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const dirty = feature(
  'closure-dirty',
  { type: 'LineString', coordinates: RUE_DE_LA_STATION },
  {
    kind: 'road_closure',
    title: 'Rue\u0000 de la Station\u001b[31m fermée',
    description: 'Ligne 1\u000b\u000cLigne\u0085 2\nLigne\t3\u007f',
    streets: ['Rue de la\u0007 Station'],
    managingParty: 'SWDE\u0000',
    start: '2026-03-02',
    end: '2026-03-06',
  },
);
const meta = { commune: COMMUNE, baseUrl: BASE_URL, generatedAt: GENERATED_AT };

describe('control characters in stored text', () => {
  it('never reach agenda.ics; ical.js reads the text without them, line breaks and tabs kept', () => {
    const ics = toICalendar([dirty], meta);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(CONTROL);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Rue de la Station[31m fermée');
    expect(event.description).toBe('Ligne 1Ligne 2\nLigne\t3');
    expect(event.location).toBe('Rue de la Station');
  });

  it('never reach the GeoJSON feed nor Waze', () => {
    const geo = JSON.stringify(toGeoJson([dirty], { commune: COMMUNE.id, generatedAt: GENERATED_AT }));
    expect(JSON.parse(geo).features[0].properties).toMatchObject({
      title: 'Rue de la Station[31m fermée',
      streets: ['Rue de la Station'],
      managingParty: 'SWDE',
    });
    expect(geo).not.toMatch(/\\u00[01][0-9a-f]|\\u007f|[\u0080-\u009f]/i);
    const cifs = toWazeCifs([dirty], meta);
    expect(cifs.incidents).toHaveLength(1);
    expect(JSON.stringify(cifs)).not.toMatch(/\\u00[01][0-9a-f]|\\u007f|[\u0080-\u009f]/i);
    expect(cifs.incidents[0].street).toBe('Rue de la Station');
  });
});
