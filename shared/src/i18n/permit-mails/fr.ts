/** E-mails about permits: to the requester (in their language) and to departments. French is the source; the other locales must define every key. */
export const permitMailsFr = {
  'permitMail.submitted.subject': 'Votre demande {code} est bien introduite',
  'permitMail.submitted.body':
    'Bonjour {name},\n\nNous avons bien reçu votre demande « {title} ».\nVotre code de suivi : {code}\n\nSuivre votre demande : {url}\nCompléter ou retirer votre demande (lien personnel, ne le partagez pas) : {privateUrl}\n\n{commune}',
  'permitMail.state_changed.subject': 'Votre demande {code} : {state}',
  'permitMail.state_changed.body':
    'Bonjour {name},\n\nVotre demande « {title} » est passée à l’état : {state}.\n{message}\n\nSuivre votre demande : {url}\nVotre lien personnel (ne le partagez pas) : {privateUrl}\n\n{commune}',
  'permitMail.issued.body':
    'Bonjour {name},\n\nVotre autorisation « {title} » est délivrée : n° {reference}.\nL’autorisation et, le cas échéant, l’affiche à placer sur place sont disponibles via votre lien personnel : {privateUrl}\n\nSuivre votre demande : {url}\n\n{commune}',
  'permitMail.public_update.subject': 'Nouvelle information sur votre demande {code}',
  'permitMail.public_update.body':
    'Bonjour {name},\n\nLa commune a ajouté une information à votre demande « {title} » :\n\n{message}\n\nSuivre votre demande : {url}\n\n{commune}',
  'permitMail.opinion_requested.subject': 'Avis demandé : demande {code}',
  'permitMail.opinion_requested.body':
    'Bonjour,\n\nL’avis de « {department} » est demandé par {handling} sur la demande {code} ({kind}).\nPériode : {period}\nAvis attendu pour le {due}.\n\nDonner votre avis : {staffUrl}\n\n{commune} — Tandem',
  'permitMail.opinion_reminder.subject': 'Rappel : avis attendu pour le {due} ({code})',
  'permitMail.opinion_reminder.body':
    'Bonjour,\n\nL’avis de « {department} » sur la demande {code} ({kind}) est attendu pour le {due}.\n\nDonner votre avis : {staffUrl}\n\n{commune} — Tandem',
} as const;
export type PermitMailsKey = keyof typeof permitMailsFr;
