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
      kind: 'works', title: 'Réfection de l’égouttage, rue de la Station', description: 'Remplacement du collecteur ; circulation interdite entre la gare et la rue Neuve.',
      streets: ['Rue de la Station'], managingParty: 'Commune de Soignies — Service Travaux', phase: 'in_progress',
      geometry: line([4.0668, 50.5758], [4.0686, 50.5772], [4.0702, 50.5784]), days: [-10, 12], hours: ['07:00', '16:00'], weekdays: [1, 2, 3, 4, 5],
    },
    {
      kind: 'detour', title: 'Déviation par la chaussée de Braine', description: 'Suivez les panneaux « Déviation » par la chaussée de Braine et la rue Neuve.',
      streets: ['Chaussée de Braine', 'Rue Neuve'], causedBy: 0,
      geometry: line([4.0662, 50.5760], [4.0650, 50.5785], [4.0690, 50.5802], [4.0712, 50.5801]), days: [-10, 12],
    },
    {
      kind: 'road_closure', title: 'Rue de Mons fermée (raccordement gaz)', description: 'Fermeture complète entre le n° 20 et le n° 60, accès riverains.',
      streets: ['Rue de Mons'], managingParty: 'ORES', geometry: line([4.0668, 50.5741], [4.0660, 50.5725]), days: [1, 4], hours: ['08:00', '17:00'],
    },
    {
      kind: 'parking_ban', title: 'Déménagement : stationnement interdit', description: 'Camion de déménagement devant le n° 8.',
      streets: ['Rue du Lombard'], geometry: point(4.0731, 50.5806), days: [1, 1], hours: ['07:00', '18:00'],
    },
    {
      kind: 'event', title: 'Marché artisanal du dimanche', description: 'Grand-Place fermée à la circulation ; stationnement interdit dès 6 h.',
      streets: ['Grand-Place'], geometry: { type: 'Polygon', coordinates: [[[4.0705, 50.5790], [4.0728, 50.5790], [4.0728, 50.5800], [4.0705, 50.5800], [4.0705, 50.5790]]] },
      days: [6, 7], hours: ['06:00', '15:00'],
    },
  ],
  'braine-le-comte': [
    {
      kind: 'works', title: 'Nouveaux trottoirs, rue Père Damien', description: 'Chantier par tronçons ; circulation alternée.',
      streets: ['Rue Père Damien'], managingParty: 'Ville de Braine-le-Comte', phase: 'in_progress',
      geometry: line([4.1340, 50.6100], [4.1360, 50.6092]), days: [-3, 20], hours: ['07:30', '16:30'], weekdays: [1, 2, 3, 4, 5],
    },
    {
      kind: 'road_closure', title: 'Grand-Place fermée (pose de canalisations)', description: 'Fermeture complète, déviation par la rue de Mons.',
      streets: ['Grand-Place'], managingParty: 'SWDE', geometry: line([4.1365, 50.6083], [4.1380, 50.6090]), days: [0, 3],
    },
    {
      kind: 'detour', title: 'Déviation par la rue de Mons', description: 'Déviation fléchée pendant la fermeture de la Grand-Place.',
      streets: ['Rue de Mons'], causedBy: 1, geometry: line([4.1360, 50.6080], [4.1352, 50.6066], [4.1372, 50.6060]), days: [0, 3],
    },
    {
      kind: 'parking_ban', title: 'Livraison de mobilier : stationnement interdit', description: 'Emplacement réservé pour un camion.',
      streets: ['Rue de la Station'], geometry: point(4.1401, 50.6059), days: [1, 1], hours: ['08:00', '12:00'],
    },
    {
      kind: 'event', title: 'Jogging des Bruyères', description: 'Parcours fermé à la circulation le temps de la course.',
      streets: ['Rue des Bruyères', 'Chemin de la Fontaine'], geometry: line([4.1300, 50.6120], [4.1330, 50.6140], [4.1370, 50.6135]), days: [6, 6], hours: ['09:00', '13:00'],
    },
  ],
};
