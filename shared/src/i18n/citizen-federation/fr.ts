/** « Mon espace »: signing in with itsme or the identity card through FAS (docs/citizen-federation.md). French is the source. */
export const citizenFederationFr = {
  'federation.button': 'Se connecter avec itsme ou la carte d’identité',
  'federation.or': 'ou',
  'federation.hint': 'Vous passez par le service d’authentification de l’État fédéral (CSAM), puis vous revenez ici.',
  'federation.leaving': 'Vous êtes redirigé vers le service d’authentification…',
  'federation.unavailable':
    'La connexion avec itsme ou la carte d’identité n’est pas disponible pour le moment. Utilisez le code par e-mail.',
  'federation.returning': 'Connexion en cours…',
  'federation.title': 'Connexion à mon espace',
  'federation.cancelled': 'La connexion a été annulée. Vous pouvez réessayer ou recevoir un code par e-mail.',
  'federation.expired':
    'Cette connexion n’est plus valable (trop ancienne, déjà utilisée ou commencée dans un autre navigateur). Recommencez depuis votre espace.',
  'federation.refused': 'Le service d’authentification n’a pas confirmé votre identité. Recommencez depuis votre espace.',
  'federation.noEmail':
    'Le service d’authentification n’a pas donné d’adresse e-mail : elle est nécessaire pour votre espace. Recevez plutôt un code par e-mail.',
  'federation.back': 'Retour à mon espace',
};
