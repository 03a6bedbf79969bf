import type { citizenAccountFr } from './fr.js';

export const citizenAccountEn: Record<keyof typeof citizenAccountFr, string> = {
  'myAccount.prefs.title': 'My e-mails and my language',
  'myAccount.prefs.mails': 'Which e-mails do you want about your requests?',
  'myAccount.prefs.every-step': 'At every step',
  'myAccount.prefs.every-step.hint': 'An e-mail at every change of your requests.',
  'myAccount.prefs.essential': 'Only what matters',
  'myAccount.prefs.essential.hint': 'When the commune expects something from you, and when your request is finished.',
  'myAccount.prefs.always':
    'Some e-mails are always sent to you, whatever you choose: the receipt of a permit request, a request for more information or for changes, the decision, the end of a request and the closing of a report.',
  'myAccount.prefs.locale': 'Language of your e-mails and of your space',
  'myAccount.prefs.save': 'Save my preferences',
  'myAccount.prefs.saved': 'Your preferences are saved.',
  'myAccount.prefs.conflict':
    'Your preferences were changed meanwhile, perhaps in another tab. Here are the latest: check them, then save again.',
  'myAccount.data.title': 'My data',
  'myAccount.data.intro':
    'Download a copy of what your space keeps about you: your e-mail address, your preferences, and your requests with your contact details and what you wrote. The file is in JSON format, readable in a text editor.',
  'myAccount.data.download': 'Download a copy of my data',
  'myAccount.data.ready': 'Your copy is ready: the file {file} was downloaded.',
  'myAccount.delete.title': 'Delete my account',
  'myAccount.delete.intro':
    'Your account and your space will be deleted. Your requests stay with the commune, which must keep them, but they will no longer be linked to you.',
  'myAccount.delete.start': 'Delete my account…',
  'myAccount.delete.confirmTitle': 'Do you really want to delete your account?',
  'myAccount.delete.point.signIn': 'You will no longer be able to open your space with {email}.',
  'myAccount.delete.point.requests':
    'Your requests stay with the commune, not linked to you. You can still follow them with their tracking code.',
  'myAccount.delete.point.again': 'You may create a new space later with the same address, but it will be empty.',
  'myAccount.delete.erase': 'Also erase my contact details and what I wrote from my requests',
  'myAccount.delete.erase.hint':
    'Your name, e-mail address, phone, address and your own words will be erased from the requests made with your e-mail address. The commune will no longer be able to write to you about them, even for a request in progress.',
  'myAccount.delete.yes': 'Yes, delete my account',
  'myAccount.delete.no': 'No, keep my account',
  'myAccount.delete.failed': 'The deletion did not go through. Your account is still there: try again in a moment.',
  'myAccount.delete.done': 'Your account is deleted. Your requests stay with the commune, not linked to you.',
  'myAccount.delete.doneErased': 'Your account is deleted, and your contact details were erased from your requests.',
};
