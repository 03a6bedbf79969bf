/** The words a permit is described with (kind, occupation use, event needs, opinion verdicts, the period’s sentences): the permit pages (spread in the permits module) and what the server writes in French (the authorisation, map titles, timeline notes, a department’s mail). French is the source; the other locales must define every key. */
export const permitLabelsFr = {
  'permit.kind.event': 'Organisation d’un évènement',
  'permit.kind.occupation': 'Occupation du domaine public',
  'permit.use.container': 'Conteneur',
  'permit.use.scaffolding': 'Échafaudage',
  'permit.use.lift': 'Élévateur de déménagement',
  'permit.use.removal_van': 'Stationnement d’un camion de déménagement',
  'permit.use.terrace': 'Terrasse',
  'permit.use.works_site': 'Chantier',
  'permit.need.road_closure': 'Fermeture de rue',
  'permit.need.stage': 'Podium ou scène',
  'permit.need.electricity': 'Raccordement électrique',
  'permit.need.sound': 'Musique ou sonorisation',
  'permit.need.alcohol_sale': 'Vente de boissons alcoolisées',
  'permit.need.tents': 'Chapiteaux ou tentes',
  'permit.verdict.favourable': 'Favorable',
  'permit.verdict.unfavourable': 'Défavorable',
  'permit.verdict.conditional': 'Favorable sous conditions',
  'permit.period.at': 'à {time}',
  'permit.period.oneDayHours': '{date}, de {from} à {to}',
  'permit.period.range': 'du {from} au {to}',
} as const;
export type PermitLabelsKey = keyof typeof permitLabelsFr;
