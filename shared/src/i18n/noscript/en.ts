import type { NoscriptKey } from './fr.js';
export const noscriptEn: Record<NoscriptKey, string> = {
  'report.noscript': 'Without JavaScript, the map and photos are not available: write the address or place of the problem.',
  'track.filed.code': 'Your tracking code is the end of this page’s address (for example ABCD-1234): note it to follow your report.',
  'collections.noscript':
    'Without JavaScript this page cannot look up your street. Turn JavaScript on or ask the commune for the calendar.',
};
