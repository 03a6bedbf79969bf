import type { PushKey } from './fr.js';
export const pushEn: Record<PushKey, string> = {
  'push.title.mention': 'You were mentioned in Tandem',
  'push.title.assignment': 'Work was given to you in Tandem',
  'push.title.urgent': 'An urgent task awaits you in Tandem',
  'push.body.task': 'A task is waiting for you. Open it to learn more.',
  'push.body.project': 'A project is waiting for you. Open it to learn more.',
  'push.body.report': 'A report is waiting for you. Open it to learn more.',
  'push.body.permit': 'A permit request is waiting for you. Open it to learn more.',
  'push.prefs.subscribed': 'This browser will receive your push notifications.',
  'push.prefs.unsupported': 'This browser does not support push notifications: choose another way to be told.',
  'push.prefs.denied': 'Notifications are blocked for this site: allow them in the browser’s settings, then save again.',
  'push.prefs.failed': 'Subscribing to push notifications failed. Try again in a moment.',
};
