/**
 * What every browser test file needs: the whole local platform and Chromium for the file's tests, French
 * pages, the staff sign-in, the API called as a client would, and axe-core's WCAG 2.1 AA findings.
 *
 *   useBrowserSession();                        // at the top of the file, before the file's own beforeAll
 *   const page = await signedIn('agent@soignies.example', '/soignies/agents/carte/', DESK);
 *   expect(await violations(page)).toEqual([]);
 *
 * `platform` and `browser` are live bindings, set once the session started: read them in hooks and tests.
 * Vitest gives every test file its own copy of this module, so each file has its own platform.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page, ViewportSize } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { startTestPlatform, type Platform } from '../support/platform.js';
import type { StartPlatformOptions } from '../../infra/local/platform.js';
import { launchChromium } from './chromium.js';
import { demoTotpCode } from '../../infra/local/provision/demo-totp.js';

/** How long to wait for the page to catch up (a wait, not a timing assertion). */
export const WAIT = { timeout: 15_000 };
export const PHONE: ViewportSize = { width: 412, height: 915 };
export const DESK: ViewportSize = { width: 1280, height: 900 };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export let platform: Platform;
export let browser: Browser;

/**
 * Starts the platform and Chromium before the file's tests (beforeAll) and stops them after (afterAll).
 * `options.clock` runs the platform from a chosen instant (set the pages' clock to it too: `page.clock`).
 */
export function useBrowserSession(options: StartPlatformOptions = {}): void {
  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform(options), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });
}

/** A page in a fresh context, in Belgian French; its uncaught errors are logged. Close it with its context. */
export async function newPage(viewport: ViewportSize = PHONE): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'fr-BE', viewport })).newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return page;
}

/** The current TOTP code of a demo admin (as /_local/totp shows it). */
export const demoCode = (username: string) => demoTotpCode(platform.paths.identity, username);

/**
 * Opens `path` (a staff page, which asks to sign in first) and signs in with the demo password, then with the
 * TOTP code for a demo admin.
 */
export async function signIn(page: Page, username: string, path = '/soignies/agents/'): Promise<void> {
  await page.goto(`${platform.url}${path}`);
  await page.getByLabel('Adresse e-mail').fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(platform.demoPassword);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  if (username.startsWith('admin@')) {
    await page.getByLabel('Code de vérification').fill(demoCode(username), WAIT);
    await page.getByRole('button', { name: 'Valider le code' }).click();
  }
}

/** A new page signed in to the staff space as `username`, at `path`. */
export async function signedIn(username: string, path = '/soignies/agents/', viewport: ViewportSize = PHONE): Promise<Page> {
  const page = await newPage(viewport);
  await signIn(page, username, path);
  return page;
}

/** The page's WCAG 2.1 AA violations (of the part matching `include`, if given), one line each: [] when none. */
export async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Calls the platform's API with a JSON body; returns the parsed answer, throws on a non-2xx status. */
export async function call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${platform.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The Authorization header of a demo staff account, signed in through the API. */
export async function token(username = 'agent@soignies.example'): Promise<Record<string, string>> {
  let t = await call<{ step: string; idToken?: string; session?: string }>('POST', '/api/soignies/auth/login', {
    username,
    password: platform.demoPassword,
  });
  if (t.step === 'totp') t = await call('POST', '/api/soignies/auth/totp', { username, session: t.session, code: demoCode(username) });
  return { authorization: `Bearer ${t.idToken}` };
}
