import { describe, expect, it } from 'vitest';
import { CommuneConfig, type PermitEventDetail } from '@tandem/shared';
import soignies from '../../../infra/communes/soignies.json' with { type: 'json' };
import { composeDepartmentMail, composeRequesterMail } from './compose-permit-mail.js';

const config = CommuneConfig.parse(soignies);
const detail = (over: Partial<PermitEventDetail>): PermitEventDetail => ({
  commune: 'soignies',
  code: 'WXYZ-2345',
  kind: 'state_changed',
  at: '',
  public: true,
  timelineId: 'TL#1',
  ...over,
});
const permit = {
  code: 'WXYZ-2345',
  title: 'Fête de la rue Neuve',
  locale: 'fr' as const,
  reference: 'EV-2026-0003',
  requester: { name: 'Marie Dupont', email: 'marie@example.org' },
};

describe('requester e-mails about a permit', () => {
  it('confirm the submission with the tracking link and the private link', () => {
    const m = composeRequesterMail(detail({ from: 'draft', to: 'submitted' }), permit, 'secret-key-123', config, 'https://x.example')!;
    expect(m.subject).toBe('Votre demande WXYZ-2345 est bien introduite');
    expect(m.text).toContain('https://x.example/soignies/demandes/suivi/WXYZ-2345/');
    expect(m.text).toContain('https://x.example/soignies/demandes/suivi/WXYZ-2345/#cle=secret-key-123');
    expect(m.text).toContain('Bonjour Marie Dupont');
  });
  it('name the new state and carry the agent’s message, in the requester’s language', () => {
    const fr = composeRequesterMail(detail({ from: 'submitted', to: 'incomplete', message: 'Joignez le plan.' }), permit, 'k', config, '')!;
    expect(fr.subject).toBe('Votre demande WXYZ-2345 : Informations demandées');
    expect(fr.text).toContain('Joignez le plan.');
    const nl = composeRequesterMail(
      detail({ from: 'submitted', to: 'refused', message: 'x' }),
      { ...permit, locale: 'nl' },
      'k',
      config,
      '',
    )!;
    expect(nl.subject).toBe('Uw aanvraag WXYZ-2345: Geweigerd');
  });
  it('give the reference when the authorisation is issued, and say nothing on opinions', () => {
    expect(composeRequesterMail(detail({ from: 'approved', to: 'issued' }), permit, 'k', config, '')!.text).toContain('n° EV-2026-0003');
    expect(composeRequesterMail(detail({ kind: 'opinion_given', department: 'police' }), permit, 'k', config, '')).toBeUndefined();
  });
});

describe('department e-mails', () => {
  const p = {
    ...permit,
    kind: 'event' as const,
    handlingDepartment: 'evenements',
    details: { place: { label: 'Rue Neuve' }, period: { start: '2027-01-10', end: '2027-01-10' } },
  } as never;
  it('ask the department for its opinion with the due date and the staff link', () => {
    const m = composeDepartmentMail(
      detail({ kind: 'opinion_requested', public: false, department: 'police' }),
      p,
      '2026-12-09',
      config,
      'https://x.example',
    )!;
    expect(m.subject).toBe('Avis demandé : demande WXYZ-2345');
    // The public's words (title, place) never go to a department: only fixed text, the code, dates and the link.
    expect(`${m.subject}\n${m.text}`).not.toContain('Fête de la rue Neuve');
    expect(`${m.subject}\n${m.text}`).not.toContain('Rue Neuve');
    expect(m.text).toContain('« Zone de police »');
    expect(m.text).toContain('est demandé par le Service Fêtes et Évènements sur la demande');
    expect(m.text).not.toMatch(/service service/i);
    expect(m.text).toContain('Période : dimanche 10 janvier 2027');
    expect(m.text).toContain('Avis attendu pour le mercredi 9 décembre 2026.');
    expect(`${m.subject}\n${m.text}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(m.text).toContain('https://x.example/soignies/agents/autorisations/WXYZ-2345/');
  });
  it('name a handling department whose name lacks the word "service" with it, once', () => {
    const m = composeDepartmentMail(
      detail({ kind: 'opinion_requested', public: false, department: 'police' }),
      { ...(p as object), handlingDepartment: 'mobilite' } as never,
      '2026-12-09',
      config,
      '',
    )!;
    expect(m.text).toContain('est demandé par le service Mobilité sur la demande');
  });
  it('write a period over several days and its hours in words', () => {
    const long = {
      ...(p as object),
      details: { place: { label: 'Rue Neuve' }, period: { start: '2027-01-09', end: '2027-01-11' } },
    } as never;
    const m = composeDepartmentMail(
      detail({ kind: 'opinion_requested', public: false, department: 'police' }),
      long,
      '2026-12-09',
      config,
      '',
    )!;
    expect(m.text).toContain('Période : du samedi 9 janvier 2027 au lundi 11 janvier 2027');
    expect(m.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
  it('remind it, and ignore other events', () => {
    const reminder = composeDepartmentMail(
      detail({ kind: 'opinion_reminder', public: false, department: 'secours' }),
      p,
      '2026-12-09',
      config,
      '',
    )!;
    expect(reminder.subject).toBe('Rappel : avis attendu pour le mercredi 9 décembre 2026 (WXYZ-2345)');
    expect(`${reminder.subject}\n${reminder.text}`).not.toContain('Fête de la rue Neuve');
    expect(`${reminder.subject}\n${reminder.text}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(composeDepartmentMail(detail({ kind: 'state_changed' }), p, '', config, '')).toBeUndefined();
  });
});
