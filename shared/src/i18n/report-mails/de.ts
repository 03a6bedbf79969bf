import type { ReportMailsKey } from './fr.js';
export const reportMailsDe: Record<ReportMailsKey, string> = {
  'mail.created.subject': 'Ihre Meldung {code} ist eingegangen',
  'mail.created.body':
    'Guten Tag,\n\nwir haben Ihre Meldung „{category}“ erhalten.\nIhr Verfolgungscode: {code}\nVerfolgen Sie sie hier: {url}\n\nVielen Dank für Ihre Hilfe,\n{commune}',
  'mail.state_changed.subject': 'Ihre Meldung {code}: {state}',
  'mail.state_changed.body':
    'Guten Tag,\n\nIhre Meldung „{category}“ hat jetzt den Status: {state}.\n{message}\nVerfolgen Sie sie hier: {url}\n\n{commune}',
  'mail.public_update.subject': 'Neue Informationen zu Ihrer Meldung {code}',
  'mail.public_update.body':
    'Guten Tag,\n\ndie Gemeinde hat Ihrer Meldung „{category}“ eine Information hinzugefügt:\n\n{message}\n\nVerfolgen Sie sie hier: {url}\n\n{commune}',
};
