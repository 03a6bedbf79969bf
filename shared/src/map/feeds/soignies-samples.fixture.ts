/** Sample map items on real Soignies streets, for the feed serialisers' tests. Not exported by the package. */
import type { MapFeature } from '../map-items.js';

type Props = MapFeature['properties'];

export function feature(
  id: string,
  geometry: MapFeature['geometry'],
  props: Partial<Props> & Pick<Props, 'kind' | 'title' | 'start' | 'end'>,
): MapFeature {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: { id, description: '', streets: [], source: { type: 'staff' }, updatedAt: '2026-02-20T09:15:00.000Z', ...props },
  };
}

export const RUE_DE_LA_STATION: [number, number][] = [
  [4.0655, 50.576],
  [4.0667, 50.5768],
  [4.068, 50.5776],
];
/** Drawn clockwise on purpose (the GeoJSON feed rewinds it). */
export const GRAND_PLACE_CLOCKWISE: [number, number][] = [
  [4.0705, 50.579],
  [4.0705, 50.58],
  [4.0728, 50.58],
  [4.0728, 50.579],
  [4.0705, 50.579],
];
/** A 14 m wide, 556 m long strip along the rue de Steenkerque. */
export const STEENKERQUE_STRIP: [number, number][] = [
  [4.0599, 50.585],
  [4.0601, 50.585],
  [4.0601, 50.59],
  [4.0599, 50.59],
  [4.0599, 50.585],
];

export const WORKS_DESCRIPTION =
  'Remplacement de la conduite d’eau ; accès riverains maintenu, sauf livraisons.\nDéviation par la rue Neuve — merci de votre patience 🚧';

export const SAMPLES: MapFeature[] = [
  // Works on weekdays 07:00–16:00, across the switch to summer time (Sunday 29 March 2026).
  feature(
    'works-station',
    { type: 'LineString', coordinates: RUE_DE_LA_STATION },
    {
      kind: 'works',
      title: 'Travaux SWDE rue de la Station',
      description: WORKS_DESCRIPTION,
      streets: ['Rue de la Station'],
      start: '2026-03-23',
      end: '2026-04-03',
      schedule: { days: [1, 2, 3, 4, 5], from: '07:00', to: '16:00' },
      managingParty: 'SWDE',
      phase: 'in_progress',
    },
  ),
  feature(
    'closure-station',
    { type: 'LineString', coordinates: RUE_DE_LA_STATION },
    {
      kind: 'road_closure',
      title: 'Rue de la Station fermée',
      streets: ['Rue de la Station', 'Rue Neuve'],
      start: '2026-03-23',
      end: '2026-04-03',
      schedule: { days: [1, 2, 3, 4, 5], from: '07:00', to: '16:00' },
      causedBy: 'works-station',
    },
  ),
  feature(
    'detour-neuve',
    {
      type: 'LineString',
      coordinates: [
        [4.0712, 50.5801],
        [4.0716, 50.5802],
        [4.072, 50.5795],
      ],
    },
    {
      kind: 'detour',
      title: 'Déviation par la rue Neuve',
      streets: ['Rue Neuve'],
      start: '2026-03-23',
      end: '2026-04-03',
      causedBy: 'works-station',
    },
  ),
  feature(
    'ban-neuve',
    { type: 'Point', coordinates: [4.0714, 50.5801] },
    {
      kind: 'parking_ban',
      title: 'Déménagement : stationnement interdit',
      streets: ['Rue Neuve'],
      start: '2026-12-02',
      end: '2026-12-02',
      startTime: '07:00',
      endTime: '18:00',
    },
  ),
  // An event from a permit, with hours, in winter.
  feature(
    'permit-EV7K2P',
    { type: 'Polygon', coordinates: [GRAND_PLACE_CLOCKWISE] },
    {
      kind: 'event',
      title:
        'Marché de Noël de la Grand-Place : chalets, vin chaud, concert des chorales et feu d’artifice devant la collégiale Saint-Vincent',
      description: 'Chalets, vin chaud; concert des chorales à 18 h.\r\nAccès PMR par la rue de la Station, C:\\plan.pdf 🎄',
      streets: ['Grand-Place', 'Rue de la Station'],
      start: '2026-12-11',
      end: '2026-12-13',
      startTime: '10:00',
      endTime: '22:00',
      source: { type: 'permit', code: 'EV7K2P', url: '/soignies/demandes/suivi/EV7K2P/' },
      updatedAt: '2026-11-20T16:40:12.000Z',
    },
  ),
  // The permit's road closure: the whole square (a compact area: no Waze closure).
  feature(
    'permit-EV7K2P-closure',
    { type: 'Polygon', coordinates: [GRAND_PLACE_CLOCKWISE] },
    {
      kind: 'road_closure',
      title: 'Grand-Place fermée à la circulation',
      streets: ['Grand-Place'],
      start: '2026-12-11',
      end: '2026-12-13',
      source: { type: 'permit', code: 'EV7K2P', url: '/soignies/demandes/suivi/EV7K2P/' },
    },
  ),
  // A summer event and the closure it causes, with hours.
  feature(
    'event-jogging',
    { type: 'Point', coordinates: [4.0745, 50.5758] },
    {
      kind: 'event',
      title: 'Jogging des Carrières',
      streets: ['Chaussée du Roeulx'],
      start: '2026-07-04',
      end: '2026-07-04',
    },
  ),
  feature(
    'closure-roeulx',
    {
      type: 'LineString',
      coordinates: [
        [4.074, 50.576],
        [4.077, 50.574],
        [4.08, 50.5725],
      ],
    },
    {
      kind: 'road_closure',
      title: 'Chaussée du Roeulx fermée (jogging)',
      streets: ['Chaussée du Roeulx'],
      start: '2026-07-04',
      end: '2026-07-04',
      startTime: '08:00',
      endTime: '18:00',
      causedBy: 'event-jogging',
    },
  ),
  // A closure drawn as a strip, at night, with no known cause.
  feature(
    'closure-steenkerque',
    { type: 'Polygon', coordinates: [STEENKERQUE_STRIP] },
    {
      kind: 'road_closure',
      title: 'Rue de Steenkerque fermée la nuit',
      description: 'Inspection du pont.',
      streets: ['Rue de Steenkerque'],
      start: '2026-10-19',
      end: '2026-10-23',
      schedule: { days: [1, 2, 3], from: '22:00', to: '06:00' },
    },
  ),
  // Closures Waze cannot take: a single point, and one without a street.
  feature(
    'closure-place-verte',
    { type: 'Point', coordinates: [4.0699, 50.5785] },
    {
      kind: 'road_closure',
      title: 'Place Verte fermée',
      streets: ['Place Verte'],
      start: '2026-09-12',
      end: '2026-09-12',
    },
  ),
  feature(
    'closure-no-street',
    {
      type: 'LineString',
      coordinates: [
        [4.07, 50.58],
        [4.071, 50.581],
      ],
    },
    {
      kind: 'road_closure',
      title: 'Fermeture sans rue',
      start: '2026-09-13',
      end: '2026-09-14',
    },
  ),
  feature(
    'report-R4X9',
    { type: 'Point', coordinates: [4.0702, 50.5779] },
    {
      kind: 'report',
      title: 'Nid-de-poule',
      start: '2026-02-10',
      end: '2026-02-10',
      source: { type: 'report', code: 'R4X9', url: '/soignies/signalements/suivi/R4X9/' },
    },
  ),
];

export const COMMUNE = { id: 'soignies', name: 'Soignies' };
export const BASE_URL = 'https://tandem.example/';
export const GENERATED_AT = '2026-02-21T08:00:00.000Z';
