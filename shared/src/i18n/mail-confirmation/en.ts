import type { MailConfirmationKey } from './fr.js';
export const mailConfirmationEn: Record<MailConfirmationKey, string> = {
  'mailConfirm.kind.report': 'a report',
  'mailConfirm.kind.permit': 'a permit request',
  'mailConfirm.kind.works': 'a request to follow a works site',
  'mailConfirm.mail.subject': 'Confirm your e-mail address — {commune}',
  'mailConfirm.mail.body':
    'Hello,\n\nThe commune of {commune} has received {kind} (tracking code {code}) with this e-mail address.\n\nTo receive news about this request, confirm your address by opening this link (valid for {days} days):\n{confirmUrl}\n\nIf you did not ask for anything, ignore this message: you will receive nothing more about it.\n\nFollow the request: {url}\n\n{commune}',
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
