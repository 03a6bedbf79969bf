import type { CollectionMailsKey } from './fr.js';

export const collectionMailsDe: Record<CollectionMailsKey, string> = {
  'collections.mail.welcome.subject': 'Erinnerung an die Müllabfuhr: {zone}',
  'collections.mail.welcome.body':
    'Guten Tag,\n\nIhre Adresse ist bestätigt: am Vorabend jeder Abholung in der Zone « {zone} » von {commune} erhalten Sie gegen {time} eine Erinnerung.\n\nDie nächsten Abholungen: {url}\n\nKeine Erinnerungen mehr erhalten: {unsubscribeUrl}\n\n{commune}',
  'collections.mail.reminder.subject': 'Morgen: {kinds}',
  'collections.mail.reminder.body':
    'Guten Tag,\n\nMorgen, {day}, Abholung in der Zone « {zone} »: {kinds}.\n\nStellen Sie Ihren Abfall heute Abend hinaus, oder morgen vor 6 Uhr.\n\nDie nächsten Abholungen: {url}\n\nKeine Erinnerungen mehr erhalten: {unsubscribeUrl}\n\n{commune}',
};
