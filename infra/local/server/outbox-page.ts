/** The local outbox: the mails the notifier "sent" (MAIL_TRANSPORT=outbox), as JSON and as a French page. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OutboxMail {
  id: string;
  to: string | string[];
  from?: string;
  subject: string;
  text: string;
  sentAt: string;
  [extra: string]: unknown;
}

/** Every mail in the outbox directory, newest first. Unreadable files are skipped. */
export function readOutbox(dir: string): OutboxMail[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const mails: OutboxMail[] = [];
  for (const f of files) {
    try {
      const m = JSON.parse(readFileSync(join(dir, f), 'utf8')) as OutboxMail;
      if (m && typeof m === 'object') mails.push({ ...m, id: m.id ?? f.replace(/\.json$/, '') });
    } catch {
      /* a file still being written */
    }
  }
  return mails.sort((a, b) => String(b.sentAt ?? '').localeCompare(String(a.sentAt ?? '')));
}

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Links in an escaped text become clickable (the confirmation link, the tracking links): the demo opens them from here.
 * A link ends at a space or at an escaped character other than &amp; (quotes, angle brackets).
 */
const linkify = (escaped: string) => escaped.replace(/https?:\/\/(?:[^\s<&]|&amp;)+/g, (url) => `<a href="${url}">${url}</a>`);

function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return esc(iso);
  return new Intl.DateTimeFormat('fr-BE', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Europe/Brussels' }).format(d);
}

export function outboxHtml(mails: OutboxMail[]): string {
  const items = mails
    .map(
      (m) => `
    <li>
      <article aria-labelledby="m-${esc(m.id)}">
        <h2 id="m-${esc(m.id)}">${esc(m.subject)}</h2>
        <dl>
          <dt>À</dt><dd>${esc(Array.isArray(m.to) ? m.to.join(', ') : m.to)}</dd>
          ${m.from ? `<dt>De</dt><dd>${esc(m.from)}</dd>` : ''}
          <dt>Envoyé le</dt><dd><time datetime="${esc(m.sentAt)}">${formatDate(m.sentAt)}</time></dd>
        </dl>
        <pre>${linkify(esc(m.text))}</pre>
      </article>
    </li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Boîte d’envoi locale — Tandem</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #f6f6f4; }
  header, main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.6rem; margin: .5rem 0; }
  ol { list-style: none; padding: 0; }
  article { background: #fff; border: 1px solid #c8c8c8; border-radius: .4rem; padding: 1rem; margin: 0 0 1rem; }
  h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 .5rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  pre { white-space: pre-wrap; font: inherit; background: #f0f0ee; padding: .75rem; border-radius: .3rem; margin: 0; }
  a { color: #0b4f8a; }
</style>
</head>
<body>
<header>
  <h1>Boîte d’envoi locale</h1>
  <p>Les e-mails que Tandem aurait envoyés, du plus récent au plus ancien (${mails.length} message${mails.length > 1 ? 's' : ''}).
  Rechargez la page pour voir les nouveaux. Aussi en <a href="/_local/outbox.json">JSON</a>.</p>
</header>
<main>
  ${mails.length ? `<ol aria-label="Messages envoyés">${items}</ol>` : '<p>Aucun message envoyé pour l’instant.</p>'}
</main>
</body>
</html>`;
}
