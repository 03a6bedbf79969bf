/**
 * The admins' « Équipe » screens in a real browser, against the whole local platform: an admin invites an agent
 * (the invitation mail with its temporary password reaches the outbox), changes their departments, disables them
 * (sign-in refused); issues an Open311 key (shown once, with its copy button; the key files a report) and revokes
 * it (refused after). Both screens pass axe-core (WCAG 2.1 AA), their forms with errors shown; agents do not see them.
 */
import { describe, expect, it } from 'vitest';
import { DESK, PHONE, WAIT, call, platform, signedIn, useBrowserSession, violations } from './browser-session.js';
import { outboxOf } from '../support/platform.js';

useBrowserSession();
const ADMIN = 'admin@soignies.example';

async function signInStatus(username: string, password: string): Promise<number> {
  const res = await fetch(`${platform.url}/api/soignies/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return res.status;
}

describe('staff admin: team', () => {
  it('an admin invites an agent, changes their department and disables them; the screen passes axe', async () => {
    const email = `nouvel-agent-${Date.now()}@soignies.example`;
    const page = await signedIn(ADMIN, '/soignies/agents/equipe/', DESK);
    await page.getByTestId('accounts-table').waitFor(WAIT);
    expect(await page.getByTestId('staff-nav-team').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('team-tab-accounts').getAttribute('aria-current')).toBe('page');
    expect(await violations(page)).toEqual([]);

    // The empty invitation: each problem named in the focused summary.
    await page.getByTestId('invite-submit').click();
    const summary = page.getByTestId('invite-errors');
    await summary.waitFor(WAIT);
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Indiquez une adresse e-mail valide, par exemple prenom.nom@commune.be.',
      'Indiquez un nom de 2 à 100 caractères.',
    ]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('invite-errors');
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Nom affiché').fill('Nouvel Agent (Travaux)');
    await page.getByTestId('invite-role-agent').check();
    await page.getByTestId('invite-departments-travaux').check();
    await page.getByTestId('invite-submit').click();
    await expect.poll(() => page.getByTestId('accounts-notice').textContent(), WAIT).toBe(`Invitation envoyée à ${email}.`);
    const row = page.locator(`[data-testid="account-row"][data-email="${email}"]`);
    await row.waitFor(WAIT);
    expect(await row.getByTestId('account-departments').locator('.cell-value').textContent()).toBe('Service Travaux');
    expect(await row.getByTestId('account-status').getAttribute('data-status')).toBe('invited');
    const mail = outboxOf(platform).find((m) => m.to === email);
    expect(mail?.subject).toContain('Votre accès à Tandem');
    expect(mail?.text).toMatch(/Mot de passe provisoire : \S+/);

    // Another department instead.
    await row.getByTestId('account-edit').click();
    const editor = page.getByTestId('account-editor');
    await editor.waitFor(WAIT);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('edit-title');
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('edit-departments-travaux').uncheck();
    await page.getByTestId('edit-departments-mobilite').check();
    await page.getByTestId('edit-submit').click();
    await expect
      .poll(() => page.getByTestId('accounts-notice').textContent(), WAIT)
      .toContain('Compte de Nouvel Agent (Travaux) enregistré');
    await expect.poll(() => row.getByTestId('account-departments').locator('.cell-value').textContent(), WAIT).toBe('Mobilité');

    // Disabling asks first; « Non » keeps the account.
    await row.getByTestId('account-edit').click();
    await page.getByTestId('account-disable').click();
    await page.getByTestId('account-disable-confirm').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('account-disable-no').click();
    expect(await row.getByTestId('account-status').getAttribute('data-enabled')).toBe('true');
    await page.getByTestId('account-disable').click();
    await page.getByTestId('account-disable-yes').click();
    await expect.poll(() => row.getByTestId('account-status').getAttribute('data-enabled'), WAIT).toBe('false');
    expect(await row.getByTestId('account-status').textContent()).toContain('Désactivé');
    const temporary = /Mot de passe provisoire : (\S+)/.exec(mail!.text)![1];
    expect(await signInStatus(email, temporary)).toBe(401);

    // The admin's own account keeps its role and cannot be disabled from here.
    const me = page.locator(`[data-testid="account-row"][data-email="${ADMIN}"]`);
    await me.getByTestId('account-edit').click();
    await editor.waitFor(WAIT);
    expect(await page.getByTestId('edit-role-agent').isDisabled()).toBe(true);
    expect(await page.getByTestId('account-disable').count()).toBe(0);
    await page.getByTestId('edit-close').click();
    await page.context().close();
  });

  it('an admin issues an Open311 key, shown once with a copy button, and revokes it; the screen passes axe on a phone', async () => {
    const application = `Appli test ${Date.now()}`;
    const page = await signedIn(ADMIN, '/soignies/agents/equipe/cles-open311/', PHONE);
    await page.getByTestId('open311-keys').waitFor(WAIT);
    await expect.poll(() => page.getByTestId('open311-keys').getAttribute('aria-busy'), WAIT).toBeNull();
    expect(await violations(page)).toEqual([]);

    await page.getByTestId('issue-key-submit').click();
    await page.getByTestId('issue-errors').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('Nom de l’application').fill(application);
    await page.getByTestId('issue-key-submit').click();
    const issued = page.getByTestId('issued-key');
    await issued.waitFor(WAIT);
    expect(await issued.textContent()).toContain('vous ne la reverrez plus');
    const key = await page.getByTestId('issued-key-value').inputValue();
    expect(key.length).toBeGreaterThan(20);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: platform.url });
    await page.getByTestId('issued-key-copy').click();
    await expect.poll(() => page.getByTestId('issued-key-copied').textContent(), WAIT).toMatch(/Clé copiée\.|La copie a échoué/);
    expect(await violations(page)).toEqual([]);

    // The key works: an Open311 client files a report with it.
    const file = (apiKey: string) =>
      fetch(`${platform.url}/api/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `api_key=${encodeURIComponent(apiKey)}&jurisdiction_id=soignies&service_code=voirie&lat=50.5794&long=4.0714&description=Un+trou+dans+la+chauss%C3%A9e&attribute[taille]=moyen`,
      });
    expect((await file(key)).status).toBe(201);

    // Hidden, it is gone for good: the list shows the application, never the key.
    await page.getByTestId('issued-key-hide').click();
    expect(await page.getByTestId('issued-key').count()).toBe(0);
    const row = page.getByTestId('key-row').filter({ hasText: application });
    await row.waitFor(WAIT);
    expect(await page.content()).not.toContain(key);

    const revoke = row.getByRole('button', { name: 'Révoquer' });
    await revoke.click();
    await row.getByRole('button', { name: 'Oui, révoquer' }).click();
    await expect.poll(() => page.getByTestId('keys-notice').textContent(), WAIT).toBe(`La clé de ${application} est révoquée.`);
    expect(await page.getByTestId('key-row').filter({ hasText: application }).count()).toBe(0);
    expect((await file(key)).status).toBe(403);
    await page.context().close();
  });

  it('agents see no « Équipe » and are refused its page', async () => {
    const page = await signedIn('agent@soignies.example', '/soignies/agents/equipe/', DESK);
    await page.getByTestId('staff-forbidden').waitFor(WAIT);
    expect(await page.getByTestId('staff-nav-team').count()).toBe(0);
    const t = await call<{ idToken: string }>('POST', '/api/soignies/auth/login', {
      username: 'agent@soignies.example',
      password: platform.demoPassword,
    });
    const res = await fetch(`${platform.url}/api/soignies/staff/accounts`, { headers: { authorization: `Bearer ${t.idToken}` } });
    expect(res.status).toBe(403);
    await page.context().close();
  });
});
