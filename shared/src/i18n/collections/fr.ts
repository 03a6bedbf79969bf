/** The citizen's collections page (docs/collections.md): the street field, the next collections, the zone's feed. */
import { collectionKindsFr } from '../collection-kinds/fr.js';

export const collectionsFr = {
  ...collectionKindsFr,
  'collections.page.title': 'Collectes des déchets',
  'collections.page.intro': 'Écrivez le nom de votre rue : vous verrez quand passent les collectes chez vous.',
  'collections.street.label': 'Votre rue',
  'collections.street.hint': 'Par exemple « rue de la Station ». Le numéro n’est pas nécessaire.',
  'collections.street.search': 'Voir mes collectes',
  'collections.street.suggestions': 'Rues trouvées : choisissez la vôtre',
  'collections.street.choose': '{street} ({zone})',
  'collections.street.none': 'Aucune rue de la commune ne commence ainsi. Vérifiez l’orthographe ou écrivez le début du nom.',
  'collections.street.short': 'Écrivez au moins deux lettres du nom de votre rue.',
  'collections.noCalendar': 'La commune n’a pas encore publié son calendrier des collectes.',
  'collections.loading': 'Recherche…',
  'collections.failed': 'Les collectes n’ont pas pu être chargées. Réessayez dans un instant.',
  'collections.found.title': '{street} : {zone}',
  'collections.next.title': 'Prochaine collecte de chaque sorte',
  'collections.next.none': 'Aucune collecte n’est prévue dans le calendrier publié.',
  'collections.when.today': 'aujourd’hui',
  'collections.when.tomorrow': 'demain',
  'collections.upcoming.title': 'Les prochains jours de collecte',
  'collections.upcoming.line': '{day} : {kinds}',
  'collections.feed.link': 'S’abonner au calendrier de ma zone',
  'collections.feed.help':
    'Sur un téléphone, touchez le lien : votre agenda propose de s’abonner. Sinon, copiez le lien et ajoutez-le dans votre agenda (Google Agenda : « Autres agendas », « À partir de l’URL » ; iPhone : Réglages, Calendrier, Comptes, « Ajouter un calendrier avec abonnement »). Le calendrier se met à jour tout seul et vous rappelle la collecte la veille.',
} as const;
