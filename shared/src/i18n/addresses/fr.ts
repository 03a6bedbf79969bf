/** The address register on the citizen side: the report form's address suggestions and the tracking page's place. French is the source. */
export const addressesFr = {
  'addresses.suggestions': 'Adresses proposées',
  'addresses.found': '{count} adresse(s) proposée(s) : flèches haut et bas pour choisir, Entrée pour valider.',
  'addresses.none': 'Aucune adresse connue ne correspond : vous pouvez garder ce que vous avez écrit.',
  'addresses.located': 'Repère placé à l’adresse {address}.',
  'addresses.filled': 'Adresse la plus proche du repère : {address}. Vous pouvez la corriger.',
  'addresses.help': 'Tapez une rue et un numéro : les adresses connues de la commune vous sont proposées et placent le repère.',
  'addresses.near': 'Près de {address}',
  'addresses.where': 'Où',
  'addresses.showMap': 'Voir sur la carte',
} as const;
export type AddressesKey = keyof typeof addressesFr;
