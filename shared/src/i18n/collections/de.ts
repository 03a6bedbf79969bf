import type { collectionsFr } from './fr.js';
import { collectionKindsDe } from '../collection-kinds/de.js';

export const collectionsDe: Record<keyof typeof collectionsFr, string> = {
  ...collectionKindsDe,
  'collections.page.title': 'Müllabfuhr',
  'collections.page.intro': 'Schreiben Sie den Namen Ihrer Straße: Sie sehen, wann der Abfall bei Ihnen abgeholt wird.',
  'collections.street.label': 'Ihre Straße',
  'collections.street.hint': 'Zum Beispiel « rue de la Station ». Die Hausnummer ist nicht nötig.',
  'collections.street.search': 'Meine Abholungen ansehen',
  'collections.street.suggestions': 'Gefundene Straßen: wählen Sie Ihre',
  'collections.street.choose': '{street} ({zone})',
  'collections.street.none': 'Keine Straße der Gemeinde beginnt so. Prüfen Sie die Schreibweise oder schreiben Sie den Anfang des Namens.',
  'collections.street.short': 'Schreiben Sie mindestens zwei Buchstaben des Namens Ihrer Straße.',
  'collections.noCalendar': 'Die Gemeinde hat ihren Abfuhrkalender noch nicht veröffentlicht.',
  'collections.loading': 'Suche…',
  'collections.failed': 'Die Abholungen konnten nicht geladen werden. Versuchen Sie es gleich noch einmal.',
  'collections.found.title': '{street}: {zone}',
  'collections.next.title': 'Nächste Abholung jeder Art',
  'collections.next.none': 'Im veröffentlichten Kalender ist keine Abholung vorgesehen.',
  'collections.when.today': 'heute',
  'collections.when.tomorrow': 'morgen',
  'collections.upcoming.title': 'Die nächsten Abholtage',
  'collections.upcoming.line': '{day}: {kinds}',
  'collections.feed.link': 'Den Kalender meiner Zone abonnieren',
  'collections.feed.help':
    'Auf einem Telefon tippen Sie auf den Link: Ihr Kalender bietet das Abonnement an. Sonst kopieren Sie den Link und fügen ihn in Ihrem Kalender hinzu (Google Kalender: « Weitere Kalender », « Per URL »; iPhone: Einstellungen, Kalender, Accounts, « Kalenderabo hinzufügen »). Der Kalender aktualisiert sich selbst und erinnert Sie am Vorabend an die Abholung.',
};
