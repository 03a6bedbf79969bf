/**
 * Confirming an e-mail address: the confirmation mail (fixed text: no word typed by the public, not even the
 * name) and the citizen page its link opens. French is the source; the other locales must define every key.
 */
export const mailConfirmationFr = {
  'mailConfirm.kind.report': 'un signalement',
  'mailConfirm.kind.permit': 'une demande d’autorisation',
  'mailConfirm.kind.works': 'une demande de suivi d’un chantier',
  'mailConfirm.mail.subject': 'Confirmez votre adresse e-mail — {commune}',
  'mailConfirm.mail.body':
    'Bonjour,\n\nLa commune de {commune} a reçu {kind} (code de suivi {code}) avec cette adresse e-mail.\n\nPour recevoir les nouvelles de cette demande, confirmez votre adresse en ouvrant ce lien (valable {days} jours) :\n{confirmUrl}\n\nSi vous n’avez rien demandé, ignorez ce message : vous ne recevrez rien d’autre à ce sujet.\n\nSuivre la demande : {url}\n\n{commune}',
  'mailConfirm.page.title': 'Confirmer votre adresse e-mail',
  'mailConfirm.page.intro':
    'Appuyez sur le bouton pour confirmer votre adresse e-mail. Vous recevrez ensuite les nouvelles de votre demande.',
  'mailConfirm.page.button': 'Confirmer mon adresse e-mail',
  'mailConfirm.page.busy': 'Confirmation en cours…',
  'mailConfirm.page.done': 'Merci, votre adresse e-mail est confirmée. Vous recevrez les nouvelles de votre demande par e-mail.',
  'mailConfirm.page.track': 'Suivre ma demande',
  'mailConfirm.page.expired': 'Ce lien a expiré. Vous recevrez un nouveau lien avec le prochain message de la commune.',
  'mailConfirm.page.unknown': 'Ce lien n’est pas valable. Vérifiez que vous avez copié tout le lien reçu par e-mail.',
  'mailConfirm.page.failed': 'La confirmation n’a pas abouti. Réessayez dans un instant.',
  'mailConfirm.page.retry': 'Réessayer',
} as const;
export type MailConfirmationKey = keyof typeof mailConfirmationFr;
