/**
 * « Mon espace », the account's own settings, in Chromium (docs/citizen-space.md): a citizen signed in with the code
 * from the outbox changes their mails and language (the space switches language), downloads a copy of their data
 * (their request in it), then deletes the account through its confirmation step, erasing their requests' personal
 * data too; the request stays, erased. axe-core (WCAG 2.1 AA) finds nothing on each new view.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WAIT, call, newPage, useBrowserSession, violations } from './browser-session.js';
import { mailedCode, signInWithCode } from './support/citizen-code.js';

useBrowserSession();

describe('« Mon espace »: my e-mails and language, a copy of my data, deleting my account', () => {
  it('saves the preferences, downloads the copy, and deletes the account after its confirmation step', async () => {
    const email = `yves-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const page = await newPage();
    await signInWithCode(page, email);

    // A request filed signed in (the token a form sends: a second sign-in of the same account).
    const { session } = await call<{ session: string }>('POST', '/api/soignies/auth/citizen/start', { email });
    const t = await call<{ idToken: string }>('POST', '/api/soignies/auth/citizen/verify', { email, session, code: mailedCode(email) });
    const description = 'Un banc cassé au parc, « dangereux » pour les enfants';
    const report = await call<{ code: string }>(
      'POST',
      '/api/soignies/reports',
      { category: 'voirie', location: { lat: 50.5795, lng: 4.0715 }, description, answers: { taille: 'moyen' }, email },
      { authorization: `Bearer ${t.idToken}` },
    );

    // My e-mails and my language.
    await page.getByTestId('prefs-form').waitFor(WAIT);
    expect(await page.getByTestId('prefs-mails-every-step').isChecked()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Seulement l’essentiel').check();
    await page.getByLabel('Nederlands').check();
    await page.getByTestId('prefs-save').click();
    await page.getByTestId('prefs-saved').waitFor(WAIT);
    // The space now speaks Dutch, and the choice is kept on the account.
    await page.getByRole('heading', { name: 'Mijn ruimte', level: 1 }).waitFor(WAIT);
    expect(await page.getByTestId('prefs-saved').textContent()).toBe('Uw voorkeuren zijn opgeslagen.');
    const kept = await call<{ mails: string; locale: string }>('GET', '/api/soignies/me/preferences', undefined, {
      authorization: `Bearer ${t.idToken}`,
    });
    expect(kept).toMatchObject({ mails: 'essential', locale: 'nl', version: 1 });
    expect(await violations(page)).toEqual([]);

    // A copy of my data: one JSON file, with my request and my own words.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('my-data-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^mes-donnees-soignies-\d{4}-\d{2}-\d{2}\.json$/);
    const copy = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(copy.account).toMatchObject({ email, preferences: { mails: 'essential', locale: 'nl' } });
    expect(copy.requests.map((r: { code: string }) => r.code)).toEqual([report.code]);
    expect(copy.requests[0].ownWords).toContainEqual(expect.objectContaining({ field: 'description', text: description }));
    expect(await violations(page)).toEqual([]);

    // Deleting my account: a confirmation step first; « Nee » closes it, nothing happens.
    await page.getByTestId('delete-start').click();
    await page.getByTestId('delete-confirm').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('delete-no').click();
    await page.getByTestId('delete-start').waitFor(WAIT);
    await page.getByTestId('delete-start').click();
    await page.getByTestId('delete-erase').check();
    await page.getByTestId('delete-yes').click();
    await page.getByTestId('account-deleted').waitFor(WAIT);
    await page.getByTestId('space-email-form').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    // The request stays, its personal data erased; the account's token no longer reads a space.
    const left = await call<{ code: string; description?: string }>('GET', `/api/soignies/reports/${report.code}`);
    expect(left.code).toBe(report.code);
    expect(left.description).not.toContain('banc cassé');
    await page.reload();
    await page.getByTestId('space-email-form').waitFor(WAIT);
  }, 120_000);
});
