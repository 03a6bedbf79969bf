import { describe, expect, it } from 'vitest';
import { coordinatesInWords } from './place-words.js';

describe('coordinatesInWords', () => {
  it('writes four decimals with the reader’s decimal mark and compass letters', () => {
    expect(coordinatesInWords({ lat: 50.58061, lng: 4.06894 })).toBe('50,5806 N 4,0689 E');
    expect(coordinatesInWords({ lat: 50.58061, lng: 4.06894 }, 'en')).toBe('50.5806 N 4.0689 E');
    expect(coordinatesInWords({ lat: 50.58061, lng: 4.06894 }, 'nl')).toBe('50,5806 N 4,0689 O');
    expect(coordinatesInWords({ lat: -33.9, lng: -70.6 })).toBe('33,9000 S 70,6000 O');
    expect(coordinatesInWords({ lat: -33.9, lng: -70.6 }, 'de')).toBe('33,9000 S 70,6000 W');
  });
});
