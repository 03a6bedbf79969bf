import type { WorksMailsKey } from './fr.js';
export const worksMailsNl: Record<WorksMailsKey, string> = {
  'works.mail.welcome.subject': 'U volgt de werf „{title}”',
  'works.mail.welcome.body':
    'Goedendag,\n\nUw adres is bevestigd: u ontvangt elk nieuws over de werf „{title}” van {commune}.\n\nDe pagina van de werf: {url}\n\nDeze werf niet meer volgen: {unsubscribeUrl}\n\n{commune}',
  'works.mail.progress.subject': 'Werf „{title}”: nieuws',
  'works.mail.progress.body':
    'Goedendag,\n\nNieuws over de werf „{title}” ({date}):\n\n{text}\n\nDe foto’s en de hele werf: {url}\n\nDeze werf niet meer volgen: {unsubscribeUrl}\n\n{commune}',
};
