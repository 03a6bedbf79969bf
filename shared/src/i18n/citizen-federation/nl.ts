import type { citizenFederationFr } from './fr.js';

export const citizenFederationNl: Record<keyof typeof citizenFederationFr, string> = {
  'federation.button': 'Aanmelden met itsme of de identiteitskaart',
  'federation.or': 'of',
  'federation.hint': 'U gaat via de authenticatiedienst van de federale overheid (CSAM) en komt daarna hier terug.',
  'federation.leaving': 'U wordt doorgestuurd naar de authenticatiedienst…',
  'federation.unavailable': 'Aanmelden met itsme of de identiteitskaart is momenteel niet beschikbaar. Gebruik de code per e-mail.',
  'federation.returning': 'Bezig met aanmelden…',
  'federation.title': 'Aanmelden bij mijn ruimte',
  'federation.cancelled': 'Het aanmelden werd geannuleerd. U kunt het opnieuw proberen of een code per e-mail ontvangen.',
  'federation.expired':
    'Deze aanmelding is niet meer geldig (te oud, al gebruikt of in een andere browser begonnen). Begin opnieuw vanuit uw ruimte.',
  'federation.refused': 'De authenticatiedienst heeft uw identiteit niet bevestigd. Begin opnieuw vanuit uw ruimte.',
  'federation.noEmail': 'De authenticatiedienst gaf geen e-mailadres door: dat is nodig voor uw ruimte. Vraag liever een code per e-mail.',
  'federation.back': 'Terug naar mijn ruimte',
};
