import type { MailConfirmationKey } from './fr.js';
export const mailConfirmationEn: Record<MailConfirmationKey, string> = {
  'mailConfirm.page.title': 'Confirm your e-mail address',
  'mailConfirm.page.intro': 'Press the button to confirm your e-mail address. You will then receive the news about your request.',
  'mailConfirm.page.button': 'Confirm my e-mail address',
  'mailConfirm.page.busy': 'Confirming…',
  'mailConfirm.page.done': 'Thank you, your e-mail address is confirmed. You will receive the news about your request by e-mail.',
  'mailConfirm.page.track': 'Follow my request',
  'mailConfirm.page.expired': 'This link has expired. You will receive a new link with the commune’s next message.',
  'mailConfirm.page.unknown': 'This link is not valid. Check that you copied the whole link from the e-mail.',
  'mailConfirm.page.failed': 'The confirmation did not go through. Try again in a moment.',
  'mailConfirm.page.retry': 'Try again',
};
