/**
 * Tests that expect mails to a citizen confirm the address first, as the citizen would: read the
 * confirmation link from the outbox (the only mail the address gets before that) and open it.
 */
import { readOutbox, type OutboxMail } from '../../infra/local/server/outbox-page.js';

/** The tag the notifier puts on confirmation mails (functions/src/notify/send-when-confirmed.ts). */
export const CONFIRMATION_MAIL_KIND = 'mail_confirmation';

export const isConfirmationMail = (m: object) => (m as { tags?: Record<string, string> }).tags?.kind === CONFIRMATION_MAIL_KIND;

export interface ConfirmationLink {
  mail: OutboxMail;
  /** The page the mail links to, e.g. http://localhost:4321/soignies/confirmer/#jeton=… */
  url: string;
  commune: string;
  token: string;
  /** What the page calls: POST /api/{commune}/confirmations/{token}. */
  apiPath: string;
}

const LINK = /(https?:\/\/\S+?)\/([a-z0-9-]+)\/confirmer\/#jeton=([A-Za-z0-9_-]+)/;

/** The newest confirmation link sent to `to` (for the request `code`, if given), or undefined. */
export function confirmationLink(outboxDir: string, to: string, code?: string): ConfirmationLink | undefined {
  const mail = readOutbox(outboxDir).find(
    (m) => m.to === to && isConfirmationMail(m) && (!code || (m.tags as Record<string, string>).code === code),
  );
  const found = mail && LINK.exec(mail.text);
  if (!mail || !found) return undefined;
  const [url, , commune, token] = found;
  return { mail, url, commune, token, apiPath: `/api/${commune}/confirmations/${token}` };
}

/** Waits for the confirmation link, then opens it through `post` (the API in-process, or over HTTP). */
export async function confirmAddress(
  outboxDir: string,
  to: string,
  post: (path: string) => Promise<{ status: number }>,
  code?: string,
  timeoutMs = 20_000,
): Promise<ConfirmationLink> {
  const until = Date.now() + timeoutMs;
  let link = confirmationLink(outboxDir, to, code);
  while (!link) {
    if (Date.now() > until) throw new Error(`no confirmation mail to ${to}${code ? ` for ${code}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
    link = confirmationLink(outboxDir, to, code);
  }
  const res = await post(link.apiPath);
  if (res.status !== 200) throw new Error(`confirming ${to}: HTTP ${res.status}`);
  return link;
}
