import type { citizenAccountFr } from './fr.js';

export const citizenAccountDe: Record<keyof typeof citizenAccountFr, string> = {
  'myAccount.prefs.title': 'Meine E-Mails und meine Sprache',
  'myAccount.prefs.mails': 'Welche E-Mails möchten Sie zu Ihren Anträgen erhalten?',
  'myAccount.prefs.every-step': 'Bei jedem Schritt',
  'myAccount.prefs.every-step.hint': 'Eine E-Mail bei jeder Änderung Ihrer Anträge.',
  'myAccount.prefs.essential': 'Nur das Wesentliche',
  'myAccount.prefs.essential.hint': 'Wenn die Gemeinde etwas von Ihnen erwartet, und wenn Ihr Antrag abgeschlossen ist.',
  'myAccount.prefs.always':
    'Einige E-Mails erhalten Sie immer, was auch immer Sie wählen: die Eingangsbestätigung eines Genehmigungsantrags, eine Bitte um Ergänzungen oder Änderungen, die Entscheidung, das Ende eines Antrags und den Abschluss einer Meldung.',
  'myAccount.prefs.locale': 'Sprache Ihrer E-Mails und Ihres Bereichs',
  'myAccount.prefs.save': 'Meine Einstellungen speichern',
  'myAccount.prefs.saved': 'Ihre Einstellungen sind gespeichert.',
  'myAccount.prefs.conflict':
    'Ihre Einstellungen wurden inzwischen geändert, vielleicht in einem anderen Tab. Hier sind die neuesten: Prüfen Sie sie und speichern Sie erneut.',
  'myAccount.data.title': 'Meine Daten',
  'myAccount.data.intro':
    'Laden Sie eine Kopie dessen herunter, was Ihr Bereich über Sie speichert: Ihre E-Mail-Adresse, Ihre Einstellungen und Ihre Anträge mit Ihren Kontaktdaten und dem, was Sie geschrieben haben. Die Datei ist im JSON-Format und in einem Texteditor lesbar.',
  'myAccount.data.download': 'Eine Kopie meiner Daten herunterladen',
  'myAccount.data.ready': 'Ihre Kopie ist fertig: Die Datei {file} wurde heruntergeladen.',
  'myAccount.delete.title': 'Mein Konto löschen',
  'myAccount.delete.intro':
    'Ihr Konto und Ihr Bereich werden gelöscht. Ihre Anträge bleiben bei der Gemeinde, die sie aufbewahren muss, sind aber nicht mehr mit Ihnen verknüpft.',
  'myAccount.delete.start': 'Mein Konto löschen…',
  'myAccount.delete.confirmTitle': 'Möchten Sie Ihr Konto wirklich löschen?',
  'myAccount.delete.point.signIn': 'Sie können Ihren Bereich nicht mehr mit {email} öffnen.',
  'myAccount.delete.point.requests':
    'Ihre Anträge bleiben bei der Gemeinde, ohne Verknüpfung mit Ihnen. Sie können sie weiterhin mit ihrem Verfolgungscode verfolgen.',
  'myAccount.delete.point.again': 'Sie können später mit derselben Adresse einen neuen Bereich anlegen, er ist dann aber leer.',
  'myAccount.delete.erase': 'Auch meine Kontaktdaten und das, was ich geschrieben habe, aus meinen Anträgen löschen',
  'myAccount.delete.erase.hint':
    'Ihr Name, Ihre E-Mail-Adresse, Ihre Telefonnummer, Ihre Anschrift und Ihre eigenen Worte werden aus den Anträgen gelöscht, die mit Ihrer E-Mail-Adresse gestellt wurden. Die Gemeinde kann Ihnen dann nicht mehr dazu schreiben, auch nicht zu einem laufenden Antrag.',
  'myAccount.delete.yes': 'Ja, mein Konto löschen',
  'myAccount.delete.no': 'Nein, mein Konto behalten',
  'myAccount.delete.failed': 'Das Löschen ist nicht gelungen. Ihr Konto besteht weiter: Versuchen Sie es gleich noch einmal.',
  'myAccount.delete.done': 'Ihr Konto ist gelöscht. Ihre Anträge bleiben bei der Gemeinde, ohne Verknüpfung mit Ihnen.',
  'myAccount.delete.doneErased': 'Ihr Konto ist gelöscht, und Ihre Kontaktdaten wurden aus Ihren Anträgen entfernt.',
};
