/**
 * For the tests only: sample inputs of the permit documents; reading PDFs back (pdf.js, jsQR) is in
 * functions/src/documents/pdf-reading.test-support.ts, re-exported here.
 */
import type { PermitDocumentInput } from './document-input.js';

export * from '../../documents/pdf-reading.test-support.js';

export const TRACKING_URL = 'https://tandem.example/soignies/suivi/ABCD-1234';

export function sampleInput(overrides: Partial<PermitDocumentInput['permit']> = {}): PermitDocumentInput {
  return {
    commune: {
      id: 'soignies',
      name: 'Ville de Soignies',
      email: 'autorisations@soignies.example',
      website: 'www.soignies.example',
      branding: { primary: '#0b5394', primaryText: '#ffffff', accent: '#f1c232', logoText: 'S' },
    },
    permit: {
      code: 'ABCD-1234',
      reference: 'EV-2026-0007',
      kind: 'event',
      title: 'Fête de la musique au kiosque',
      holder: { name: 'Marie Dubois-Lenoir', organisation: 'Comité des fêtes de Neufvilles' },
      period: { start: '2026-05-12', end: '2026-05-13', startTime: '07:00', endTime: '18:00' },
      place: {
        label: 'Grand-Place, 7060 Soignies',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [4.0705, 50.579],
              [4.0722, 50.5791],
              [4.072, 50.5799],
              [4.0704, 50.5797],
              [4.0705, 50.579],
            ],
          ],
        },
      },
      summary: ['Public attendu : 1 200 personnes', 'Besoins : fermeture de voirie, scène'],
      conditions: [
        'Les voies de secours restent libres sur une largeur de 4 mètres en permanence.',
        'La musique amplifiée cesse à 23 h.',
        'Le site est rendu propre le lendemain avant 10 h.',
      ],
      fee: 2500,
      decision: { outcome: 'approved_with_conditions', at: '2026-04-20', college: { date: '2026-04-17', reference: 'CC-2026-0412' } },
      issuedAt: '2026-04-21',
      ...overrides,
    },
    trackingUrl: TRACKING_URL,
  };
}
