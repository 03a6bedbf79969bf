/** The field app's shell (/{commune}/terrain/): manifest, PIN lock, sign-out, outbox placeholder, the staff app's link. French is the source. */
export const fieldShellFr = {
  'fieldShell.title': 'Terrain',
  'fieldShell.manifest.name': 'Terrain — {commune}',
  'fieldShell.manifest.shortName': 'Terrain',
  'fieldShell.manifest.description': 'Vos tâches du jour, même sans réseau.',
  'fieldShell.pin.choose.title': 'Choisissez votre code',
  'fieldShell.pin.choose.intro': 'Ce code de 4 à 6 chiffres rouvre l’application sur ce téléphone, sans mot de passe.',
  'fieldShell.pin.label': 'Code (4 à 6 chiffres)',
  'fieldShell.pin.again': 'Le même code, une seconde fois',
  'fieldShell.pin.save': 'Enregistrer le code',
  'fieldShell.pin.invalid': 'Le code compte 4 à 6 chiffres.',
  'fieldShell.pin.mismatch': 'Les deux codes ne sont pas les mêmes.',
  'fieldShell.unlock.title': 'Entrez votre code',
  'fieldShell.unlock.submit': 'Ouvrir',
  'fieldShell.unlock.wrong': 'Code incorrect. Encore {n} essais avant la déconnexion.',
  'fieldShell.unlock.tooMany': 'Trop d’essais : vous avez été déconnecté. Connectez-vous avec votre mot de passe.',
  'fieldShell.signOut': 'Se déconnecter',
  'fieldShell.signOut.waiting':
    'Actions pas encore envoyées : {n}. Elles restent sur ce téléphone, à votre nom, et partiront quand vous vous reconnecterez ici.',
  'fieldShell.signOut.anyway': 'Les garder et se déconnecter',
  'fieldShell.signOut.cancel': 'Rester connecté',
  'fieldShell.held.one':
    'Ce téléphone garde 1 action pas encore envoyée. Elle partira quand la personne qui l’a faite se reconnectera ici.',
  'fieldShell.held.many':
    'Ce téléphone garde {n} actions pas encore envoyées. Elles partiront quand la personne qui les a faites se reconnectera ici.',
  'fieldShell.held.people':
    'Ce téléphone garde {n} actions pas encore envoyées, de {p} personnes. Chacune partira quand la personne qui l’a faite se reconnectera ici.',
  'fieldShell.storage.full': 'La mémoire du téléphone est presque pleine : envoyez vos actions dès que vous avez du réseau.',
  'fieldShell.staffLink.intro': 'Sur le terrain, vos tâches du jour sont aussi sur le téléphone, même sans réseau.',
  'fieldShell.staffLink': 'Ouvrir l’application terrain',
} as const;
export type FieldShellKey = keyof typeof fieldShellFr;
