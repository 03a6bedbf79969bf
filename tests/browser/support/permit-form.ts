/** The citizen permit form in the browser tests. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { WAIT } from '../browser-session.js';

/** « Suivant »; returns once the step changed (or the error summary showed). */
export async function nextStep(page: Page): Promise<void> {
  const before = await page.getByTestId('permit-form').getAttribute('data-step');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect
    .poll(
      async () =>
        (await page.getByTestId('permit-form').getAttribute('data-step')) !== before ||
        (await page.getByTestId('error-summary').count()) > 0,
      WAIT,
    )
    .toBe(true);
}
