/** The evening-before collection reminders (docs/collections.md), in the citizen's language. Server only. French is the source. */
export const collectionMailsFr = {
  'collections.mail.welcome.subject': 'Rappel des collectes : {zone}',
  'collections.mail.welcome.body':
    'Bonjour,\n\nVotre adresse est confirmée : la veille de chaque collecte de la zone « {zone} » de {commune}, vous recevrez un rappel vers {time}.\n\nLes prochaines collectes : {url}\n\nNe plus recevoir ces rappels : {unsubscribeUrl}\n\n{commune}',
  'collections.mail.reminder.subject': 'Demain : {kinds}',
  'collections.mail.reminder.body':
    'Bonjour,\n\nDemain, {day}, collecte dans la zone « {zone} » : {kinds}.\n\nSortez vos déchets ce soir, ou demain avant 6 h.\n\nLes prochaines collectes : {url}\n\nNe plus recevoir ces rappels : {unsubscribeUrl}\n\n{commune}',
} as const;
export type CollectionMailsKey = keyof typeof collectionMailsFr;
