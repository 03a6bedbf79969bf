/**
 * The staff workspace's demo data, the same in both communes (their departments and templates share codes): a works
 * site from the « Chantier de voirie » template begun ten days ago (some of its tasks overdue), an event being organised
 * from its template, and tasks for the demo worker (one overdue, two today, one next week, with places and checklists),
 * a task of their team, and a work order from a report with its photo. Days are relative to today.
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

/** The places of a commune's demo worker tasks (inside its boundary, near its demo reports). */
interface WorkerPlaces {
  station: { label: string; lng: number; lat: number };
  park: { label: string; lng: number; lat: number };
  square: { label: string; lng: number; lat: number };
  bank: { label: string; lng: number; lat: number };
}

/**
 * The demo worker's tasks (the field app's « Aujourd’hui »): one overdue, two today with a place and a checklist, one
 * next week. Titles stay as they were first seeded (a resumed seed recognises a task by its title).
 */
const workerTasks = (p: WorkerPlaces): DemoTask[] => [
  {
    title: 'Reboucher le nid-de-poule du parking de la gare',
    description: 'Enrobé à froid, deux sacs. Photo après réparation.',
    department: 'travaux',
    dueDays: -2,
    dueTime: '16:00',
    priority: 'high',
    checklist: ['Charger l’enrobé', 'Baliser', 'Reboucher', 'Photo'],
    place: p.station,
  },
  {
    title: 'Vider les poubelles du parc communal',
    description: 'Tournée du matin.',
    department: 'travaux',
    dueDays: 0,
    dueTime: '11:00',
    priority: 'normal',
    checklist: ['Poubelles de l’entrée', 'Poubelles de l’aire de jeux', 'Sacs au conteneur'],
    place: p.park,
  },
  {
    title: 'Resceller le banc descellé',
    description: 'Le banc bouge sur son socle ; mortier de scellement au dépôt.',
    department: 'travaux',
    dueDays: 0,
    dueTime: '15:00',
    priority: 'normal',
    checklist: ['Mortier et truelle', 'Resceller', 'Photo'],
    place: p.bank,
  },
  {
    title: 'Remplacer le panneau « sens interdit » plié',
    description: 'Panneau C1 au carrefour, le poteau est bon.',
    department: 'travaux',
    dueDays: 6,
    dueTime: '14:00',
    priority: 'normal',
    checklist: ['Prendre le panneau C1 au dépôt', 'Fixer', 'Photo'],
    place: p.square,
  },
];

const PLACES: Record<string, WorkerPlaces> = {
  soignies: {
    station: { label: 'Parking de la gare, 7060 Soignies', lng: 4.06861, lat: 50.57452 },
    park: { label: 'Parc communal, 7060 Soignies', lng: 4.0745, lat: 50.5812 },
    square: { label: 'Grand-Place, 7060 Soignies', lng: 4.07168, lat: 50.57941 },
    bank: { label: 'Rue Neuve, 7060 Soignies', lng: 4.07509, lat: 50.57768 },
  },
  'braine-le-comte': {
    station: { label: 'Parking de la gare, 7090 Braine-le-Comte', lng: 4.13912, lat: 50.60531 },
    park: { label: 'Parc communal, 7090 Braine-le-Comte', lng: 4.1375, lat: 50.6098 },
    square: { label: 'Grand-Place, 7090 Braine-le-Comte', lng: 4.13702, lat: 50.60871 },
    bank: { label: 'Rue des Dominicains, 7090 Braine-le-Comte', lng: 4.14233, lat: 50.60692 },
  },
};

export const DEMO_WORKER_TASKS: Record<string, DemoTask[]> = {
  soignies: workerTasks(PLACES.soignies),
  'braine-le-comte': workerTasks(PLACES['braine-le-comte']),
};

/** A task of the worker's team (travaux) for today, assigned to nobody: « Aujourd’hui » shows it under the team's. */
export const DEMO_TEAM_TASKS: Record<string, DemoTask[]> = Object.fromEntries(
  Object.entries(PLACES).map(([c, p]) => [
    c,
    [
      {
        title: 'Balayer les abords du marché',
        description: 'Après le marché : papiers, cageots, et le caniveau côté église.',
        department: 'travaux',
        dueDays: 0,
        dueTime: '14:00',
        priority: 'normal',
        checklist: ['Papiers et cageots', 'Caniveau'],
        place: p.square,
      },
    ],
  ]),
);

/**
 * A report with a photo that an agent turned into a work order for the demo worker, due today: the field app shows
 * its photo and its report's code. The report is recognised by its description, the work order by its title.
 */
export const DEMO_WORK_ORDER: Record<
  string,
  {
    report: { category: string; location: { lat: number; lng: number }; address: string; description: string };
    title: string;
    dueTime: string;
  }
> = Object.fromEntries(
  Object.entries(PLACES).map(([c, p]) => [
    c,
    {
      report: {
        category: 'avaloir',
        location: { lat: p.bank.lat + 0.0004, lng: p.bank.lng - 0.0003 },
        address: p.bank.label,
        description: 'L’avaloir devant le numéro 12 est bouché : une grande flaque reste après chaque pluie.',
      },
      title: 'Déboucher l’avaloir (bon de travail)',
      dueTime: '10:00',
    },
  ]),
);

/** A recurring inspection, assigned to the demo worker: the scheduler makes its tasks three weeks ahead. */
export const DEMO_RECURRENCE = {
  title: 'Inspection des aires de jeux',
  description: 'Contrôle visuel des jeux, des sols amortissants et des clôtures ; noter tout défaut.',
  department: 'travaux',
  rule: 'FREQ=MONTHLY;BYDAY=1MO',
  time: '09:00',
  checklist: ['Jeux', 'Sols amortissants', 'Clôtures et portillons'],
};
