/**
 * The staff workspace's demo data, the same in both communes (their departments and templates share codes): a works
 * site from the « Chantier de voirie » template begun ten days ago (some of its tasks overdue), an event being organised
 * from its template, and tasks for the demo worker (one overdue, one today, one next week). Days are relative to today.
 */
export interface DemoProject {
  title: string;
  template: string;
  /** The template's anchor day, in days from today. */
  anchorDays: number;
  kind: 'works' | 'event';
  description: string;
  departments: string[];
  start: number;
  end: number;
  place: { label: string; lng: number; lat: number };
  /** Works sites only: the public page and its progress updates (oldest first). */
  publication?: { why: string; who: string; detours?: string; phases: { title: string; start: number; end: number }[]; updates: string[] };
}

export interface DemoTask {
  title: string;
  description: string;
  department: string;
  /** Due in days from today, at a Brussels hour. */
  dueDays: number;
  dueTime: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  checklist?: string[];
  place?: { label: string; lng: number; lat: number };
}

export const DEMO_PROJECTS: Record<string, DemoProject[]> = {
  soignies: [
    {
      title: 'Réfection de la rue de Mons',
      template: 'chantier-voirie',
      anchorDays: -10,
      kind: 'works',
      description: 'Renouvellement du revêtement et des trottoirs entre la Grand-Place et le rond-point de la chaussée de Mons.',
      departments: ['travaux', 'mobilite'],
      start: -10,
      end: 35,
      place: { label: 'Rue de Mons, 7060 Soignies', lng: 4.0677, lat: 50.5771 },
      publication: {
        why: 'Le revêtement est usé et les trottoirs ne sont plus accessibles aux poussettes ni aux fauteuils roulants.',
        who: 'Service Travaux de la commune, avec une entreprise de voirie désignée par marché public.',
        detours: 'Déviation par les rues voisines, fléchée ; accès riverains maintenu.',
        phases: [
          { title: 'Égouttage', start: -10, end: 5 },
          { title: 'Trottoirs', start: 6, end: 20 },
          { title: 'Revêtement', start: 21, end: 35 },
        ],
        updates: [
          'Le chantier a commencé : la rue est fermée à la circulation, les riverains gardent leur accès.',
          'L’égouttage avance comme prévu ; la première moitié de la rue est terminée.',
        ],
      },
    },
    {
      title: 'Marché de Noël de la Grand-Place',
      template: 'evenement-voie-publique',
      anchorDays: 12,
      kind: 'event',
      description: 'Chalets, animations et illuminations sur la Grand-Place, du vendredi au dimanche.',
      departments: ['evenements', 'travaux'],
      start: 12,
      end: 14,
      place: { label: 'Grand-Place, 7060 Soignies', lng: 4.0717, lat: 50.5794 },
    },
  ],
  'braine-le-comte': [
    {
      title: 'Réfection de la rue de la Station',
      template: 'chantier-voirie',
      anchorDays: -10,
      kind: 'works',
      description: 'Égouttage puis nouveau revêtement entre la gare et la Grand-Place.',
      departments: ['travaux', 'mobilite'],
      start: -10,
      end: 40,
      place: { label: 'Rue de la Station, 7090 Braine-le-Comte', lng: 4.1426, lat: 50.6085 },
      publication: {
        why: 'Le revêtement est usé et les trottoirs ne sont plus accessibles aux poussettes ni aux fauteuils roulants.',
        who: 'Service Travaux de la commune, avec une entreprise de voirie désignée par marché public.',
        detours: 'Déviation par les rues voisines, fléchée ; accès riverains maintenu.',
        phases: [
          { title: 'Égouttage', start: -10, end: 5 },
          { title: 'Trottoirs', start: 6, end: 20 },
          { title: 'Revêtement', start: 21, end: 35 },
        ],
        updates: [
          'Le chantier a commencé : la rue est fermée à la circulation, les riverains gardent leur accès.',
          'L’égouttage avance comme prévu ; la première moitié de la rue est terminée.',
        ],
      },
    },
    {
      title: 'Fête de la musique au parc',
      template: 'evenement-voie-publique',
      anchorDays: 15,
      kind: 'event',
      description: 'Scène ouverte et concerts au parc communal.',
      departments: ['evenements', 'travaux'],
      start: 15,
      end: 15,
      place: { label: 'Parc communal, 7090 Braine-le-Comte', lng: 4.1375, lat: 50.6098 },
    },
  ],
};

const WORKER_TASKS: DemoTask[] = [
  {
    title: 'Reboucher le nid-de-poule du parking de la gare',
    description: 'Enrobé à froid, deux sacs. Photo après réparation.',
    department: 'travaux',
    dueDays: -2,
    dueTime: '16:00',
    priority: 'high',
    checklist: ['Charger l’enrobé', 'Baliser', 'Reboucher', 'Photo'],
  },
  {
    title: 'Vider les poubelles du parc communal',
    description: 'Tournée du matin.',
    department: 'travaux',
    dueDays: 0,
    dueTime: '11:00',
    priority: 'normal',
  },
  {
    title: 'Remplacer le panneau « sens interdit » plié',
    description: 'Panneau C1 au carrefour, le poteau est bon.',
    department: 'travaux',
    dueDays: 6,
    dueTime: '14:00',
    priority: 'normal',
    checklist: ['Prendre le panneau C1 au dépôt', 'Fixer', 'Photo'],
  },
];

export const DEMO_WORKER_TASKS: Record<string, DemoTask[]> = {
  soignies: WORKER_TASKS,
  'braine-le-comte': WORKER_TASKS,
};

/** A recurring inspection, assigned to the demo worker: the scheduler makes its tasks three weeks ahead. */
export const DEMO_RECURRENCE = {
  title: 'Inspection des aires de jeux',
  description: 'Contrôle visuel des jeux, des sols amortissants et des clôtures ; noter tout défaut.',
  department: 'travaux',
  rule: 'FREQ=MONTHLY;BYDAY=1MO',
  time: '09:00',
  checklist: ['Jeux', 'Sols amortissants', 'Clôtures et portillons'],
};
