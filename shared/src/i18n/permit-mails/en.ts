import type { PermitMailsKey } from './fr.js';
export const permitMailsEn: Record<PermitMailsKey, string> = {
  'permitMail.submitted.subject': 'Your request {code} has been received',
  'permitMail.submitted.body':
    'Hello {name},\n\nWe have received your request “{title}”.\nYour tracking code: {code}\n\nFollow your request: {url}\nComplete or withdraw your request (personal link, do not share it): {privateUrl}\n\n{commune}',
  'permitMail.state_changed.subject': 'Your request {code}: {state}',
  'permitMail.state_changed.body':
    'Hello {name},\n\nYour request “{title}” is now: {state}.\n{message}\n\nFollow your request: {url}\nYour personal link (do not share it): {privateUrl}\n\n{commune}',
  'permitMail.issued.body':
    'Hello {name},\n\nYour authorisation “{title}” has been issued: no. {reference}.\nThe authorisation and, where needed, the poster to put up on site are available through your personal link: {privateUrl}\n\nFollow your request: {url}\n\n{commune}',
  'permitMail.public_update.subject': 'New information about your request {code}',
  'permitMail.public_update.body':
    'Hello {name},\n\nThe commune added information to your request “{title}”:\n\n{message}\n\nFollow your request: {url}\n\n{commune}',
  'permitMail.opinion_requested.subject': 'Opinion requested: request {code}',
  'permitMail.opinion_requested.body':
    'Hello,\n\n“{department}” is asked by {handling} for its opinion on the request {code} ({kind}).\nPeriod: {period}\nOpinion expected by {due}.\n\nGive your opinion: {staffUrl}\n\n{commune} — Tandem',
  'permitMail.opinion_reminder.subject': 'Reminder: opinion expected by {due} ({code})',
  'permitMail.opinion_reminder.body':
    'Hello,\n\nThe opinion of “{department}” on the request {code} ({kind}) is expected by {due}.\n\nGive your opinion: {staffUrl}\n\n{commune} — Tandem',
};
