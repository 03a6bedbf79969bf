/** « Mon espace » in the browser tests: the e-mail codes read from the local outbox, and the sign-in with one. */
import type { Page } from 'playwright-core';
import { readOutbox } from '../../../infra/local/server/outbox-page.js';
import { WAIT, platform } from '../browser-session.js';

/** The code of the newest mail of this kind to this address (`citizen-code`: a sign-in; `citizen-attach`: attaching a request). */
export function mailedCode(email: string, kind = 'citizen-code'): string {
  const mails = readOutbox(platform.paths.outbox)
    .filter((m) => m.to === email && (m.tags as Record<string, string> | undefined)?.kind === kind)
    .sort((a, b) => String(a.sentAt).localeCompare(String(b.sentAt)));
  const code = /\b(\d{6,8})\b/.exec(mails.at(-1)?.text ?? '')?.[1];
  if (!code) throw new Error(`no ${kind} mail to ${email}`);
  return code;
}

/** Signs in on « Mon espace » with the code mailed to `email` (a new address signs up). */
export async function signInWithCode(page: Page, email: string): Promise<void> {
  await page.goto(`${platform.url}/soignies/mon-espace/`);
  await page.getByLabel('Votre adresse e-mail').fill(email);
  await page.getByTestId('space-send-code').click();
  await page.getByTestId('space-code-form').waitFor(WAIT);
  await page.getByLabel('Code reçu par e-mail').fill(mailedCode(email));
  await page.getByTestId('space-sign-in').click();
  await page.getByTestId('space-signed-in').waitFor(WAIT);
}
