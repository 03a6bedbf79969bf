/**
 * « Y aller »: a link that opens the phone's own navigation at a place. Android hands `geo:` to the maps app the
 * worker chose; iOS opens Apple Maps from its https link; anything else gets OpenStreetMap's directions page.
 */
import type { LatLng } from '../geo.js';

export type NavigationPlatform = 'android' | 'ios' | 'other';

/** Which kind of phone a user agent is (iPadOS 13+ says "Macintosh" but has touch: `touchPoints` tells). */
export function navigationPlatform(userAgent: string, touchPoints = 0): NavigationPlatform {
  if (/Android/i.test(userAgent)) return 'android';
  if (/iPhone|iPad|iPod/i.test(userAgent) || (/Macintosh/i.test(userAgent) && touchPoints > 1)) return 'ios';
  return 'other';
}

const coord = (n: number) => String(Math.round(n * 1e6) / 1e6);

export function navigationLink(to: LatLng, label: string, platform: NavigationPlatform): string {
  const lat = coord(to.lat);
  const lng = coord(to.lng);
  const name = label.trim();
  if (platform === 'android') return `geo:${lat},${lng}?q=${encodeURIComponent(`${lat},${lng}${name ? `(${name})` : ''}`)}`;
  if (platform === 'ios') return `https://maps.apple.com/?daddr=${lat},${lng}${name ? `&q=${encodeURIComponent(name)}` : ''}&dirflg=d`;
  return `https://www.openstreetmap.org/directions?route=%3B${lat}%2C${lng}#map=17/${lat}/${lng}`;
}
