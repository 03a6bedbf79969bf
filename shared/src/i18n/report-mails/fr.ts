/** The mails a reporter gets (report received, new state, message of the commune), in the language they reported in. Server only: no page shows them. French is the source; the other locales must define every key. */
export const reportMailsFr = {
  'mail.created.subject': 'Votre signalement {code} est bien reçu',
  'mail.created.body':
    'Bonjour,\n\nNous avons bien reçu votre signalement « {category} ».\nVotre code de suivi : {code}\nSuivez-le ici : {url}\n\nMerci de votre aide,\n{commune}',
  'mail.state_changed.subject': 'Votre signalement {code} : {state}',
  'mail.state_changed.body':
    'Bonjour,\n\nVotre signalement « {category} » est passé à l’état : {state}.\n{message}\nSuivez-le ici : {url}\n\n{commune}',
  'mail.public_update.subject': 'Nouvelle information sur votre signalement {code}',
  'mail.public_update.body':
    'Bonjour,\n\nLa commune a ajouté une information à votre signalement « {category} » :\n\n{message}\n\nSuivez-le ici : {url}\n\n{commune}',
} as const;
export type ReportMailsKey = keyof typeof reportMailsFr;
