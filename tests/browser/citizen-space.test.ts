/**
 * « Mon espace » in Chromium (docs/citizen-space.md): from the header link, a new citizen signs up with the e-mail
 * code read from the local outbox; a report and a permit request filed signed in appear newest first; an older
 * request filed before the account is attached with its tracking code and the mailed code; « Se déconnecter »
 * signs out. axe-core (WCAG 2.1 AA) finds nothing on each view.
 */
import { describe, expect, it } from 'vitest';
import { occupationDetails, requester } from '../integration/permit-fixtures.js';
import { WAIT, call, newPage, platform, useBrowserSession, violations } from './browser-session.js';
import { mailedCode } from './support/citizen-code.js';

useBrowserSession();

/** A second sign-in of the same account through the API: the token a form would send. */
async function apiToken(email: string): Promise<Record<string, string>> {
  const { session } = await call<{ session: string }>('POST', '/api/soignies/auth/citizen/start', { email });
  const t = await call<{ idToken: string }>('POST', '/api/soignies/auth/citizen/verify', {
    email,
    session,
    code: mailedCode(email, 'citizen-code'),
  });
  return { authorization: `Bearer ${t.idToken}` };
}

describe('« Mon espace »', () => {
  it('signs up with the e-mail code, lists my requests newest first, attaches an older one, signs out', async () => {
    const email = `zoe-${crypto.randomUUID().slice(0, 8)}@example.org`;
    // Filed before the account existed, with the same address.
    const older = await call<{ code: string }>('POST', '/api/soignies/reports', {
      category: 'voirie',
      location: { lat: 50.5794, lng: 4.0714 },
      description: 'Un lampadaire éteint depuis une semaine',
      answers: { taille: 'moyen' },
      email,
    });

    const page = await newPage();
    await page.goto(`${platform.url}/soignies/`);
    await page.getByRole('link', { name: 'Mon espace' }).first().click();
    await page.getByRole('heading', { name: 'Mon espace', level: 1 }).waitFor(WAIT);
    await page.getByTestId('space-email-form').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('Votre adresse e-mail').fill(email);
    await page.getByTestId('space-send-code').click();
    await page.getByTestId('space-code-form').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    // A wrong code is said next to the field.
    const code = mailedCode(email, 'citizen-code');
    await page.getByLabel('Code reçu par e-mail').fill(code === '00000000' ? '11111111' : '00000000');
    await page.getByTestId('space-sign-in').click();
    await page.getByText('Ce code n’est pas le bon').first().waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Code reçu par e-mail').fill(code);
    await page.getByTestId('space-sign-in').click();
    await page.getByTestId('space-signed-in').waitFor(WAIT);
    expect(await page.getByTestId('space-signed-in').textContent()).toContain(email);
    await page.getByTestId('space-empty').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    // Two requests filed signed in (the token a form sends), the permit last.
    const auth = await apiToken(email);
    const report = await call<{ code: string }>(
      'POST',
      '/api/soignies/reports',
      {
        category: 'voirie',
        location: { lat: 50.5795, lng: 4.0715 },
        description: 'Nid-de-poule rue de la Station',
        answers: { taille: 'moyen' },
        email,
      },
      auth,
    );
    await new Promise((r) => setTimeout(r, 5)); // two distinct instants
    const permit = await call<{ code: string }>(
      'POST',
      '/api/soignies/permits',
      { kind: 'occupation', details: occupationDetails(), requester: requester({ email }), submit: false },
      auth,
    );
    await page.reload();
    await page.getByTestId('space-requests').waitFor(WAIT);
    const codes = () => page.getByTestId('space-request').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(await codes()).toEqual([permit.code, report.code]);
    expect(await page.getByTestId('space-request').first().textContent()).toContain('Brouillon : terminez et envoyez votre demande.');
    expect(await page.getByRole('link', { name: `Suivre la demande ${report.code}` }).getAttribute('href')).toBe(
      `/soignies/suivi/${report.code}/`,
    );
    expect(await violations(page)).toEqual([]);

    // The older request, attached with its tracking code and the code mailed to its address.
    await page.getByLabel('Code de suivi').fill(older.code.toLowerCase());
    await page.getByTestId('attach-send').click();
    await page.getByTestId('attach-code-form').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Code reçu par e-mail').fill(mailedCode(email, 'citizen-attach'));
    await page.getByTestId('attach-confirm').click();
    await page.getByTestId('attach-done').waitFor(WAIT);
    await page.locator(`[data-testid="space-request"][data-code="${older.code}"]`).waitFor(WAIT);
    expect(await codes()).toEqual([permit.code, report.code, older.code]);
    expect(await violations(page)).toEqual([]);

    await page.getByTestId('space-sign-out').click();
    await page.getByTestId('space-email-form').waitFor(WAIT);
    await page.reload();
    await page.getByTestId('space-email-form').waitFor(WAIT);
  }, 120_000);
});
