/** Personal data: the citizen's "Mes données" page, and what staff see of erasures and of the public page. French is the source. */
export const privacyFr = {
  'privacy.title': 'Mes données',
  'privacy.intro':
    'Vous avez fait un signalement ou une demande d’autorisation ? Avec son code de suivi et l’adresse e-mail que vous avez donnée, vous pouvez recevoir une copie de vos données ou les faire effacer.',
  'privacy.kept':
    'La commune garde votre nom, votre adresse e-mail et votre téléphone tant que la demande est en cours, puis {months} mois après sa clôture. Ensuite, ils sont effacés automatiquement.',
  'privacy.public':
    'Ce qui est public le reste : l’état de la demande, les messages publics de la commune, le lieu et les photos du problème.',
  'privacy.code': 'Code de suivi',
  'privacy.code.hint': 'Huit caractères, par exemple ABCD-1234.',
  'privacy.email': 'Votre adresse e-mail',
  'privacy.email.hint': 'Celle que vous avez donnée avec la demande.',
  'privacy.error.code': 'Indiquez le code de suivi : huit caractères, par exemple ABCD-1234.',
  'privacy.error.email': 'Indiquez une adresse e-mail valide.',
  'privacy.copy': 'Recevoir une copie de mes données',
  'privacy.copy.done': 'Vos données sont prêtes. Voici ce que la commune garde à votre sujet :',
  'privacy.copy.download': 'Télécharger mes données (JSON)',
  'privacy.erase': 'Effacer mes données',
  'privacy.erase.explain':
    'Votre nom, votre adresse e-mail, votre téléphone et vos propres mots seront effacés. Vous ne recevrez plus de nouvelles par e-mail. La page de suivi publique reste.',
  'privacy.erase.confirm': 'Oui, effacer mes données',
  'privacy.erase.cancel': 'Non, garder mes données',
  'privacy.erase.question': 'Voulez-vous vraiment effacer vos données ? Cela ne peut pas être annulé.',
  'privacy.erase.done': 'Vos données ont été effacées le {date}.',
  'privacy.erase.already': 'Vos données avaient déjà été effacées le {date}.',
  'privacy.notfound': 'Aucune demande ne porte ce code avec cette adresse e-mail. Vérifiez le code et l’adresse.',
  'privacy.failed': 'La demande n’a pas abouti. Réessayez dans un moment.',
  'privacy.busy': 'Un instant…',
  'privacy.link.track': 'Mes données : copie ou effacement',
  'privacy.erased.retention': 'Données personnelles effacées le {date} (fin de la durée de conservation).',
  'privacy.erased.request': 'Données personnelles effacées le {date}, à la demande de la personne.',
  'privacy.publicPage': 'Visible au public ?',
  'privacy.publicPage.hint': 'Le demandeur voit toujours ce texte. Choisissez s’il s’affiche aussi sur la page publique de la demande.',
  'privacy.publicPage.yes': 'Oui, visible sur la page publique',
  'privacy.publicPage.no': 'Non, seulement pour le demandeur',
  'privacy.publicPage.error': 'Choisissez si ce texte est visible au public.',
  'privacy.publicPage.badge': 'visible au public',
} as const;
export type PrivacyKey = keyof typeof privacyFr;
