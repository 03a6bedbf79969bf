import type { ReportMailsKey } from './fr.js';
export const reportMailsNl: Record<ReportMailsKey, string> = {
  'mail.created.subject': 'Uw melding {code} is goed ontvangen',
  'mail.created.body':
    'Goedendag,\n\nWe hebben uw melding „{category}” goed ontvangen.\nUw volgcode: {code}\nVolg ze hier: {url}\n\nBedankt voor uw hulp,\n{commune}',
  'mail.state_changed.subject': 'Uw melding {code}: {state}',
  'mail.state_changed.body':
    'Goedendag,\n\nUw melding „{category}” heeft nu de status: {state}.\n{message}\nVolg ze hier: {url}\n\n{commune}',
  'mail.public_update.subject': 'Nieuwe informatie over uw melding {code}',
  'mail.public_update.body':
    'Goedendag,\n\nDe gemeente heeft informatie toegevoegd aan uw melding „{category}”:\n\n{message}\n\nVolg ze hier: {url}\n\n{commune}',
};
