/** The mail that asks to confirm an e-mail address (fixed text only, docs/mail-confirmation.md). Server only: its page’s messages are in mail-confirmation/. French is the source; the other locales must define every key. */
export const confirmationMailsFr = {
  'mailConfirm.kind.report': 'un signalement',
  'mailConfirm.kind.permit': 'une demande d’autorisation',
  'mailConfirm.subscription.works': 'les nouvelles d’un chantier (travaux, déviations, fin des travaux)',
  'mailConfirm.subscription.collections': 'un rappel la veille de chaque collecte des déchets de votre zone',
  'mailConfirm.mail.subscriptionBody':
    'Bonjour,\n\nLa commune de {commune} a reçu une inscription pour recevoir {kind} à cette adresse e-mail.\n\nPour les recevoir, confirmez votre adresse en ouvrant ce lien (valable {days} jours) :\n{confirmUrl}\n\nSi vous ne vous êtes pas inscrit, ignorez ce message : vous ne recevrez rien d’autre.\n\nVoir la page : {url}\n\n{commune}',
  'mailConfirm.mail.subject': 'Confirmez votre adresse e-mail — {commune}',
  'mailConfirm.mail.body':
    'Bonjour,\n\nLa commune de {commune} a reçu {kind} (code de suivi {code}) avec cette adresse e-mail.\n\nPour recevoir les nouvelles de cette demande, confirmez votre adresse en ouvrant ce lien (valable {days} jours) :\n{confirmUrl}\n\nSi vous n’avez rien demandé, ignorez ce message : vous ne recevrez rien d’autre à ce sujet.\n\nSuivre la demande : {url}\n\n{commune}',
} as const;
export type ConfirmationMailsKey = keyof typeof confirmationMailsFr;
