/** Demo map items seeded by `npm start`, relative to today, on real streets of the two communes. */
import type { MapItemInput } from '@tandem/shared';

/** An item with its days given relative to today (0 = today); `causedBy` names another item of the list by index. */
export interface DemoMapItem extends Omit<MapItemInput, 'period' | 'causedBy'> {
  days: [number, number];
  hours?: [string, string];
  weekdays?: number[];
  causedBy?: number;
}

const line = (...pts: [number, number][]) => ({ type: 'LineString' as const, coordinates: pts });
const point = (lng: number, lat: number) => ({ type: 'Point' as const, coordinates: [lng, lat] as [number, number] });

export const DEMO_MAP_ITEMS: Record<string, DemoMapItem[]> = {
  soignies: [
    {
      kind: 'works',
      title: 'Réfection de l’égouttage, rue de la Station',
      description: 'Remplacement du collecteur ; circulation interdite entre la gare et la rue Neuve.',
      streets: ['Rue de la Station'],
      managingParty: 'Commune de Soignies — Service Travaux',
      phase: 'in_progress',
      geometry: line([4.0668, 50.5758], [4.0686, 50.5772], [4.0702, 50.5784]),
      days: [-10, 12],
      hours: ['07:00', '16:00'],
      weekdays: [1, 2, 3, 4, 5],
    },
    {
      kind: 'detour',
      title: 'Déviation par la chaussée de Braine',
      description: 'Suivez les panneaux « Déviation » par la chaussée de Braine et la rue Neuve.',
      streets: ['Chaussée de Braine', 'Rue Neuve'],
      causedBy: 0,
      geometry: line([4.0662, 50.576], [4.065, 50.5785], [4.069, 50.5802], [4.0712, 50.5801]),
      days: [-10, 12],
    },
    {
      kind: 'road_closure',
      title: 'Rue de Mons fermée (raccordement gaz)',
      description: 'Fermeture complète entre le n° 20 et le n° 60, accès riverains.',
      streets: ['Rue de Mons'],
      managingParty: 'ORES',
      geometry: line([4.0668, 50.5741], [4.066, 50.5725]),
      days: [1, 4],
      hours: ['08:00', '17:00'],
    },
    {
      kind: 'parking_ban',
      title: 'Déménagement : stationnement interdit',
      description: 'Camion de déménagement devant le n° 8.',
      streets: ['Rue du Lombard'],
      geometry: point(4.0731, 50.5806),
      days: [1, 1],
      hours: ['07:00', '18:00'],
    },
    {
      kind: 'event',
      title: 'Marché artisanal du dimanche',
      description: 'Grand-Place fermée à la circulation ; stationnement interdit dès 6 h.',
      streets: ['Grand-Place'],
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [4.0705, 50.579],
            [4.0728, 50.579],
            [4.0728, 50.58],
            [4.0705, 50.58],
            [4.0705, 50.579],
          ],
        ],
      },
      days: [6, 7],
      hours: ['06:00', '15:00'],
    },
  ],
  'braine-le-comte': [
    {
      kind: 'works',
      title: 'Nouveaux trottoirs, rue Père Damien',
      description: 'Chantier par tronçons ; circulation alternée.',
      streets: ['Rue Père Damien'],
      managingParty: 'Ville de Braine-le-Comte',
      phase: 'in_progress',
      geometry: line([4.134, 50.61], [4.136, 50.6092]),
      days: [-3, 20],
      hours: ['07:30', '16:30'],
      weekdays: [1, 2, 3, 4, 5],
    },
    {
      kind: 'road_closure',
      title: 'Grand-Place fermée (pose de canalisations)',
      description: 'Fermeture complète, déviation par la rue de Mons.',
      streets: ['Grand-Place'],
      managingParty: 'SWDE',
      geometry: line([4.1365, 50.6083], [4.138, 50.609]),
      days: [0, 3],
    },
    {
      kind: 'detour',
      title: 'Déviation par la rue de Mons',
      description: 'Déviation fléchée pendant la fermeture de la Grand-Place.',
      streets: ['Rue de Mons'],
      causedBy: 1,
      geometry: line([4.136, 50.608], [4.1352, 50.6066], [4.1372, 50.606]),
      days: [0, 3],
    },
    {
      kind: 'parking_ban',
      title: 'Livraison de mobilier : stationnement interdit',
      description: 'Emplacement réservé pour un camion.',
      streets: ['Rue de la Station'],
      geometry: point(4.1401, 50.6059),
      days: [1, 1],
      hours: ['08:00', '12:00'],
    },
    {
      kind: 'event',
      title: 'Jogging des Bruyères',
      description: 'Parcours fermé à la circulation le temps de la course.',
      streets: ['Rue des Bruyères', 'Chemin de la Fontaine'],
      geometry: line([4.13, 50.612], [4.133, 50.614], [4.137, 50.6135]),
      days: [6, 6],
      hours: ['09:00', '13:00'],
    },
  ],
};
