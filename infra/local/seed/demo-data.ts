/** Demo reports seeded by `npm start`: real streets of the two demo communes, in varied states. */
import type { ReportState } from '@tandem/shared';

export interface DemoStep {
  to?: ReportState;
  message?: string;
  /** A public update instead of a state change. */
  update?: string;
}
export interface DemoReport {
  category: string;
  location: { lat: number; lng: number };
  address: string;
  description: string;
  answers?: Record<string, string | number | boolean>;
  email?: string;
  steps: DemoStep[];
}

export const DEMO_CITIZEN_EMAIL = 'citoyen.demo@example.org';

export const DEMO_REPORTS: Record<string, DemoReport[]> = {
  soignies: [
    {
      category: 'voirie',
      location: { lat: 50.57941, lng: 4.07168 },
      address: 'Grand-Place, 7060 Soignies',
      description: 'Nid-de-poule profond devant la collégiale, les vélos l’évitent de justesse.',
      answers: { taille: 'moyen', danger: true },
      email: DEMO_CITIZEN_EMAIL,
      steps: [{ to: 'acknowledged', message: 'Merci, le service Travaux passe cette semaine.' }, { to: 'in_progress' }],
    },
    {
      category: 'eclairage',
      location: { lat: 50.57452, lng: 4.06861 },
      address: 'Rue de la Station, 7060 Soignies',
      description: 'Le lampadaire en face du numéro 40 ne s’allume plus depuis trois soirs.',
      answers: { numero_poteau: 'SO-1187' },
      email: DEMO_CITIZEN_EMAIL,
      steps: [{ to: 'acknowledged' }, { to: 'fixed', message: 'Ampoule remplacée ce matin.' }],
    },
    {
      category: 'depot-sauvage',
      location: { lat: 50.58302, lng: 4.06415 },
      address: 'Rue de Mons, 7060 Soignies',
      description: 'Plusieurs sacs poubelles et un vieux matelas abandonnés au coin de la rue.',
      answers: { volume: 'coffre', dangereux: false },
      steps: [],
    },
    {
      category: 'graffiti',
      location: { lat: 50.57768, lng: 4.07509 },
      address: 'Rue Neuve, 7060 Soignies',
      description: 'Tags sur la façade de l’école communale, côté rue.',
      steps: [{ to: 'planned', message: 'Nettoyage prévu avec la prochaine tournée.' }],
    },
  ],
  'braine-le-comte': [
    {
      category: 'trottoir',
      location: { lat: 50.60871, lng: 4.13702 },
      address: 'Grand-Place, 7090 Braine-le-Comte',
      description: 'Plusieurs dalles du trottoir sont soulevées près de l’arrêt de bus.',
      email: DEMO_CITIZEN_EMAIL,
      steps: [{ to: 'acknowledged' }, { update: 'Les dalles seront remplacées début du mois prochain.' }],
    },
    {
      category: 'avaloir',
      location: { lat: 50.60531, lng: 4.13912 },
      address: 'Rue de la Station, 7090 Braine-le-Comte',
      description: 'L’avaloir déborde à chaque averse, l’eau envahit le trottoir.',
      steps: [{ to: 'in_progress', message: 'Curage en cours.' }],
    },
    {
      category: 'voirie',
      location: { lat: 50.61198, lng: 4.13385 },
      address: 'Rue Edouard Etienne, 7090 Braine-le-Comte',
      description: 'Trou dans la chaussée juste avant le passage pour piétons.',
      answers: { taille: 'petit' },
      email: DEMO_CITIZEN_EMAIL,
      steps: [],
    },
    {
      category: 'arbre',
      location: { lat: 50.60692, lng: 4.14233 },
      address: 'Rue des Dominicains, 7090 Braine-le-Comte',
      description: 'Une grosse branche pend au-dessus de la voirie après la tempête.',
      steps: [{ to: 'acknowledged' }, { to: 'fixed', message: 'Branche enlevée par les Espaces verts.' }],
    },
  ],
};
