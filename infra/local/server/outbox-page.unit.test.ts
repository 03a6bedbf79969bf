import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outboxHtml, readOutbox } from './outbox-page.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('local outbox', () => {
  writeFileSync(
    join(dir, 'a.json'),
    JSON.stringify({ id: 'a', to: 'x@example.org', subject: 'Ancien', text: 'premier', sentAt: '2026-01-01T10:00:00Z' }),
  );
  writeFileSync(
    join(dir, 'b.json'),
    JSON.stringify({ id: 'b', to: 'y@example.org', subject: 'Récent <b>', text: 'second & dernier', sentAt: '2026-01-02T10:00:00Z' }),
  );
  writeFileSync(join(dir, 'broken.json'), '{');

  it('lists mails newest first and skips unreadable files', () => {
    expect(readOutbox(dir).map((m) => m.id)).toEqual(['b', 'a']);
    expect(readOutbox(join(dir, 'missing'))).toEqual([]);
  });

  it('renders a French page with escaped content', () => {
    const html = outboxHtml(readOutbox(dir));
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Récent &lt;b&gt;');
    expect(html).toContain('second &amp; dernier');
    expect(html.indexOf('Récent')).toBeLessThan(html.indexOf('Ancien'));
    expect(outboxHtml([])).toContain('Aucun message');
  });

  it('makes the links clickable, escaped, so that the demo opens the confirmation link from here', () => {
    const html = outboxHtml([
      {
        id: 'c',
        to: 'z@example.org',
        subject: 'Confirmez',
        text: 'Ouvrez http://localhost:4321/soignies/confirmer/#jeton=abc_-1 puis "http://x.example/?a=1&b=<i>"',
        sentAt: '2026-01-03T10:00:00Z',
      },
    ]);
    expect(html).toContain(
      '<a href="http://localhost:4321/soignies/confirmer/#jeton=abc_-1">http://localhost:4321/soignies/confirmer/#jeton=abc_-1</a>',
    );
    expect(html).toContain('<a href="http://x.example/?a=1&amp;b=">http://x.example/?a=1&amp;b=</a>&lt;i&gt;');
  });
});
