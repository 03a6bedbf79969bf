import type { collectionsFr } from './fr.js';
import { collectionKindsNl } from '../collection-kinds/nl.js';

export const collectionsNl: Record<keyof typeof collectionsFr, string> = {
  ...collectionKindsNl,
  'collections.page.title': 'Afvalophaling',
  'collections.page.intro': 'Schrijf de naam van uw straat: u ziet wanneer het afval bij u wordt opgehaald.',
  'collections.street.label': 'Uw straat',
  'collections.street.hint': 'Bijvoorbeeld « rue de la Station ». Het huisnummer is niet nodig.',
  'collections.street.search': 'Mijn ophalingen bekijken',
  'collections.street.suggestions': 'Gevonden straten: kies de uwe',
  'collections.street.choose': '{street} ({zone})',
  'collections.street.none': 'Geen straat van de gemeente begint zo. Controleer de spelling of schrijf het begin van de naam.',
  'collections.street.short': 'Schrijf minstens twee letters van de naam van uw straat.',
  'collections.noCalendar': 'De gemeente heeft haar ophaalkalender nog niet gepubliceerd.',
  'collections.loading': 'Zoeken…',
  'collections.failed': 'De ophalingen konden niet worden geladen. Probeer het zo dadelijk opnieuw.',
  'collections.found.title': '{street}: {zone}',
  'collections.next.title': 'Volgende ophaling van elke soort',
  'collections.next.none': 'Er is geen ophaling gepland in de gepubliceerde kalender.',
  'collections.when.today': 'vandaag',
  'collections.when.tomorrow': 'morgen',
  'collections.upcoming.title': 'De volgende ophaaldagen',
  'collections.upcoming.line': '{day}: {kinds}',
  'collections.feed.link': 'Abonneren op de kalender van mijn zone',
  'collections.feed.help':
    'Op een telefoon tikt u op de link: uw agenda stelt voor om te abonneren. Anders kopieert u de link en voegt u hem toe in uw agenda (Google Agenda: « Andere agenda’s », « Via URL »; iPhone: Instellingen, Agenda, Accounts, « Voeg agenda-abonnement toe »). De kalender werkt zichzelf bij en herinnert u de avond voordien aan de ophaling.',
};
