/** The mails a works site's watcher gets (welcome, progress update), in their language. Server only: no page shows them. French is the source; the other locales must define every key. */
export const worksMailsFr = {
  'works.mail.welcome.subject': 'Vous suivez le chantier « {title} »',
  'works.mail.welcome.body':
    'Bonjour,\n\nVotre adresse est confirmée : vous recevrez chaque nouvelle du chantier « {title} » de {commune}.\n\nLa page du chantier : {url}\n\nNe plus suivre ce chantier : {unsubscribeUrl}\n\n{commune}',
  'works.mail.progress.subject': 'Chantier « {title} » : du nouveau',
  'works.mail.progress.body':
    'Bonjour,\n\nDu nouveau sur le chantier « {title} » ({date}) :\n\n{text}\n\nLes photos et tout le chantier : {url}\n\nNe plus suivre ce chantier : {unsubscribeUrl}\n\n{commune}',
} as const;
export type WorksMailsKey = keyof typeof worksMailsFr;
