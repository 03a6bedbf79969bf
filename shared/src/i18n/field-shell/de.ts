import type { FieldShellKey } from './fr.js';
export const fieldShellDe: Record<FieldShellKey, string> = {
  'fieldShell.title': 'Außendienst',
  'fieldShell.manifest.name': 'Außendienst — {commune}',
  'fieldShell.manifest.shortName': 'Außendienst',
  'fieldShell.manifest.description': 'Ihre Aufgaben für heute, auch ohne Netz.',
  'fieldShell.pin.choose.title': 'Wählen Sie Ihren Code',
  'fieldShell.pin.choose.intro': 'Mit diesem Code aus 4 bis 6 Ziffern öffnen Sie die App auf diesem Telefon wieder, ohne Passwort.',
  'fieldShell.pin.label': 'Code (4 bis 6 Ziffern)',
  'fieldShell.pin.again': 'Derselbe Code, noch einmal',
  'fieldShell.pin.save': 'Code speichern',
  'fieldShell.pin.invalid': 'Der Code hat 4 bis 6 Ziffern.',
  'fieldShell.pin.mismatch': 'Die beiden Codes sind nicht gleich.',
  'fieldShell.unlock.title': 'Geben Sie Ihren Code ein',
  'fieldShell.unlock.submit': 'Öffnen',
  'fieldShell.unlock.wrong': 'Falscher Code. Noch {n} Versuche bis zur Abmeldung.',
  'fieldShell.unlock.tooMany': 'Zu viele Versuche: Sie wurden abgemeldet. Melden Sie sich mit Ihrem Passwort an.',
  'fieldShell.signOut': 'Abmelden',
  'fieldShell.signOut.waiting':
    'Noch nicht gesendete Aktionen: {n}. Sie bleiben auf diesem Telefon, unter Ihrem Namen, und werden gesendet, wenn Sie sich hier wieder anmelden.',
  'fieldShell.signOut.anyway': 'Behalten und abmelden',
  'fieldShell.signOut.cancel': 'Angemeldet bleiben',
  'fieldShell.held.one':
    'Dieses Telefon bewahrt 1 noch nicht gesendete Aktion. Sie wird gesendet, wenn sich die Person, die sie ausgeführt hat, hier wieder anmeldet.',
  'fieldShell.held.many':
    'Dieses Telefon bewahrt {n} noch nicht gesendete Aktionen. Sie werden gesendet, wenn sich die Person, die sie ausgeführt hat, hier wieder anmeldet.',
  'fieldShell.held.people':
    'Dieses Telefon bewahrt {n} noch nicht gesendete Aktionen von {p} Personen. Jede wird gesendet, wenn sich die Person, die sie ausgeführt hat, hier wieder anmeldet.',
  'fieldShell.storage.full': 'Der Speicher des Telefons ist fast voll: Senden Sie Ihre Aktionen, sobald Sie Netz haben.',
  'fieldShell.staffLink.intro': 'Im Außendienst haben Sie Ihre Aufgaben für heute auch auf dem Telefon, selbst ohne Netz.',
  'fieldShell.staffLink': 'Außendienst-App öffnen',
};
