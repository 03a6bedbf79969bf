import type { WorksMailsKey } from './fr.js';
export const worksMailsEn: Record<WorksMailsKey, string> = {
  'works.mail.welcome.subject': 'You are following the works site “{title}”',
  'works.mail.welcome.body':
    'Hello,\n\nYour address is confirmed: you will get every piece of news about the works site “{title}” of {commune}.\n\nThe site’s page: {url}\n\nStop following this site: {unsubscribeUrl}\n\n{commune}',
  'works.mail.progress.subject': 'Works site “{title}”: news',
  'works.mail.progress.body':
    'Hello,\n\nNews of the works site “{title}” ({date}):\n\n{text}\n\nThe photos and the whole site: {url}\n\nStop following this site: {unsubscribeUrl}\n\n{commune}',
};
