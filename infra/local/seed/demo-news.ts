/** Demo practical notices seeded by `npm start` (docs/news.md), their days relative to the start's today (0 = today). */
import type { NewsInput } from '@tandem/shared/schemas/news';

/** A notice with its first and (optional) last day relative to today. */
export interface DemoNews extends Omit<NewsInput, 'from' | 'until' | 'published'> {
  days: [number] | [number, number];
}

const point = (lng: number, lat: number) => ({ type: 'Point' as const, coordinates: [lng, lat] as [number, number] });

export const DEMO_NEWS: Record<string, DemoNews[]> = {
  soignies: [
    {
      kind: 'alerte',
      title: 'Coupure d’eau rue de la Station',
      body: 'La SWDE remplace une conduite : l’eau sera coupée de 8 h à 16 h entre la gare et la rue Neuve.\n\nUne citerne d’eau potable est installée devant la gare.',
      place: { label: 'Rue de la Station, Soignies', geometry: point(4.0686, 50.5772) },
      days: [0, 1],
    },
    {
      kind: 'collecte',
      title: 'Collecte des PMC reportée au mercredi',
      body: 'En raison du jour férié, la collecte des PMC du mardi a lieu le mercredi. Sortez vos sacs la veille au soir.',
      link: 'https://www.soignies.be/',
      days: [-1, 6],
    },
    {
      kind: 'evenement',
      title: 'Marché de Noël sur la Grand-Place',
      body: 'Chalets, animations et concert de la chorale. Stationnement interdit sur la Grand-Place dès 6 h.',
      place: { label: 'Grand-Place, Soignies', geometry: point(4.0714, 50.5794) },
      days: [-3, 20],
    },
    {
      kind: 'info',
      title: 'Horaires du service Population pendant les fêtes',
      body: 'Le service Population est fermé les 24 et 31 décembre après-midi. Les rendez-vous en ligne restent ouverts.',
      days: [-20, -2],
    },
  ],
  'braine-le-comte': [
    {
      kind: 'travaux',
      title: 'Nouveaux trottoirs rue Père Damien',
      body: 'Les trottoirs sont refaits côté pair. Le passage des piétons se fait côté impair pendant les travaux.',
      place: { label: 'Rue Père Damien, Braine-le-Comte', geometry: point(4.135, 50.6096) },
      days: [-2, 10],
    },
    {
      kind: 'collecte',
      title: 'Collecte des sapins de Noël',
      body: 'Les sapins sont collectés en porte-à-porte. Déposez-les sans décoration ni pot, la veille au soir.',
      days: [0],
    },
  ],
};
