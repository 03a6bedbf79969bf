/**
 * The staff sign-in steps in a real browser against the whole local platform: an invited agent chooses a
 * password; an admin without TOTP sets up an authenticator (QR code, key) and signs in with its code, then
 * passes the TOTP challenge next time; the ID token is in memory only (a reload refreshes it from the HttpOnly
 * cookie); sign-out revokes the refresh token, so the cookie it had no longer refreshes.
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_GROUPS, STAFF_AUTH_HEADER, STAFF_CUSTOM_ATTRIBUTES, STAFF_REFRESH_COOKIE, type StaffRole } from '@tandem/shared';
import { totpCode } from '../../functions/src/auth/totp.js';
import { DESK, WAIT, newPage, platform, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

const PASSWORD = 'Mon-Nouveau-Passe-7';
let cognito: CognitoIdentityProviderClient;

beforeAll(() => {
  cognito = new CognitoIdentityProviderClient({
    region: 'eu-west-1',
    endpoint: platform.services.cognito.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});
afterAll(() => cognito?.destroy());

async function createAccount(role: StaffRole, password: string, temporary: boolean): Promise<string> {
  const UserPoolId = platform.identities.soignies.staffPoolId;
  const username = `${role}-${Date.now().toString(36)}@soignies.example`;
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      TemporaryPassword: password,
      UserAttributes: [
        { Name: 'email', Value: username },
        { Name: 'email_verified', Value: 'true' },
        { Name: `custom:${STAFF_CUSTOM_ATTRIBUTES.commune}`, Value: 'soignies' },
        { Name: `custom:${STAFF_CUSTOM_ATTRIBUTES.displayName}`, Value: `Test ${role}` },
      ],
    }),
  );
  if (!temporary)
    await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: username, Password: password, Permanent: true }));
  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: username, GroupName: ROLE_GROUPS[role] }));
  return username;
}

async function passwordStep(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${platform.url}/soignies/agents/`);
  await page.getByLabel('Adresse e-mail').fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

const signedInBar = (page: Page) => page.getByRole('button', { name: 'Se déconnecter' });

describe('staff sign-in steps', () => {
  it('an invited agent chooses a password at the first sign-in', async () => {
    const username = await createAccount('agent', 'Provisoire-2026', true);
    const page = await newPage(DESK);
    await passwordStep(page, username, 'Provisoire-2026');
    await page.getByRole('heading', { name: 'Choisissez votre mot de passe' }).waitFor(WAIT);
    const field = page.getByLabel('Nouveau mot de passe');
    expect(await field.getAttribute('autocomplete')).toBe('new-password');
    expect(await violations(page)).toEqual([]);

    await field.fill('court');
    await page.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
    // The policy is checked before sending; the summary is announced (role="alert") and names the field.
    const summary = page.getByTestId('new-password-errors');
    await summary.waitFor(WAIT);
    expect(await summary.getAttribute('role')).toBe('alert');

    await field.fill(PASSWORD);
    await page.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
    await signedInBar(page).waitFor(WAIT);
    await page.context().close();
  });

  it('an admin sets up TOTP, signs in with its code, stays signed in on reload, and sign-out revokes the refresh token', async () => {
    const username = await createAccount('admin', PASSWORD, false);
    const page = await newPage(DESK);
    await passwordStep(page, username, PASSWORD);
    await page.getByRole('heading', { name: 'Configurez votre application d’authentification' }).waitFor(WAIT);
    await page.getByTestId('totp-qr').waitFor(WAIT);
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await page.getByRole('link', { name: /application d’authentification de cet appareil/ }).getAttribute('href')).toContain(
      `secret=${secret}`,
    );
    const code = page.getByLabel('Code de vérification');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await violations(page)).toEqual([]);

    // A wrong code: the server says so, the summary is announced and the field named.
    const now = totpCode(secret, Date.now());
    await code.fill(now === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Activer et se connecter' }).click();
    await page.getByTestId('totp-setup-errors').getByText('Ce code n’est pas le bon').first().waitFor(WAIT);
    expect(await code.getAttribute('aria-invalid')).toBe('true');

    await code.fill(totpCode(secret, Date.now()));
    await page.getByRole('button', { name: 'Activer et se connecter' }).click();
    await signedInBar(page).waitFor(WAIT);

    // Nothing of the session in storage; the refresh token only in an HttpOnly cookie scoped to the auth routes.
    expect(await page.evaluate(() => `${JSON.stringify(sessionStorage)}${JSON.stringify(localStorage)}`)).not.toMatch(/eyJ/);
    expect(await page.evaluate(() => document.cookie)).not.toContain(STAFF_REFRESH_COOKIE);
    const cookie = (await page.context().cookies()).find((c) => c.name === STAFF_REFRESH_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/soignies/auth/' });

    // A reload keeps the session: the page gets a new ID token from the cookie.
    await page.reload();
    await signedInBar(page).waitFor(WAIT);

    const signedOut = page.waitForResponse((r) => r.url().endsWith('/auth/sign-out'));
    await signedInBar(page).click();
    expect((await signedOut).status()).toBe(204);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor(WAIT);
    const refresh = await fetch(`${platform.url}/api/soignies/auth/refresh`, {
      method: 'POST',
      headers: { cookie: `${STAFF_REFRESH_COOKIE}=${cookie.value}`, [STAFF_AUTH_HEADER]: '1' },
    });
    expect(refresh.status).toBe(401);
    await page.reload();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor(WAIT);

    // Next time: the TOTP challenge (the next step's code: the set-up's code is accepted only once).
    await passwordStep(page, username, PASSWORD);
    await page.getByRole('button', { name: 'Valider le code' }).waitFor(WAIT);
    await page.getByLabel('Code de vérification').fill(totpCode(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await signedInBar(page).waitFor(WAIT);
    await page.context().close();
  });
});
