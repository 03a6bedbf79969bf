/**
 * « Se connecter avec itsme ou la carte d’identité » in Chromium (docs/citizen-federation.md): on Soignies' « Mon
 * espace » (its config has the block; the local platform runs the FAS stand-in), the button takes the citizen to
 * the stand-in's login page, which sends them back to the return page, which opens their space signed in. A
 * sign-in cancelled at the provider, or a return without a sign-in begun, is said plainly. axe finds nothing on our
 * views (the stand-in's own page is not ours). Braine-le-Comte, without the block, shows no button.
 */
import { describe, expect, it } from 'vitest';
import { WAIT, newPage, platform, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

describe('« Mon espace » with itsme or the identity card', () => {
  it('signs in through the stand-in and comes back signed in', async () => {
    const email = `lea-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/mon-espace/`);
    const button = page.getByRole('button', { name: 'Se connecter avec itsme ou la carte d’identité' });
    await button.waitFor(WAIT);
    await page.getByTestId('space-email-form').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    await button.click();
    // The stand-in's development login page (any password).
    await page.waitForURL((u) => u.origin === platform.oidcStandIn?.issuer, WAIT);
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('démo');
    await page.locator('button[type="submit"]').click();

    await page.waitForURL(`${platform.url}/soignies/mon-espace/`, WAIT);
    await page.getByTestId('space-signed-in').waitFor(WAIT);
    expect(await page.getByTestId('space-signed-in').textContent()).toContain(email);
    expect(await violations(page)).toEqual([]);
  });

  it('says plainly when the sign-in was cancelled or was not begun here', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/mon-espace/retour/?error=access_denied&state=x`);
    await page.getByText('La connexion a été annulée').waitFor(WAIT);
    expect(page.url()).toBe(`${platform.url}/soignies/mon-espace/retour/`);
    expect(await violations(page)).toEqual([]);

    await page.goto(`${platform.url}/soignies/mon-espace/retour/?code=abc&state=${'s'.repeat(43)}`);
    await page.getByTestId('federation-error').waitFor(WAIT);
    expect(await page.getByTestId('federation-error').textContent()).toContain('n’est plus valable');
    await page.getByRole('link', { name: 'Retour à mon espace' }).click();
    await page.getByTestId('space-email-form').waitFor(WAIT);
  });

  it('shows no button where the commune has no such sign-in', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/braine-le-comte/mon-espace/`);
    await page.getByTestId('space-email-form').waitFor(WAIT);
    expect(await page.getByTestId('space-federation').count()).toBe(0);
  });
});
