import { describe, expect, it } from 'vitest';
import { readOutbox } from './server/outbox-page.js';
import { eventually, localDataDir, localUrl } from '../../tests/support/local-env.js';
import { join } from 'node:path';
import { confirmAddress } from '../../tests/support/mail-confirmation.js';

describe('the platform end to end (HTTP → handler → table stream → poller → bus → notifier)', () => {
  it('e-mails the reporter when a report is filed through the local server', async () => {
    const email = `e2e-${Date.now()}@example.org`;
    const res = await fetch(`${localUrl()}/api/soignies/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'eclairage',
        location: { lat: 50.5794, lng: 4.0716 },
        address: 'Grand-Place, 7060 Soignies',
        description: 'Le lampadaire devant la collégiale clignote toute la nuit.',
        email,
      }),
    });
    expect(res.status).toBe(201);
    const { code } = (await res.json()) as { code: string };
    const mail = await eventually(
      () => readOutbox(join(localDataDir(), 'outbox')).find((m) => m.to === email),
      20_000,
      'the confirmation mail',
    );
    expect(`${mail.subject}\n${mail.text}`).toContain(code);
    // The first mail asks to confirm the address; opening its link over HTTP lets the filing mail go out.
    const link = await confirmAddress(
      join(localDataDir(), 'outbox'),
      email,
      (path) => fetch(`${localUrl()}${path}`, { method: 'POST' }),
      code,
    );
    expect(link.mail.id).toBe(mail.id);
    const filed = await eventually(
      () =>
        readOutbox(join(localDataDir(), 'outbox')).find((m) => m.to === email && m.subject === `Votre signalement ${code} est bien reçu`),
      20_000,
      'the filing mail',
    );
    expect(filed.text).toContain(`/soignies/suivi/${code}/`);
    const listed = (await (await fetch(`${localUrl()}/_local/outbox.json`)).json()) as { to: string }[];
    expect(listed.some((m) => m.to === email)).toBe(true);
  });
});
