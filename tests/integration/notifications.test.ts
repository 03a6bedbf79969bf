import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { demoPassword, eventually, localDataDir } from '../support/local-env.js';
import { confirmAddress, isConfirmationMail } from '../support/mail-confirmation.js';

/** The outbox of the platform started by global-setup (the stream poller runs unless TANDEM_IT_STREAMS=off). */
const outbox = () => join(localDataDir(), 'outbox');
/** The mails about the report to an address, the confirmation mail aside (mail-confirmation.test.ts covers it). */
function mailsTo(address: string): { id: string; subject: string; text: string; to: string }[] {
  const dir = join(localDataDir(), 'outbox');
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
      .filter((m) => m.to === address && !isConfirmationMail(m))
      // Mail ids end with the timeline item's key (TL#<time>#…): event order, whatever order they were sent in.
      .sort((a, b) => String(a.id).localeCompare(String(b.id)))
  );
}

const streamsOn = process.env.TANDEM_IT_STREAMS !== 'off';

describe.runIf(streamsOn)('the reporter is told (table stream → bus → rule → notifier → mail)', () => {
  let agent: string;
  beforeAll(async () => {
    agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
  });

  it('mails on filing, on each state change and on public updates, never for private notes', async () => {
    const email = `suivi-${crypto.randomUUID()}@example.org`;
    const created = await api('POST', '/api/soignies/reports', { body: sampleReport({ email }) });
    const code = created.body.code;
    // The address is confirmed first (docs/mail-confirmation.md): then the held filing mail goes out.
    await confirmAddress(outbox(), email, (path) => api('POST', path), code);
    await eventually(() => (mailsTo(email).length >= 1 ? true : undefined), 20_000, 'first mail');
    expect(mailsTo(email)[0].subject).toBe(`Votre signalement ${code} est bien reçu`);

    await api('POST', `/api/soignies/staff/reports/${code}/transitions`, {
      headers: auth(agent),
      body: { to: 'in_progress', version: 1, message: 'Une équipe passe jeudi.' },
    });
    await api('POST', `/api/soignies/staff/reports/${code}/updates`, {
      headers: auth(agent),
      body: { text: 'note interne', public: false, version: 2 },
    });
    await api('POST', `/api/soignies/staff/reports/${code}/updates`, {
      headers: auth(agent),
      body: { text: 'Le matériel est commandé.', public: true, version: 3 },
    });
    await api('POST', `/api/soignies/staff/reports/${code}/transitions`, { headers: auth(agent), body: { to: 'fixed', version: 4 } });

    const mails = await eventually(
      () => {
        const m = mailsTo(email);
        return m.length >= 4 ? m : undefined;
      },
      20_000,
      'four mails',
    );
    expect(mails.map((m) => m.subject)).toEqual([
      `Votre signalement ${code} est bien reçu`,
      `Votre signalement ${code} : En cours`,
      `Nouvelle information sur votre signalement ${code}`,
      `Votre signalement ${code} : Réparé`,
    ]);
    expect(mails[1].text).toContain('Une équipe passe jeudi.');
    expect(mails.map((m) => m.text).join('\n')).not.toContain('note interne');
  });

  it('mails in the language the reporter used', async () => {
    const email = `nl-${crypto.randomUUID()}@example.org`;
    const created = await api('POST', '/api/soignies/reports', { body: sampleReport({ email, locale: 'nl' }) });
    const link = await confirmAddress(outbox(), email, (path) => api('POST', path), created.body.code);
    expect(link.mail.subject).toContain('Bevestig uw e-mailadres');
    const [mail] = await eventually(
      () => {
        const m = mailsTo(email);
        return m.length ? m : undefined;
      },
      20_000,
      'Dutch mail',
    );
    expect(mail.text).toContain('Put of beschadigde weg');
    expect(mail.subject).not.toContain('Votre');
  });
});
