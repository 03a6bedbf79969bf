/**
 * The commune cannot be made to e-mail anyone's words to anyone (docs/mail-confirmation.md): filing sends one
 * fixed-text confirmation mail, other mails wait for the address to be confirmed, the link works once (a retry
 * is harmless) and not after it expired, and departments never get the public's words.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, MAIL_CONFIRMATION_DAYS } from '@tandem/shared';
import { inInvocation } from '../../functions/src/lib/tenant.js';
import { clock, clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { addressHash } from '../../functions/src/notify/mail-address.js';
import { getAddressRequest } from '../../functions/src/notify/mail-confirmation-store.js';
import { notifyReporter } from '../../functions/src/notify/notify-reporter.js';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { DEMO_OPEN311_KEY } from '../../infra/local/provision/open311-demo-key.js';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { demoPassword, eventually, localDataDir } from '../support/local-env.js';
import { confirmationLink, isConfirmationMail } from '../support/mail-confirmation.js';
import { eventDetails, requester, tinyPdf, uploadDocument } from './permit-fixtures.js';

const SCAM = 'Votre taxe est impayée : réglez-la sur https://arnaque.example/payer';
const outbox = () => join(localDataDir(), 'outbox');
const mailsTo = (to: string) => readOutbox(outbox()).filter((m) => m.to === to);
const everything = (ms: { subject: string; text: string }[]) => ms.map((m) => `${m.subject}\n${m.text}`).join('\n');
const linkFor = (to: string, code: string) => eventually(() => confirmationLink(outbox(), to, code), 20_000, `confirmation mail to ${to}`);
/** The notifier has taken the event at `timelineId` into account (held it, or a newer one). */
const heldAtLeast = (commune: string, to: string, kind: 'report' | 'permit', code: string, timelineId: string) =>
  eventually(
    async () => {
      const r = await getAddressRequest({ commune, addressHash: addressHash(to), kind, code });
      return r?.heldTimelineId && r.heldTimelineId >= timelineId ? r : undefined;
    },
    20_000,
    'the mail held',
  );

const streamsOn = process.env.TANDEM_IT_STREAMS !== 'off';
afterEach(() => setClock());

describe.runIf(streamsOn)('e-mail addresses are confirmed before any mail carrying the public’s words', () => {
  let agent: string;
  let events: string;
  beforeAll(async () => {
    agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
    events = await signIn('soignies', 'evenements@soignies.example', demoPassword());
  });

  it('a report: one fixed-text mail with a link, nothing else until confirmed; then mails flow', async () => {
    const email = `victime-${crypto.randomUUID()}@example.org`;
    const created = await api('POST', '/api/soignies/reports', { body: sampleReport({ email, name: SCAM, description: SCAM }) });
    expect(created.status).toBe(201);
    const code = created.body.code as string;
    const link = await linkFor(email, code);

    // The only mail: fixed text, the commune, the kind, the code and the links; none of the public's words.
    expect(mailsTo(email)).toHaveLength(1);
    expect(link.mail.subject).toBe('Confirmez votre adresse e-mail — Soignies');
    expect(link.mail.text).toContain('un signalement');
    expect(link.mail.text).toContain(code);
    expect(link.url).toMatch(/^https?:\/\/[^/]+\/soignies\/confirmer\/#jeton=[A-Za-z0-9_-]{43}$/);
    expect(link.mail.text).not.toContain('taxe');
    expect(link.mail.text).not.toContain('arnaque');
    expect(link.mail.text).not.toContain('Jeanne');

    // A state change before confirmation: held, not sent.
    const moved = await api('POST', `/api/soignies/staff/reports/${code}/transitions`, {
      headers: auth(agent),
      body: { to: 'in_progress', version: 1, message: 'Une équipe passe jeudi.' },
    });
    expect(moved.status).toBe(200);
    const first = await getAddressRequest({ commune: 'soignies', addressHash: addressHash(email), kind: 'report', code });
    await eventually(
      async () => {
        const r = await getAddressRequest({ commune: 'soignies', addressHash: addressHash(email), kind: 'report', code });
        return r?.heldTimelineId && r.heldTimelineId > first!.heldTimelineId! ? r : undefined;
      },
      20_000,
      'the state change held',
    );
    expect(mailsTo(email)).toHaveLength(1);

    // Confirming sends the latest held mail (the state change), not the older filing mail.
    const ok = await api('POST', link.apiPath);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ kind: 'report', code, alreadyConfirmed: false });
    const again = await api('POST', link.apiPath);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ kind: 'report', code, alreadyConfirmed: true, confirmedAt: ok.body.confirmedAt });
    const afterConfirm = mailsTo(email).filter((m) => !isConfirmationMail(m));
    expect(afterConfirm.map((m) => m.subject)).toEqual([`Votre signalement ${code} : En cours`]);
    expect(afterConfirm[0].text).toContain('Une équipe passe jeudi.');

    // Now mails flow.
    await api('POST', `/api/soignies/staff/reports/${code}/transitions`, { headers: auth(agent), body: { to: 'fixed', version: 2 } });
    const fixed = await eventually(
      () => mailsTo(email).find((m) => m.subject === `Votre signalement ${code} : Réparé`),
      20_000,
      'the mail after confirmation',
    );
    expect(fixed).toBeDefined();
    expect(mailsTo(email).filter(isConfirmationMail)).toHaveLength(1);
  });

  it('an Open311 report with an e-mail: the same one fixed-text mail', async () => {
    const email = `open311-${crypto.randomUUID()}@example.org`;
    const post = await api('POST', '/api/open311/v2/requests.json', {
      raw: new URLSearchParams({
        api_key: DEMO_OPEN311_KEY,
        jurisdiction_id: 'soignies',
        service_code: 'voirie',
        lat: '50.5790',
        long: '4.0700',
        description: SCAM,
        'attribute[taille]': 'grand',
        email,
        first_name: SCAM,
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(post.status).toBe(201);
    const code = post.body[0].service_request_id as string;
    const link = await linkFor(email, code);
    expect(mailsTo(email)).toHaveLength(1);
    expect(everything([link.mail])).not.toContain('taxe');
    expect(everything([link.mail])).not.toContain('arnaque');
  });

  it('a permit: the confirmation carries none of the requester’s words; departments never get them', async () => {
    const email = `asbl-${crypto.randomUUID()}@example.org`;
    const insurance = await uploadDocument(tinyPdf());
    const created = await api('POST', '/api/soignies/permits', {
      body: {
        kind: 'event',
        details: eventDetails(insurance, { title: SCAM, description: SCAM, organiser: { type: 'association', name: SCAM } }),
        requester: requester({ email, name: SCAM, organisation: SCAM }),
      },
    });
    expect(created.status).toBe(201);
    const { code } = created.body as { code: string };
    const link = await linkFor(email, code);
    expect(mailsTo(email)).toHaveLength(1);
    expect(link.mail.text).toContain('une demande d’autorisation');
    expect(everything([link.mail])).not.toContain('taxe');
    expect(everything([link.mail])).not.toContain('arnaque');

    const move = (to: string, version: number) =>
      api('POST', `/api/soignies/staff/permits/${code}/transitions`, { headers: auth(events), body: { to, version } });
    expect((await move('under_review', 1)).status).toBe(200);
    expect((await move('opinions', 2)).status).toBe(200);
    const toDepartments = await eventually(
      () => {
        const m = readOutbox(outbox()).filter(
          (x) => (x.tags as Record<string, string>)?.code === code && (x.tags as Record<string, string>).audience === 'department',
        );
        return m.length >= 2 ? m : undefined;
      },
      20_000,
      'department mails',
    );
    expect(toDepartments[0].subject).toBe(`Avis demandé : demande ${code}`);
    expect(everything(toDepartments)).not.toContain('taxe');
    expect(everything(toDepartments)).not.toContain('arnaque');
    expect(everything(toDepartments)).not.toContain(email);
    expect(everything(toDepartments)).toContain(`/soignies/agents/autorisations/${code}/`);
    // The requester's notifier has held the latest state; still nothing but the confirmation went to them.
    await eventually(
      async () => {
        const r = await getAddressRequest({ commune: 'soignies', addressHash: addressHash(email), kind: 'permit', code });
        return r?.heldDetail && JSON.parse(r.heldDetail).to === 'opinions' ? r : undefined;
      },
      20_000,
      'the latest state held',
    );
    expect(mailsTo(email)).toHaveLength(1);

    // The confirmed requester gets their own words back, in their mails only.
    expect((await api('POST', link.apiPath)).status).toBe(200);
    const own = mailsTo(email).filter((m) => !isConfirmationMail(m));
    expect(own.map((m) => m.subject)).toEqual([`Votre demande ${code} : Avis des services`]);
    expect(own[0].text).toContain(SCAM);
  });

  it('an expired link is refused with a problem (the clock moved, no waiting); the next mail brings a new link', async () => {
    const email = `tard-${crypto.randomUUID()}@example.org`;
    const created = await api('POST', '/api/soignies/reports', { body: sampleReport({ email }) });
    const code = created.body.code as string;
    const link = await linkFor(email, code);
    const held = await heldAtLeast('soignies', email, 'report', code, '');

    setClock(clockFrom(`${addDays(clock.today(), MAIL_CONFIRMATION_DAYS + 1)}T12:00:00+01:00`));
    const late = await api('POST', link.apiPath);
    expect(late.status).toBe(410);
    expect(late.headers['content-type']).toBe('application/problem+json');
    expect(late.body.status).toBe(410);

    // A mail due now (the filing mail replayed) is held again and brings a fresh link, which works.
    const replay = JSON.parse(held.heldDetail!);
    expect(await inInvocation(() => notifyReporter(replay))).toBe('confirmation_sent');
    const fresh = readOutbox(outbox()).find((m) => m.to === email && isConfirmationMail(m) && !m.text.includes(link.token));
    expect(fresh).toBeDefined();
    const renewed = confirmationLink(outbox(), email, code)!;
    expect(renewed.token).not.toBe(link.token);
    const ok = await api('POST', renewed.apiPath);
    expect(ok.status).toBe(200);
    expect(mailsTo(email).map((m) => m.subject)).toContain(`Votre signalement ${code} est bien reçu`);
    // The old link stays refused.
    expect((await api('POST', link.apiPath)).status).toBe(410);
  });

  it('an unknown or malformed link is a 404 problem', async () => {
    for (const token of ['A'.repeat(43), 'trop-court', '%00']) {
      const r = await api('POST', `/api/soignies/confirmations/${token}`);
      expect(r.status).toBe(404);
      expect(r.headers['content-type']).toBe('application/problem+json');
    }
  });
});
