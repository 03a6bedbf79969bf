/** What the public map's browser tests share: reaching an element by keyboard alone, and a browser without WebGL. */
import type { Page } from 'playwright-core';

/** Presses Tab until the focus is on an element matching `selector` (keyboard only, no click). */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => Boolean(document.activeElement?.matches(s)), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The page's canvases give no WebGL context (an old phone, WebGL turned off): the map cannot start. */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    // @ts-expect-error narrowing the overloads is not the point here
    HTMLCanvasElement.prototype.getContext = function (type: string, ...rest: unknown[]) {
      return /webgl/.test(type) ? null : original.call(this, type as '2d', ...(rest as []));
    };
  });
}
