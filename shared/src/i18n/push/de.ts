import type { PushKey } from './fr.js';
export const pushDe: Record<PushKey, string> = {
  'push.title.mention': 'Sie wurden in Tandem erwähnt',
  'push.title.assignment': 'Ihnen wurde in Tandem Arbeit zugewiesen',
  'push.title.urgent': 'Eine dringende Aufgabe wartet in Tandem auf Sie',
  'push.body.task': 'Eine Aufgabe wartet auf Sie. Öffnen Sie sie für mehr Informationen.',
  'push.body.project': 'Ein Projekt wartet auf Sie. Öffnen Sie es für mehr Informationen.',
  'push.body.report': 'Eine Meldung wartet auf Sie. Öffnen Sie sie für mehr Informationen.',
  'push.body.permit': 'Ein Genehmigungsantrag wartet auf Sie. Öffnen Sie ihn für mehr Informationen.',
  'push.prefs.subscribed': 'Dieser Browser erhält Ihre Push-Benachrichtigungen.',
  'push.prefs.unsupported': 'Dieser Browser unterstützt keine Push-Benachrichtigungen: Wählen Sie eine andere Art der Benachrichtigung.',
  'push.prefs.denied':
    'Benachrichtigungen sind für diese Website blockiert: Erlauben Sie sie in den Browsereinstellungen und speichern Sie erneut.',
  'push.prefs.failed': 'Das Abonnement der Push-Benachrichtigungen ist fehlgeschlagen. Versuchen Sie es gleich noch einmal.',
};
