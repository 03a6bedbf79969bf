/**
 * Confirming an e-mail address: the citizen page the confirmation mail's link opens (the mail itself is
 * confirmation-mails/). French is the source; the other locales must define every key.
 */
export const mailConfirmationFr = {
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
