/**
 * The citizen's optional password in Chromium (docs/citizen-space.md): signed in with the e-mail code from the
 * local outbox, « Choisir un mot de passe » with the rules listed before typing and ticked off while typing, the
 * show/hide button, signed out, then signed in with the password on the sign-in page's second way; afterwards the
 * space offers « Changer mon mot de passe ». axe-core (WCAG 2.1 AA) finds nothing on each new view.
 */
import { describe, expect, it } from 'vitest';
import { WAIT, newPage, useBrowserSession, violations } from './browser-session.js';
import { signInWithCode } from './support/citizen-code.js';

useBrowserSession();

describe('« Mon espace »: a password for those who prefer one', () => {
  it('chooses a password after a code sign-in, then signs in with it', async () => {
    const email = `yves-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const password = 'Mon-Secret-2026';
    const page = await newPage();
    await signInWithCode(page, email);

    // No password yet: « Choisir », the rules listed before anything is typed.
    await page.locator('[data-testid="space-password-state"][data-has-password="false"]').waitFor(WAIT);
    await page.getByRole('button', { name: 'Choisir un mot de passe' }).click();
    await page.getByTestId('space-password-form').waitFor(WAIT);
    expect(await page.getByTestId('password-rules').textContent()).toContain('au moins 12 caractères');
    const field = page.getByLabel('Nouveau mot de passe');
    expect(await field.getAttribute('autocomplete')).toBe('new-password');
    expect(await field.getAttribute('type')).toBe('password');
    expect(await violations(page)).toEqual([]);

    // A password that misses rules is refused next to the field; the rules met are said so.
    await field.fill('court');
    expect(await page.locator('[data-rule="lowercase"]').getAttribute('data-met')).toBe('true');
    expect(await page.locator('[data-rule="min-length"]').getAttribute('data-met')).toBe('false');
    await page.getByTestId('space-password-save').click();
    await page.getByText('ne respecte pas encore toutes les règles').first().waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    // Shown, to check it, then saved.
    await field.fill(password);
    await page.getByTestId('space-password-new-toggle').click();
    expect(await field.getAttribute('type')).toBe('text');
    expect(await page.getByTestId('space-password-new-toggle').textContent()).toBe('Masquer le mot de passe');
    await page.getByTestId('space-password-save').click();
    await page.getByText('Votre mot de passe est enregistré').waitFor(WAIT);
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    // Signed out, then in again with the password (the code form stays the first way).
    await page.getByTestId('space-sign-out').click();
    await page.getByTestId('space-email-form').waitFor(WAIT);
    const open = page.getByTestId('space-password-open');
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.click();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const form = page.getByTestId('space-password-sign-in-form');
    await form.waitFor(WAIT);
    expect(await form.getByLabel('Mot de passe', { exact: true }).getAttribute('autocomplete')).toBe('current-password');
    expect(await violations(page)).toEqual([]);

    // A wrong password: one message, which does not say whether the address has an account.
    await form.getByLabel('Votre adresse e-mail').fill(email);
    await form.getByLabel('Mot de passe', { exact: true }).fill('Pas-Le-Bon-2026');
    await page.getByTestId('space-password-sign-in').click();
    await page.getByText('L’adresse e-mail ou le mot de passe n’est pas le bon').first().waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    await form.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByTestId('space-password-sign-in').click();
    await page.getByTestId('space-signed-in').waitFor(WAIT);
    expect(await page.getByTestId('space-signed-in').textContent()).toContain(email);
    await page.locator('[data-testid="space-password-state"][data-has-password="true"]').waitFor(WAIT);
    await page.close();
  });
});
