import type { PermitMailsKey } from './fr.js';
export const permitMailsNl: Record<PermitMailsKey, string> = {
  'permitMail.submitted.subject': 'Uw aanvraag {code} is goed ontvangen',
  'permitMail.submitted.body':
    'Goedendag {name},\n\nWe hebben uw aanvraag „{title}” goed ontvangen.\nUw volgcode: {code}\n\nUw aanvraag volgen: {url}\nUw aanvraag aanvullen of intrekken (persoonlijke link, deel hem niet): {privateUrl}\n\n{commune}',
  'permitMail.state_changed.subject': 'Uw aanvraag {code}: {state}',
  'permitMail.state_changed.body':
    'Goedendag {name},\n\nUw aanvraag „{title}” heeft nu de status: {state}.\n{message}\n\nUw aanvraag volgen: {url}\nUw persoonlijke link (deel hem niet): {privateUrl}\n\n{commune}',
  'permitMail.issued.body':
    'Goedendag {name},\n\nUw vergunning „{title}” is afgeleverd: nr. {reference}.\nDe vergunning en, indien nodig, de affiche voor ter plaatse vindt u via uw persoonlijke link: {privateUrl}\n\nUw aanvraag volgen: {url}\n\n{commune}',
  'permitMail.public_update.subject': 'Nieuwe informatie over uw aanvraag {code}',
  'permitMail.public_update.body':
    'Goedendag {name},\n\nDe gemeente heeft informatie toegevoegd aan uw aanvraag „{title}”:\n\n{message}\n\nUw aanvraag volgen: {url}\n\n{commune}',
  'permitMail.opinion_requested.subject': 'Advies gevraagd: aanvraag {code}',
  'permitMail.opinion_requested.body':
    'Goedendag,\n\nHet advies van „{department}” wordt gevraagd door {handling} over de aanvraag {code} ({kind}).\nPeriode: {period}\nAdvies verwacht tegen {due}.\n\nUw advies geven: {staffUrl}\n\n{commune} — Tandem',
  'permitMail.opinion_reminder.subject': 'Herinnering: advies verwacht tegen {due} ({code})',
  'permitMail.opinion_reminder.body':
    'Goedendag,\n\nHet advies van „{department}” over de aanvraag {code} ({kind}) wordt verwacht tegen {due}.\n\nUw advies geven: {staffUrl}\n\n{commune} — Tandem',
};
