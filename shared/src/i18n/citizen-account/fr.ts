/** « Mon espace », the account's own settings: mails and language, a copy of my data, deleting my account. French is the source. */
export const citizenAccountFr = {
  'myAccount.prefs.title': 'Mes e-mails et ma langue',
  'myAccount.prefs.mails': 'Quels e-mails voulez-vous recevoir au sujet de vos demandes ?',
  'myAccount.prefs.every-step': 'À chaque étape',
  'myAccount.prefs.every-step.hint': 'Un e-mail à chaque changement de vos demandes.',
  'myAccount.prefs.essential': 'Seulement l’essentiel',
  'myAccount.prefs.essential.hint': 'Quand la commune attend quelque chose de vous, et quand votre demande est terminée.',
  'myAccount.prefs.always':
    'Certains e-mails vous sont toujours envoyés, quel que soit votre choix : l’accusé de réception d’une demande d’autorisation, une demande de compléments ou de modifications, la décision, la fin d’une demande et la clôture d’un signalement.',
  'myAccount.prefs.locale': 'Langue de vos e-mails et de votre espace',
  'myAccount.prefs.save': 'Enregistrer mes préférences',
  'myAccount.prefs.saved': 'Vos préférences sont enregistrées.',
  'myAccount.prefs.conflict':
    'Vos préférences ont été changées entre-temps, peut-être dans un autre onglet. Voici les dernières : vérifiez-les, puis enregistrez à nouveau.',
  'myAccount.data.title': 'Mes données',
  'myAccount.data.intro':
    'Téléchargez une copie de ce que votre espace garde à votre sujet : votre adresse e-mail, vos préférences, et vos demandes avec vos coordonnées et ce que vous avez écrit. Le fichier est au format JSON, lisible dans un éditeur de texte.',
  'myAccount.data.download': 'Télécharger une copie de mes données',
  'myAccount.data.ready': 'Votre copie est prête : le fichier {file} a été téléchargé.',
  'myAccount.delete.title': 'Supprimer mon compte',
  'myAccount.delete.intro':
    'Votre compte et votre espace seront supprimés. Vos demandes restent à la commune, qui doit les garder, mais elles ne seront plus liées à vous.',
  'myAccount.delete.start': 'Supprimer mon compte…',
  'myAccount.delete.confirmTitle': 'Voulez-vous vraiment supprimer votre compte ?',
  'myAccount.delete.point.signIn': 'Vous ne pourrez plus entrer dans votre espace avec {email}.',
  'myAccount.delete.point.requests':
    'Vos demandes restent à la commune, sans lien avec vous. Vous pouvez toujours les suivre avec leur code de suivi.',
  'myAccount.delete.point.again': 'Vous pourrez créer un nouvel espace plus tard avec la même adresse, mais il sera vide.',
  'myAccount.delete.erase': 'Effacer aussi mes coordonnées et ce que j’ai écrit dans mes demandes',
  'myAccount.delete.erase.hint':
    'Votre nom, votre adresse e-mail, votre téléphone, votre adresse et vos propres mots seront effacés des demandes faites avec votre adresse e-mail. La commune ne pourra plus vous écrire à leur sujet, même pour une demande en cours.',
  'myAccount.delete.yes': 'Oui, supprimer mon compte',
  'myAccount.delete.no': 'Non, garder mon compte',
  'myAccount.delete.failed': 'La suppression n’a pas abouti. Votre compte est toujours là : réessayez dans un moment.',
  'myAccount.delete.done': 'Votre compte est supprimé. Vos demandes restent à la commune, sans lien avec vous.',
  'myAccount.delete.doneErased': 'Votre compte est supprimé, et vos coordonnées ont été effacées de vos demandes.',
} as const;
