import { describe, expect, it } from 'vitest';
import { composeDigest } from './digest.js';

describe('the daily digest mail', () => {
  const mail = composeDigest(
    { id: 'soignies', name: 'Soignies' },
    { name: 'Ouvrier démo' },
    '2031-06-11',
    [
      { kind: 'mention', item: { kind: 'task', id: 'ABCD-1234' }, actorSub: 'sub-agent' },
      { kind: 'opinion_requested', item: { kind: 'permit', id: 'WXYZ-5678' }, actorSub: 'sub-gone' },
      { kind: 'overdue', item: { kind: 'task', id: 'EFGH-2345' } },
    ],
    (sub) => (sub === 'sub-agent' ? 'Agent démo' : undefined),
    'https://tandem.example',
  );

  it('lists each notification by kind, item and author, in French, with the day in words', () => {
    expect(mail.subject).toBe('Soignies : vos notifications du mercredi 11 juin 2031');
    expect(mail.text).toContain('Bonjour Ouvrier démo,');
    expect(mail.text).toContain('(3)');
    expect(mail.text).toContain('- Vous êtes mentionné : Tâche ABCD-1234 (par Agent démo)');
    // An author no longer in the directory is left out rather than shown as an id.
    expect(mail.text).toContain('- Avis demandé à votre service : Demande d’autorisation WXYZ-5678\n');
    expect(mail.text).toContain('- En retard : Tâche EFGH-2345');
    expect(mail.text).not.toContain('sub-');
  });

  it('links to the centre and to the preferences, to stop the digest', () => {
    expect(mail.text).toContain('https://tandem.example/soignies/agents/notifications/\n');
    expect(mail.text).toContain('« dans l’application seulement » : https://tandem.example/soignies/agents/notifications/#preferences');
  });
});
