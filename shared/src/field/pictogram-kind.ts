/**
 * Which pictogram a field task or a report category gets (the field app draws a few, big and plain): from words of
 * its title, department or category (code, label, group), in the platform's languages. Generic when nothing fits.
 */
export const PICTOGRAM_KINDS = ['road', 'light', 'signs', 'green', 'cleanliness', 'event', 'generic'] as const;
export type PictogramKind = (typeof PICTOGRAM_KINDS)[number];

/** Tried in this order: the first kind whose words appear wins (a « panneau » on a road is signs, not road). */
const WORDS: readonly [PictogramKind, RegExp][] = [
  ['light', /eclairage|lampe|lampadaire|luminaire|verlichting|lamp|beleuchtung|laterne|street ?light|lighting/],
  ['signs', /signalisation|panneau|marquage|feu rouge|mobilit|verkeersbord|verkeer|schild|markierung|road ?sign|\bsigns?\b|marking/],
  ['green', /espaces?[- ]verts?|arbre|branche|haie|tonte|pelouse|plantation|groen|boom|grun|baum|hecke|tree|hedge|mow|green/],
  ['cleanliness', /proprete|depot|dechet|graffiti|tag\b|poubelle|ordure|nettet|afval|sluik|sauber|mull|abfall|litter|rubbish|waste|clean/],
  ['event', /evenement|fete|marche\b|festival|podium|barriere|nadar|veranstaltung|event|fair/],
  [
    'road',
    /voirie|route|nid[- ]de[- ]poule|trottoir|avaloir|chaussee|asphalte|egout|travaux|weg|straat|stoep|putdeksel|strasse|gehweg|road|pothole|pavement|drain|works/,
  ],
];

/** Lower case, without accents, so « Éclairage » and "eclairage" meet. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function pictogramKind(...texts: (string | undefined)[]): PictogramKind {
  const words = fold(texts.filter(Boolean).join(' '));
  return WORDS.find(([, re]) => re.test(words))?.[0] ?? 'generic';
}
