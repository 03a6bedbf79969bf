/**
 * The confirmation mail: fixed text only (the commune's name, the kind of request, the system's tracking code,
 * the tracking and confirmation links; a subscription's mail says what the person signed up for, with no code), never a word typed by the public, not even the name. It is the only mail
 * an address gets until its owner confirms it, so the commune cannot be made to carry anyone's words to anyone.
 */
import {
  CONFIRMATION_MAIL_MESSAGES,
  MAIL_CONFIRMATION_DAYS,
  requestTrackingPath,
  translate,
  type CommuneConfig,
  type Locale,
  type MailRequestKind,
  type Translate,
} from '@tandem/shared';

const MAILS = [CONFIRMATION_MAIL_MESSAGES];
const t: Translate<typeof MAILS> = (locale, key, vars) => translate(MAILS, locale, key, vars);

/** The citizen page that confirms: the token is in the fragment, so it stays out of server logs and Referer headers. */
export const confirmationUrl = (baseUrl: string, commune: string, token: string) => `${baseUrl}/${commune}/confirmer/#jeton=${token}`;

/** The kinds that are subscriptions (news of a works site, collection reminders), not requests: no tracking code to name. */
const SUBSCRIPTIONS = ['works', 'collections'] as const satisfies readonly MailRequestKind[];
const isSubscription = (kind: MailRequestKind): kind is (typeof SUBSCRIPTIONS)[number] =>
  (SUBSCRIPTIONS as readonly string[]).includes(kind);

export function composeConfirmationMail(
  req: { kind: MailRequestKind; code: string; locale: Locale },
  token: string,
  config: Pick<CommuneConfig, 'id' | 'name'>,
  baseUrl: string,
): { subject: string; text: string } {
  const vars = {
    commune: config.name,
    kind: isSubscription(req.kind) ? t(req.locale, `mailConfirm.subscription.${req.kind}`) : t(req.locale, `mailConfirm.kind.${req.kind}`),
    code: req.code,
    days: MAIL_CONFIRMATION_DAYS,
    confirmUrl: confirmationUrl(baseUrl, config.id, token),
    url: `${baseUrl}${requestTrackingPath(config.id, req.kind, req.code)}`,
  };
  const body = isSubscription(req.kind) ? 'mailConfirm.mail.subscriptionBody' : 'mailConfirm.mail.body';
  return { subject: t(req.locale, 'mailConfirm.mail.subject', vars), text: t(req.locale, body, vars) };
}
