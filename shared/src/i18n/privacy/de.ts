import type { PrivacyKey } from './fr.js';
export const privacyDe: Record<PrivacyKey, string> = {
  'privacy.title': 'Meine Daten',
  'privacy.intro':
    'Sie haben eine Meldung oder einen Genehmigungsantrag eingereicht? Mit dem Verfolgungscode und der angegebenen E-Mail-Adresse können Sie eine Kopie Ihrer Daten erhalten oder sie löschen lassen.',
  'privacy.kept':
    'Die Gemeinde bewahrt Ihren Namen, Ihre E-Mail-Adresse und Ihre Telefonnummer auf, solange der Antrag läuft, und danach {months} Monate nach dem Abschluss. Dann werden sie automatisch gelöscht.',
  'privacy.public':
    'Was öffentlich ist, bleibt öffentlich: der Stand des Antrags, die öffentlichen Nachrichten der Gemeinde, der Ort und die Fotos des Problems.',
  'privacy.code': 'Verfolgungscode',
  'privacy.code.hint': 'Acht Zeichen, zum Beispiel ABCD-1234.',
  'privacy.email': 'Ihre E-Mail-Adresse',
  'privacy.email.hint': 'Die Adresse, die Sie beim Antrag angegeben haben.',
  'privacy.error.code': 'Geben Sie den Verfolgungscode ein: acht Zeichen, zum Beispiel ABCD-1234.',
  'privacy.error.email': 'Geben Sie eine gültige E-Mail-Adresse ein.',
  'privacy.copy': 'Eine Kopie meiner Daten erhalten',
  'privacy.copy.done': 'Ihre Daten sind bereit. Das bewahrt die Gemeinde über Sie auf:',
  'privacy.copy.download': 'Meine Daten herunterladen (JSON)',
  'privacy.erase': 'Meine Daten löschen',
  'privacy.erase.explain':
    'Ihr Name, Ihre E-Mail-Adresse, Ihre Telefonnummer und Ihre eigenen Worte werden gelöscht. Sie erhalten keine Nachrichten per E-Mail mehr. Die öffentliche Verfolgungsseite bleibt.',
  'privacy.erase.confirm': 'Ja, meine Daten löschen',
  'privacy.erase.cancel': 'Nein, meine Daten behalten',
  'privacy.erase.question': 'Möchten Sie Ihre Daten wirklich löschen? Dies kann nicht rückgängig gemacht werden.',
  'privacy.erase.done': 'Ihre Daten wurden am {date} gelöscht.',
  'privacy.erase.already': 'Ihre Daten waren bereits am {date} gelöscht worden.',
  'privacy.notfound': 'Kein Antrag trägt diesen Code mit dieser E-Mail-Adresse. Prüfen Sie den Code und die Adresse.',
  'privacy.failed': 'Das hat nicht geklappt. Versuchen Sie es gleich noch einmal.',
  'privacy.busy': 'Einen Moment…',
  'privacy.link.track': 'Meine Daten: Kopie oder Löschung',
  'privacy.erased.retention': 'Personenbezogene Daten am {date} gelöscht (Ende der Aufbewahrungsfrist).',
  'privacy.erased.request': 'Personenbezogene Daten am {date} auf Wunsch der Person gelöscht.',
  'privacy.publicPage': 'Öffentlich sichtbar?',
  'privacy.publicPage.hint':
    'Der Antragsteller sieht diesen Text immer. Wählen Sie, ob er auch auf der öffentlichen Seite des Antrags erscheint.',
  'privacy.publicPage.yes': 'Ja, auf der öffentlichen Seite sichtbar',
  'privacy.publicPage.no': 'Nein, nur für den Antragsteller',
  'privacy.publicPage.error': 'Wählen Sie, ob dieser Text öffentlich sichtbar ist.',
  'privacy.publicPage.badge': 'öffentlich sichtbar',
};
