import type { CollectionMailsKey } from './fr.js';

export const collectionMailsNl: Record<CollectionMailsKey, string> = {
  'collections.mail.welcome.subject': 'Herinnering aan de ophaling: {zone}',
  'collections.mail.welcome.body':
    'Goeden dag,\n\nUw adres is bevestigd: de avond voor elke ophaling in de zone « {zone} » van {commune} krijgt u rond {time} een herinnering.\n\nDe volgende ophalingen: {url}\n\nGeen herinneringen meer ontvangen: {unsubscribeUrl}\n\n{commune}',
  'collections.mail.reminder.subject': 'Morgen: {kinds}',
  'collections.mail.reminder.body':
    'Goeden dag,\n\nMorgen, {day}, ophaling in de zone « {zone} »: {kinds}.\n\nZet uw afval vanavond buiten, of morgen vóór 6 uur.\n\nDe volgende ophalingen: {url}\n\nGeen herinneringen meer ontvangen: {unsubscribeUrl}\n\n{commune}',
};
