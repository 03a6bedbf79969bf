import type { ConfirmationMailsKey } from './fr.js';
export const confirmationMailsEn: Record<ConfirmationMailsKey, string> = {
  'mailConfirm.kind.report': 'a report',
  'mailConfirm.kind.permit': 'a permit request',
  'mailConfirm.kind.works': 'a request to follow a works site',
  'mailConfirm.kind.collections': 'a waste collection reminder',
  'mailConfirm.mail.subject': 'Confirm your e-mail address — {commune}',
  'mailConfirm.mail.body':
    'Hello,\n\nThe commune of {commune} has received {kind} (tracking code {code}) with this e-mail address.\n\nTo receive news about this request, confirm your address by opening this link (valid for {days} days):\n{confirmUrl}\n\nIf you did not ask for anything, ignore this message: you will receive nothing more about it.\n\nFollow the request: {url}\n\n{commune}',
};
