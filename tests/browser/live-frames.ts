/** What the live tests read of a page's WebSocket: the frames it receives, and whether a topic was subscribed. */
import type { Page } from 'playwright-core';

/** The frames the page's sockets receive, from now on (register before the page opens its socket). */
export function framesOf(page: Page): string[] {
  const got: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => got.push(String(f.payload))));
  return got;
}

/** The socket answered « subscribed » to this topic. */
export const subscribed = (frames: string[], topic: string) =>
  frames.some((f) => f.includes('"type":"subscribed"') && f.includes(`"topic":"${topic}"`));
