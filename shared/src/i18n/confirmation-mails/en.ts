import type { ConfirmationMailsKey } from './fr.js';
export const confirmationMailsEn: Record<ConfirmationMailsKey, string> = {
  'mailConfirm.kind.report': 'a report',
  'mailConfirm.kind.permit': 'a permit request',
  'mailConfirm.subscription.works': 'the news of a works site (works, detours, end of works)',
  'mailConfirm.subscription.collections': 'a reminder the evening before each waste collection in your zone',
  'mailConfirm.mail.subscriptionBody':
    'Hello,\n\nThe commune of {commune} received a sign-up to receive {kind} at this e-mail address.\n\nTo receive them, confirm your address by opening this link (valid {days} days):\n{confirmUrl}\n\nIf you did not sign up, ignore this message: you will receive nothing else.\n\nSee the page: {url}\n\n{commune}',
  'mailConfirm.mail.subject': 'Confirm your e-mail address — {commune}',
  'mailConfirm.mail.body':
    'Hello,\n\nThe commune of {commune} has received {kind} (tracking code {code}) with this e-mail address.\n\nTo receive news about this request, confirm your address by opening this link (valid for {days} days):\n{confirmUrl}\n\nIf you did not ask for anything, ignore this message: you will receive nothing more about it.\n\nFollow the request: {url}\n\n{commune}',
};
