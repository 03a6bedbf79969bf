import type { ReportMailsKey } from './fr.js';
export const reportMailsEn: Record<ReportMailsKey, string> = {
  'mail.created.subject': 'Your report {code} has been received',
  'mail.created.body':
    'Hello,\n\nWe have received your report “{category}”.\nYour tracking code: {code}\nFollow it here: {url}\n\nThank you for your help,\n{commune}',
  'mail.state_changed.subject': 'Your report {code}: {state}',
  'mail.state_changed.body':
    'Hello,\n\nYour report “{category}” now has the status: {state}.\n{message}\nFollow it here: {url}\n\n{commune}',
  'mail.public_update.subject': 'News about your report {code}',
  'mail.public_update.body':
    'Hello,\n\nThe municipality has added information to your report “{category}”:\n\n{message}\n\nFollow it here: {url}\n\n{commune}',
};
