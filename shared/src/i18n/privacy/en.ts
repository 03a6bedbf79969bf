import type { PrivacyKey } from './fr.js';
export const privacyEn: Record<PrivacyKey, string> = {
  'privacy.title': 'My data',
  'privacy.intro':
    'Did you make a report or a permit request? With its tracking code and the e-mail address you gave, you can get a copy of your data or have it erased.',
  'privacy.kept':
    'The commune keeps your name, e-mail address and phone number while the request is open, then for {months} months after it is closed. Then they are erased automatically.',
  'privacy.public':
    'What is public stays public: the state of the request, the commune’s public messages, the place and the photos of the problem.',
  'privacy.code': 'Tracking code',
  'privacy.code.hint': 'Eight characters, for example ABCD-1234.',
  'privacy.email': 'Your e-mail address',
  'privacy.email.hint': 'The one you gave with the request.',
  'privacy.error.code': 'Enter the tracking code: eight characters, for example ABCD-1234.',
  'privacy.error.email': 'Enter a valid e-mail address.',
  'privacy.copy': 'Get a copy of my data',
  'privacy.copy.done': 'Your data is ready. This is what the commune keeps about you:',
  'privacy.copy.download': 'Download my data (JSON)',
  'privacy.erase': 'Erase my data',
  'privacy.erase.explain':
    'Your name, e-mail address, phone number and your own words will be erased. You will get no more news by e-mail. The public tracking page stays.',
  'privacy.erase.confirm': 'Yes, erase my data',
  'privacy.erase.cancel': 'No, keep my data',
  'privacy.erase.question': 'Do you really want to erase your data? This cannot be undone.',
  'privacy.erase.done': 'Your data was erased on {date}.',
  'privacy.erase.already': 'Your data had already been erased on {date}.',
  'privacy.notfound': 'No request has this code with this e-mail address. Check the code and the address.',
  'privacy.failed': 'That did not work. Try again in a moment.',
  'privacy.busy': 'One moment…',
  'privacy.link.track': 'My data: copy or erasure',
  'privacy.erased.retention': 'Personal data erased on {date} (end of the retention period).',
  'privacy.erased.request': 'Personal data erased on {date}, at the person’s request.',
  'privacy.publicPage': 'Visible to the public?',
  'privacy.publicPage.hint': 'The requester always sees this text. Choose whether it also shows on the request’s public page.',
  'privacy.publicPage.yes': 'Yes, on the public page',
  'privacy.publicPage.no': 'No, for the requester only',
  'privacy.publicPage.error': 'Choose whether this text is visible to the public.',
  'privacy.publicPage.badge': 'visible to the public',
};
