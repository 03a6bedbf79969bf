/** Web Push: the generic words of a push (no personal data) and the preferences form's steps. French is the source. */
export const pushFr = {
  'push.title.mention': 'Vous êtes mentionné dans Tandem',
  'push.title.assignment': 'Du travail vous est confié dans Tandem',
  'push.title.urgent': 'Une tâche urgente vous attend dans Tandem',
  'push.body.task': 'Une tâche vous attend. Ouvrez-la pour en savoir plus.',
  'push.body.project': 'Un projet vous attend. Ouvrez-le pour en savoir plus.',
  'push.body.report': 'Un signalement vous attend. Ouvrez-le pour en savoir plus.',
  'push.body.permit': 'Une demande d’autorisation vous attend. Ouvrez-la pour en savoir plus.',
  'push.prefs.subscribed': 'Ce navigateur recevra vos notifications push.',
  'push.prefs.unsupported': 'Ce navigateur ne permet pas les notifications push : choisissez une autre façon d’être prévenu.',
  'push.prefs.denied':
    'Les notifications sont bloquées pour ce site : autorisez-les dans les réglages du navigateur, puis enregistrez à nouveau.',
  'push.prefs.failed': 'L’abonnement aux notifications push a échoué. Réessayez dans un moment.',
} as const;
export type PushKey = keyof typeof pushFr;
