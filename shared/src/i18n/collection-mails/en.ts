import type { CollectionMailsKey } from './fr.js';

export const collectionMailsEn: Record<CollectionMailsKey, string> = {
  'collections.mail.welcome.subject': 'Collection reminders: {zone}',
  'collections.mail.welcome.body':
    'Hello,\n\nYour address is confirmed: the evening before each collection in the zone « {zone} » of {commune}, you will get a reminder around {time}.\n\nThe next collections: {url}\n\nStop these reminders: {unsubscribeUrl}\n\n{commune}',
  'collections.mail.reminder.subject': 'Tomorrow: {kinds}',
  'collections.mail.reminder.body':
    'Hello,\n\nTomorrow, {day}, collection in the zone « {zone} »: {kinds}.\n\nPut your waste out this evening, or tomorrow before 6 am.\n\nThe next collections: {url}\n\nStop these reminders: {unsubscribeUrl}\n\n{commune}',
};
