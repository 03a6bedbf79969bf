import { describe, expect, it } from 'vitest';
import { navigationLink, navigationPlatform } from './navigation-link.js';

const PLACE = { lat: 50.5806123, lng: 4.0689456 };

describe('navigationPlatform', () => {
  it('tells Android, iPhone and iPad (which says Macintosh) from the rest', () => {
    expect(navigationPlatform('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131 Mobile')).toBe('android');
    expect(navigationPlatform('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15')).toBe('ios');
    expect(navigationPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15', 5)).toBe('ios');
    expect(navigationPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15', 0)).toBe('other');
    expect(navigationPlatform('Mozilla/5.0 (X11; Linux x86_64) Chrome/131')).toBe('other');
  });
});

describe('navigationLink', () => {
  it('opens the phone’s navigation at the place', () => {
    expect(navigationLink(PLACE, 'Rue de la Station 12', 'android')).toBe(
      'geo:50.580612,4.068946?q=50.580612%2C4.068946(Rue%20de%20la%20Station%2012)',
    );
    expect(navigationLink(PLACE, 'Rue de la Station 12', 'ios')).toBe(
      'https://maps.apple.com/?daddr=50.580612,4.068946&q=Rue%20de%20la%20Station%2012&dirflg=d',
    );
    expect(navigationLink(PLACE, '', 'other')).toBe(
      'https://www.openstreetmap.org/directions?route=%3B50.580612%2C4.068946#map=17/50.580612/4.068946',
    );
  });
});
