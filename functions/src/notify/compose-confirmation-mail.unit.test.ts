import { describe, expect, it } from 'vitest';
import { CommuneConfig, LOCALES, MAIL_CONFIRMATION_DAYS } from '@tandem/shared';
import soignies from '../../../infra/communes/soignies.json' with { type: 'json' };
import { composeConfirmationMail } from './compose-confirmation-mail.js';

const config = CommuneConfig.parse(soignies);
const token = 'A'.repeat(43);

describe('the confirmation mail', () => {
  it('is fixed text: the commune, the kind of request, the code, the confirmation and tracking links', () => {
    const m = composeConfirmationMail({ kind: 'report', code: 'ABCD-1234', locale: 'fr' }, token, config, 'https://x.example');
    expect(m.subject).toBe('Confirmez votre adresse e-mail — Soignies');
    expect(m.text).toContain('La commune de Soignies a reçu un signalement (code de suivi ABCD-1234)');
    expect(m.text).toContain(`https://x.example/soignies/confirmer/#jeton=${token}`);
    expect(m.text).toContain(`(valable ${MAIL_CONFIRMATION_DAYS} jours)`);
    expect(m.text).toContain('https://x.example/soignies/suivi/ABCD-1234/');
    expect(m.text).not.toMatch(/\{\w+\}/);
  });
  it('links a permit request to its own tracking page, in the requester’s language', () => {
    for (const locale of LOCALES) {
      const m = composeConfirmationMail({ kind: 'permit', code: 'WXYZ-2345', locale }, token, config, 'https://x.example');
      expect(m.text).toContain('https://x.example/soignies/demandes/suivi/WXYZ-2345/');
      expect(m.text).not.toMatch(/\{\w+\}/);
      if (locale !== 'fr') expect(m.subject).not.toContain('Confirmez');
    }
    expect(composeConfirmationMail({ kind: 'permit', code: 'WXYZ-2345', locale: 'nl' }, token, config, '').text).toContain(
      'een vergunningsaanvraag',
    );
  });
  it('says what a subscription is for, without a tracking code nor « Suivre la demande »', () => {
    for (const locale of LOCALES) {
      for (const kind of ['works', 'collections'] as const) {
        const m = composeConfirmationMail({ kind, code: 'zone-centre', locale }, token, config, 'https://x.example');
        // The code is only in the page's address (a works site's own page), never said as a tracking code.
        expect(m.text.split('zone-centre')).toHaveLength(kind === 'works' ? 2 : 1);
        expect(m.text).toContain(`https://x.example/soignies/confirmer/#jeton=${token}`);
        expect(m.text).not.toMatch(/\{\w+\}/);
      }
    }
    const fr = composeConfirmationMail({ kind: 'collections', code: 'zone-centre', locale: 'fr' }, token, config, 'https://x.example').text;
    expect(fr).toContain('une inscription pour recevoir un rappel la veille de chaque collecte des déchets de votre zone');
    expect(fr).not.toMatch(/code de suivi|Suivre la demande/);
    expect(fr).toContain('Voir la page : https://x.example/soignies/collectes/');
  });
});
