import type { PermitMailsKey } from './fr.js';
export const permitMailsDe: Record<PermitMailsKey, string> = {
  'permitMail.submitted.subject': 'Ihr Antrag {code} ist eingegangen',
  'permitMail.submitted.body':
    'Guten Tag {name},\n\nwir haben Ihren Antrag „{title}“ erhalten.\nIhr Verfolgungscode: {code}\n\nAntrag verfolgen: {url}\nAntrag ergänzen oder zurückziehen (persönlicher Link, nicht weitergeben): {privateUrl}\n\n{commune}',
  'permitMail.state_changed.subject': 'Ihr Antrag {code}: {state}',
  'permitMail.state_changed.body':
    'Guten Tag {name},\n\nIhr Antrag „{title}“ hat jetzt den Status: {state}.\n{message}\n\nAntrag verfolgen: {url}\nIhr persönlicher Link (nicht weitergeben): {privateUrl}\n\n{commune}',
  'permitMail.issued.body':
    'Guten Tag {name},\n\nIhre Genehmigung „{title}“ ist ausgestellt: Nr. {reference}.\nDie Genehmigung und gegebenenfalls das Plakat für vor Ort finden Sie über Ihren persönlichen Link: {privateUrl}\n\nAntrag verfolgen: {url}\n\n{commune}',
  'permitMail.public_update.subject': 'Neue Information zu Ihrem Antrag {code}',
  'permitMail.public_update.body':
    'Guten Tag {name},\n\ndie Gemeinde hat Ihrem Antrag „{title}“ eine Information hinzugefügt:\n\n{message}\n\nAntrag verfolgen: {url}\n\n{commune}',
  'permitMail.opinion_requested.subject': 'Stellungnahme erbeten: Antrag {code}',
  'permitMail.opinion_requested.body':
    'Guten Tag,\n\n„{department}“ wird von {handling} um eine Stellungnahme zum Antrag {code} ({kind}) gebeten.\nZeitraum: {period}\nStellungnahme erwartet bis {due}.\n\nStellungnahme abgeben: {staffUrl}\n\n{commune} — Tandem',
  'permitMail.opinion_reminder.subject': 'Erinnerung: Stellungnahme bis {due} erwartet ({code})',
  'permitMail.opinion_reminder.body':
    'Guten Tag,\n\ndie Stellungnahme von „{department}“ zum Antrag {code} ({kind}) wird bis {due} erwartet.\n\nStellungnahme abgeben: {staffUrl}\n\n{commune} — Tandem',
};
