import type { collectionsFr } from './fr.js';
import { collectionKindsEn } from '../collection-kinds/en.js';

export const collectionsEn: Record<keyof typeof collectionsFr, string> = {
  ...collectionKindsEn,
  'collections.page.title': 'Waste collections',
  'collections.page.intro': 'Type the name of your street: you will see when your waste is collected.',
  'collections.street.label': 'Your street',
  'collections.street.hint': 'For example « rue de la Station ». The house number is not needed.',
  'collections.street.search': 'See my collections',
  'collections.street.suggestions': 'Streets found: choose yours',
  'collections.street.choose': '{street} ({zone})',
  'collections.street.none': 'No street of the commune starts like this. Check the spelling or type the start of the name.',
  'collections.street.short': 'Type at least two letters of your street’s name.',
  'collections.noCalendar': 'The commune has not published its collection calendar yet.',
  'collections.loading': 'Searching…',
  'collections.failed': 'The collections could not be loaded. Try again in a moment.',
  'collections.found.title': '{street}: {zone}',
  'collections.next.title': 'Next collection of each kind',
  'collections.next.none': 'No collection is planned in the published calendar.',
  'collections.when.today': 'today',
  'collections.when.tomorrow': 'tomorrow',
  'collections.upcoming.title': 'The next collection days',
  'collections.upcoming.line': '{day}: {kinds}',
  'collections.feed.link': 'Subscribe to my zone’s calendar',
  'collections.feed.help':
    'On a phone, tap the link: your calendar offers to subscribe. Otherwise copy the link and add it to your calendar (Google Calendar: « Other calendars », « From URL »; iPhone: Settings, Calendar, Accounts, « Add Subscribed Calendar »). The calendar updates itself and reminds you the evening before.',
};
