import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { CommuneConfig } from '@tandem/shared';
import soignies from '../../../infra/communes/soignies.json' with { type: 'json' };
import { composeReporterMail } from './compose-mail.js';
import { OutboxMailer, SesMailer, type Mail } from './mailer.js';

const config = CommuneConfig.parse(soignies);
const mail: Mail = {
  id: 'soignies-ABCD-1234-TL#x',
  from: 'no-reply@x.example',
  to: 'c@x.example',
  subject: 'Sujet é',
  text: 'Corps',
  tags: { commune: 'soignies', code: 'ABCD-1234' },
};

describe('reporter e-mails', () => {
  it('a fix’s mail carries the feedback link and its last day, in the reporter’s language', () => {
    const detail = {
      commune: 'soignies',
      code: 'ABCD-1234',
      kind: 'state_changed' as const,
      to: 'fixed' as const,
      public: true,
      at: '',
      timelineId: 'TL#1',
    };
    const feedback = { url: 'https://x.example/soignies/suivi/ABCD-1234/#avis=TOKEN', lastDay: '2027-04-01' };
    const fr = composeReporterMail(
      detail,
      { code: 'ABCD-1234', category: 'voirie', locale: 'fr', state: 'fixed' },
      config,
      'https://x.example',
      feedback,
    )!;
    expect(fr.subject).toBe('Votre signalement ABCD-1234 : Réparé');
    expect(fr.text).toContain('Répondez jusqu’au jeudi 1 avril 2027 avec ce lien personnel');
    expect(fr.text).toContain(feedback.url);
    const nl = composeReporterMail(
      detail,
      { code: 'ABCD-1234', category: 'voirie', locale: 'nl', state: 'fixed' },
      config,
      'https://x.example',
      feedback,
    )!;
    expect(nl.text).toContain('Antwoord tot donderdag 1 april 2027');
    // Without a link (no e-mail confirmed yet, another state): the usual mail, no « Répondez ».
    const plain = composeReporterMail(
      detail,
      { code: 'ABCD-1234', category: 'voirie', locale: 'fr', state: 'fixed' },
      config,
      'https://x.example',
    )!;
    expect(plain.text).not.toContain('Répondez');
  });

  it('speaks French by default, names the new state and links to the tracking page', () => {
    const m = composeReporterMail(
      {
        commune: 'soignies',
        code: 'ABCD-1234',
        kind: 'state_changed',
        to: 'in_progress',
        public: true,
        at: '',
        timelineId: 'TL#1',
        message: 'Équipe en route',
      },
      { code: 'ABCD-1234', category: 'voirie', locale: 'fr', state: 'in_progress' },
      config,
      'https://x.example',
    )!;
    expect(m.subject).toBe('Votre signalement ABCD-1234 : En cours');
    expect(m.text).toContain('https://x.example/soignies/suivi/ABCD-1234/');
    expect(m.text).toContain('Équipe en route');
    expect(m.text).toContain('Nid-de-poule');
  });
  it('writes in the reporter’s language', () => {
    const m = composeReporterMail(
      { commune: 'soignies', code: 'ABCD-1234', kind: 'created', public: true, at: '', timelineId: 'TL#1' },
      { code: 'ABCD-1234', category: 'voirie', locale: 'nl', state: 'new' },
      config,
      'https://x.example',
    )!;
    expect(m.text).toContain('Put of beschadigde weg');
  });
  it('sends nothing for private notes', () => {
    expect(
      composeReporterMail(
        { commune: 'soignies', code: 'A', kind: 'private_note', public: false, at: '', timelineId: 'TL#1' },
        { code: 'A', category: 'voirie', locale: 'fr', state: 'new' },
        config,
        '',
      ),
    ).toBeUndefined();
  });
});

describe('mail adapters share one contract', () => {
  it('outbox: one file per mail id, idempotent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outbox-'));
    const m = new OutboxMailer(dir);
    await m.send(mail);
    await m.send(mail);
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dir, files[0]), 'utf8'))).toMatchObject({ to: 'c@x.example', subject: 'Sujet é' });
  });
  it('SES: sends the same mail as a SendEmail request (SES has no local stand-in: the client is faked at the adapter boundary)', async () => {
    const sent: unknown[] = [];
    await new SesMailer({
      send: async (c: unknown) => {
        sent.push(c);
        return {} as never;
      },
    } as never).send(mail);
    expect(sent[0]).toBeInstanceOf(SendEmailCommand);
    const input = (sent[0] as SendEmailCommand).input;
    expect(input.Destination?.ToAddresses).toEqual(['c@x.example']);
    expect(input.Content?.Simple?.Subject?.Data).toBe('Sujet é');
    expect(input.EmailTags?.every((t) => /^[A-Za-z0-9_-]+$/.test(t.Value!))).toBe(true);
  });
});
